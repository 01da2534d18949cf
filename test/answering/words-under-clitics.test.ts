/**
 * A dialect question's verb with an object pronoun («اللي أخذتها»), or behind the relative «ال» the dialects wear
 * «اللي» down to («المستوطنة اللقوها»), and a noun behind the article the dictionary lists only bare of its ending
 * («التعداد»), are words, not names the answer must hold (dialect-words.ts); a name stays a name.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/core/question/read-question.js';
import { normalizeText } from '../../src/core/text/normalize.js';

const names = (question: string) => readQuestion(question, 'ar').names;

describe('a word under an attached pronoun or the relative «ال»', () => {
  it('is not read as a name', () => {
    expect(names('شنو قال رئيس البلدية على التمديدات اللي اخذتها الشركة؟').has(normalizeText('اخذتها'))).toBe(false);
    expect(names('الجرة اللقوها في الموقع عمرها كم سنة؟').has(normalizeText('اللقوها'))).toBe(false);
    expect(names('شو قال رئيس المعهد عن نتايج التعداد؟').has(normalizeText('التعداد'))).toBe(false);
  });

  it('leaves the names a question gives', () => {
    const read = names('شو قال سامي الدريدي عن فروع البنك اللي سكروها؟');
    expect(read.has(normalizeText('الدريدي'))).toBe(true);
    expect(read.has(normalizeText('سكروها'))).toBe(false);
  });
});
