/**
 * Quotes in a generated answer (src/core/answer/generative/quotes.ts): a
 * quoted span is kept only when its words are in a cited source, whatever the
 * quotation marks, diacritics or letter forms; a sentence quoting anything
 * else is removed with its markers, and the rest of the answer is untouched.
 */
import { describe, expect, it } from 'vitest';
import { dropUnverifiedQuotes, isVerifiedQuote } from '../../src/core/answer/generative/quotes.js';
import type { Citation } from '../../src/core/types.js';

const source: Citation = {
  n: 1,
  articleId: 'aral-sea-2025-02-01',
  articleTitle: 'بحر آرال',
  section: null,
  paragraph: 3,
  quote: 'ارتفع منسوب بحر آرال الشمالي بعد اكتمال سد كوكارال.',
  text: 'قال المسؤول: ارتفع منسوب بحر آرال الشمالي بعد اكتمال سد كوكارال. وعاد الصيادون إلى آرالسك.',
  translation: 'The official said: the northern Aral Sea rose after the Kokaral dam was finished. Fishermen returned to Aralsk.',
  quoteTranslation: 'the northern Aral Sea rose after the Kokaral dam was finished.',
  score: 1,
  url: null,
};

describe('isVerifiedQuote', () => {
  it('finds the words in the paragraph or its rendering, whatever the marks, diacritics and letter forms', () => {
    expect(isVerifiedQuote('ارتفعَ منسوبُ بحر ارال الشمالي', [source])).toBe(true);
    expect(isVerifiedQuote('The northern Aral Sea rose', [source])).toBe(true);
    expect(isVerifiedQuote('the northern Aral Sea rose … Fishermen returned to Aralsk', [source])).toBe(true);
  });

  it('refuses words that are not there, or are there only in part', () => {
    expect(isVerifiedQuote('the southern Aral Sea rose', [source])).toBe(false);
    expect(isVerifiedQuote('Fishermen returned to Aralsk in their thousands', [source])).toBe(false);
    expect(isVerifiedQuote('جف بحر آرال', [source])).toBe(false);
  });

  it('takes a quoted single word for a term, not a quote', () => {
    expect(isVerifiedQuote('Kokaral', [])).toBe(true);
  });
});

describe('dropUnverifiedQuotes', () => {
  it('removes the sentence carrying an invented quote, with its markers, and keeps the others', () => {
    const answer = 'The sea came back [1]. The official said “the dam will be doubled next year” [1]. Fishermen returned [1].';
    expect(dropUnverifiedQuotes(answer, [source])).toEqual({ text: 'The sea came back [1]. Fishermen returned [1].', dropped: ['the dam will be doubled next year'] });
  });

  it('works on Arabic sentences (؟ and line ends) and «» quotes', () => {
    const answer = 'قال المسؤول: «ارتفع منسوب بحر آرال الشمالي» [1].\nوأضاف: «سيُبنى سد ثانٍ قريبًا» [1]؟\nوعاد الصيادون [1].';
    const result = dropUnverifiedQuotes(answer, [source]);
    expect(result.dropped).toEqual(['سيُبنى سد ثانٍ قريبًا']);
    expect(result.text).toBe('قال المسؤول: «ارتفع منسوب بحر آرال الشمالي» [1].\nوعاد الصيادون [1].');
  });

  it('leaves an answer whose quotes are all verified as it is', () => {
    const answer = 'He said "the northern Aral Sea rose" [1].';
    expect(dropUnverifiedQuotes(answer, [source])).toEqual({ text: answer, dropped: [] });
  });
});
