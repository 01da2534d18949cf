import { describe, expect, it } from 'vitest';
import { yesNoVerdict } from '../../src/core/answer/verdict.js';
import type { QueryTerm } from '../../src/core/retrieval/query.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { stemToken } from '../../src/core/text/tokenize.js';

/** An Arabic question's word group, as the question reader keys it. */
const group = (word: string) => stemToken(normalizeText(word));

describe('an Arabic question whose phrase one English word renders', () => {
  // «درجة الحرارة» is "temperature" as a whole; neither «درجة» ("degree") nor «الحرارة» ("heat") is said alone in the passage.
  const phrase = normalizeText('درجة الحرارة');
  const terms: QueryTerm[] = [
    { term: group('درجة'), group: group('درجة'), weight: 1 },
    { term: group('الحرارة'), group: group('الحرارة'), weight: 1 },
    { term: phrase, group: phrase, weight: 1 },
    { term: stemToken('temperatures'), group: phrase, weight: 0.5, translated: true },
    { term: group('المدينة'), group: group('المدينة'), weight: 1 },
    { term: stemToken('city'), group: group('المدينة'), weight: 0.5, translated: true },
    { term: group('ليلا'), group: group('ليلا'), weight: 1 },
  ];
  const question = 'هل سجلت درجة الحرارة في المدينة رقما جديدا ليلا؟';

  it('counts the phrase\'s words as said when the passage renders the phrase', () => {
    expect(yesNoVerdict(['Temperatures in the city reached a new record on Monday.'], terms, { names: new Set() }, question)).toBe('yes');
  });

  it('does not when the passage renders neither the phrase nor its words', () => {
    expect(yesNoVerdict(['The city opened a new record office on Monday.'], terms, { names: new Set() }, question)).toBe('not_said');
  });
});
