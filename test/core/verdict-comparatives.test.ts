import { describe, expect, it } from 'vitest';
import { askedDirection, byComparison } from '../../src/core/answer/verdict-comparatives.js';

describe('askedDirection', () => {
  it('reads a comparison with an earlier time in either language', () => {
    expect(askedDirection('Were there more visitors than last season?')).toBe(1);
    expect(askedDirection('Were fares cheaper than a year ago?')).toBe(-1);
    expect(askedDirection('هل كان الإنتاج أعلى من العام الماضي؟')).toBe(1);
  });

  it('does not take a bound or a comparison with another thing for one', () => {
    expect(askedDirection('Did more than 500 workers join?')).toBeNull();
    expect(askedDirection('هل تعمل أكثر من نصف الحافلات؟')).toBeNull();
    expect(askedDirection('Is the new bridge longer than the old one?')).toBeNull();
  });
});

describe('byComparison', () => {
  const asked = 'Were there more visitors than last season?';
  it('answers by the present value against the earlier one', () => {
    expect(byComparison('yes', asked, ['Visitors numbered 1.2 million, compared with 900,000 last season.'])).toBe('yes');
    expect(byComparison('yes', asked, ['Visitors numbered 700,000, against 900,000 last season.'])).toBe('no');
  });

  it('answers by a word of rise or fall, and leaves a passage telling neither open', () => {
    expect(byComparison('yes', asked, ['Visitor numbers fell by a tenth.'])).toBe('no');
    expect(byComparison('yes', asked, ['The fair opened on Friday.'])).toBe('not_said');
  });
});
