import { describe, expect, it } from 'vitest';
import { askedSide, byReference } from '../../src/core/answer/verdict-references.js';

describe('a value asked against a reference ("above average?")', () => {
  it('reads the side asked in either language', () => {
    expect(askedSide('was snowfall in the tatras above average this winter?')).toBe('above');
    expect(askedSide('هل كانت الثلوج في جبال الأطلس دون المعدل؟')).toBe('below');
    expect(askedSide('was snowfall in the tatras heavy this winter?')).toBeNull();
  });

  it('answers by the share of the reference the passage gives', () => {
    const question = 'was snowfall in the tatras above average this winter?';
    expect(byReference('yes', question, ['Snowfall in the Tatras reached 55 percent of the long-term average.'])).toBe('no');
    expect(byReference('yes', question, ['Snowfall was 30% below the norm.'])).toBe('no');
    expect(byReference('yes', question, ['Snowfall was 30 percent above the average.'])).toBe('yes');
    expect(byReference('yes', 'هل كانت الثلوج في جبال الأطلس فوق المعدل؟', ['وبلغت الثلوج 60 في المئة فقط من المعدل السنوي.'])).toBe('no');
    expect(byReference('yes', question, ['Snowfall in the Tatras was heavy, the weather office said.'])).toBe('yes');
  });
});
