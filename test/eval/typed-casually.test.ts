import { distance } from 'fastest-levenshtein';
import { describe, expect, it } from 'vitest';
import { casualTyping } from '../../scripts/eval/typed-casually.js';

describe('questions typed casually (eval xquad --typed)', () => {
  it('makes one slip at most, lower-cases English and drops the question mark, the same way for the same seed', () => {
    const question = 'Which company manufactured the Apollo command module?';
    const typed = casualTyping(7)(question, 'en');
    expect(typed).toBe(casualTyping(7)(question, 'en'));
    expect(typed).not.toMatch(/[A-Z?]/);
    expect(distance(typed, question.toLowerCase().replace('?', ''))).toBeLessThanOrEqual(2); // a swap is two edits
  });

  it('types Arabic without hamza seats or question mark', () => {
    const typed = casualTyping(3)('أين أُطلقت المركبة؟', 'ar');
    expect(typed).not.toMatch(/[أإآ؟]/);
  });
});
