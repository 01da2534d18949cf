/**
 * Question language detection and the input check every question passes first.
 */
import { describe, expect, it } from 'vitest';
import { checkQuestion, MAX_QUESTION_CHARACTERS } from '../../src/core/answer/question-input.js';
import { detectLanguage } from '../../src/core/text/language.js';
import { ARABIC_LETTER, expectMarsadError } from './helpers.js';

describe('detectLanguage', () => {
  it('detects Arabic, even with Latin names and digits in it', () => {
    expect(detectLanguage('كم مرة زار بوتين كازاخستان؟')).toEqual({ language: 'ar', unsupportedScript: false });
    expect(detectLanguage('ماذا قال Tokayev عن Putin في 2025؟')).toEqual({ language: 'ar', unsupportedScript: false });
    expect(detectLanguage('كم مرة زار Putin كازاخستان؟').language).toBe('ar');
  });

  // The guess counts letters, so an Arabic question naming several people in Latin
  // script (12 Arabic letters, 21 Latin) is taken for English and answered in
  // English, though every word that is not a name is Arabic (see report).
  it('detects an Arabic question that names people in Latin script', () => {
    expect(detectLanguage('ماذا قال Tokayev عن Putin و Xi Jinping في 2025؟').language).toBe('ar');
    expect(detectLanguage('ما رأي Kassym-Jomart Tokayev؟').language).toBe('ar');
  });

  it('detects English', () => {
    expect(detectLanguage('How many times has Putin visited Kazakhstan?')).toEqual({ language: 'en', unsupportedScript: false });
    expect(detectLanguage('What did Tokayev say about الأمم المتحدة and the UN Security Council?').language).toBe('en');
  });

  it('flags Russian (Cyrillic) as an unsupported script answered in English', () => {
    expect(detectLanguage('Сколько раз Путин посещал Казахстан?')).toEqual({ language: 'en', unsupportedScript: true });
  });

  it('flags Chinese as unsupported, but not French (Latin script)', () => {
    expect(detectLanguage('习近平什么时候访问哈萨克斯坦?').unsupportedScript).toBe(true);
    expect(detectLanguage('Combien de fois Poutine a-t-il visité le Kazakhstan ?')).toEqual({ language: 'en', unsupportedScript: false });
  });

  it('falls back to English without letters', () => {
    expect(detectLanguage('2025?')).toEqual({ language: 'en', unsupportedScript: false });
  });

  it('recognises Persian-keyboard and presentation-form Arabic', () => {
    expect(detectLanguage('کازاخستان چیست؟').language).toBe('ar');
    expect(detectLanguage('ﺑﻮﺗﻴﻦ').language).toBe('ar');
  });
});

describe('checkQuestion', () => {
  it('returns the cleaned question and its language', () => {
    expect(checkQuestion('  كم مرة \u202Eزار بوتين كازاخستان؟  ')).toEqual({ text: 'كم مرة زار بوتين كازاخستان؟', lang: 'ar', unsupportedLanguage: false });
    // Chat markup (Discord mentions) is the edge's to remove: the core keeps it as text.
    expect(checkQuestion('<@123456789012345678> How   many times?')).toEqual({ text: '<@123456789012345678> How many times?', lang: 'en', unsupportedLanguage: false });
  });

  it('honours a requested language over the detected one', () => {
    expect(checkQuestion('كم مرة زار بوتين كازاخستان؟', 'en').lang).toBe('en');
    expect(checkQuestion('Сколько раз?', 'ar')).toMatchObject({ lang: 'ar', unsupportedLanguage: false });
    expect(checkQuestion('Сколько раз?')).toMatchObject({ lang: 'en', unsupportedLanguage: true });
  });

  it.each([
    ['empty', ''],
    ['blank', '   \n\t '],
    ['only emoji', '😀🎉👍'],
    ['only punctuation', '؟?!...'],
    ['only invisible controls', '\u200B\u202E\u2066'],
  ])('refuses %s input as invalid_input, with an Arabic message too', async (_label, question) => {
    const error = await expectMarsadError(() => checkQuestion(question), 'invalid_input');
    expect(error.localizedMessage('en')).toMatch(/question/i);
    expect(error.localizedMessage('ar')).toMatch(ARABIC_LETTER);
  });

  it('refuses a question over the length limit, saying so in Arabic for Arabic', async () => {
    const arabic = 'كم مرة زار بوتين كازاخستان '.repeat(80);
    expect([...arabic].length).toBeGreaterThan(MAX_QUESTION_CHARACTERS);
    const error = await expectMarsadError(() => checkQuestion(arabic), 'invalid_input');
    expect(error.localizedMessage('ar')).toMatch(ARABIC_LETTER);
    expect(error.localizedMessage('ar')).toContain(String(MAX_QUESTION_CHARACTERS));
    expect(error.localizedMessage('en')).toMatch(/too long/i);
  });

  it('accepts a question at the limit', () => {
    const question = 'a'.repeat(MAX_QUESTION_CHARACTERS);
    expect(checkQuestion(question).text).toBe(question);
  });
});
