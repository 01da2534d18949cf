/**
 * Chat shorthand the English-Arabic lexicon has no entry for ("govt", "ppl", "intl", "mgmt") is translated as the
 * words it stands for (knowledge/language/shorthand-en.tsv, src/core/crosslingual/translation-steps/query-translator.ts),
 * so an English question typed in chat reaches an Arabic article as the words written out do.
 */
import { describe, expect, it } from 'vitest';
import { translateQuery } from '../../src/core/crosslingual/query-translation.js';
import { TextVocabulary } from '../../src/core/crosslingual/vocabulary.js';
import { normalizeText } from '../../src/core/text/normalize.js';

const relief = new TextVocabulary(
  [
    'وقالت الحكومة إن الناس الذين فقدوا منازلهم في الفيضانات سيحصلون على تعويض خلال شهرين.',
    'وتعهدت المنظمات الدولية بتمويل إدارة مخيمات الإيواء حتى نهاية الشتاء.',
  ].map(normalizeText),
);

const arabicTerms = (question: string) => translateQuery(question, 'en', relief).terms.map((term) => term.term);

const arabicOnly = (terms: string[]) => terms.filter((term) => /[\u0600-\u06FF]/.test(term));

describe('English chat shorthand over Arabic articles', () => {
  it('is translated as the words it stands for are', () => {
    const pairs = [
      ['what did the govt promise ppl who lost their homes', 'what did the government promise people who lost their homes'],
      ['who will pay for the mgmt of the camps, the intl organisations?', 'who will pay for the management of the camps, the international organisations?'],
    ];
    for (const [typed, written] of pairs) {
      const expected = arabicOnly(arabicTerms(written!));
      expect(expected.length, written).toBeGreaterThanOrEqual(3);
      expect(arabicOnly(arabicTerms(typed!)), typed).toEqual(expect.arrayContaining(expected));
    }
  });
});
