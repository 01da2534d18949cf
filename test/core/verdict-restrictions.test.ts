import { describe, expect, it } from 'vitest';
import { asksOfAll, byRestriction } from '../../src/core/answer/verdict-restrictions.js';
import { yesNoVerdict } from '../../src/core/answer/verdict.js';
import { questionTerms } from '../../src/core/retrieval/query.js';

const verdictOf = (question: string, passage: string) => yesNoVerdict([passage], questionTerms(question), { names: new Set() }, question);

describe('a yes/no question asked of all, over a passage saying it of some only', () => {
  it('reads a universal word, but not one before a number (a frequency)', () => {
    expect(asksOfAll('can every taxi driver get the fuel voucher?')).toBe(true);
    expect(asksOfAll('can anglers fish any day in april?')).toBe(true);
    expect(asksOfAll('هل يحق لكل السائقين الحصول على القسيمة؟')).toBe(true);
    expect(asksOfAll('هل تمر الحافلة كل عشر دقائق؟')).toBe(false);
    expect(asksOfAll('can taxi drivers get the fuel voucher?')).toBe(false);
  });

  it('answers no when the sentence naming what is asked restricts it', () => {
    expect(verdictOf('can anglers fish any day in april?', 'Anglers may fish only on Sundays in April, with a limit of two trout a day.')).toBe('no');
    expect(verdictOf('هل يحصل كل سائقي الأجرة على قسيمة الوقود؟', 'ويقتصر توزيع قسيمة الوقود على سائقي الأجرة في العاصمة.')).toBe('no');
    expect(verdictOf('can every taxi driver get the fuel voucher?', 'Every taxi driver can collect the fuel voucher at the town hall.')).toBe('yes');
  });

  it('leaves a restriction the question makes itself, or one said of something else, alone', () => {
    expect(byRestriction('yes', 'is the market open only on sundays for all traders?', ['The market is open only on Sundays for all traders.'], (token) => token === 'market')).toBe('yes');
    expect(byRestriction('yes', 'can every angler fish in april?', ['Anglers fish in April. Only the lake café closes.'], (token) => token === 'anglers')).toBe('yes');
  });
});
