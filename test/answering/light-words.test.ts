/**
 * Words of a question that say how often or of which age something is, not what it is about
 * (knowledge/language/light-words.tsv), and the predicate a question's word order shows.
 */
import { describe, expect, it } from 'vitest';
import { isLightWord } from '../../src/core/question/light-words.js';
import { questionPredicate } from '../../src/core/question/question-predicate.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { rawTokens } from '../../src/core/text/tokenize.js';

const tokens = (question: string) => rawTokens(normalizeText(question));

describe('light words', () => {
  it('are the dialects\' auxiliaries of repetition and wanting, in their inflections', () => {
    for (const word of ['يرجع', 'ترجع', 'رجع', 'بدو', 'بدها', 'عاد', 'لسه', 'again']) expect(isLightWord(normalizeText(word)), word).toBe(true);
  });

  it('are bare evaluative adjectives, with the article and the feminine or dual ending', () => {
    for (const word of ['new', 'newest', 'old', 'الجديد', 'الجديدة', 'جديدتين', 'القديمة', 'الكبير']) expect(isLightWord(normalizeText(word)), word).toBe(true);
  });

  it('are not the nouns and verbs a question is about', () => {
    for (const word of ['museum', 'open', 'visit', 'المتحف', 'يزور', 'الرئيس', 'مرجع', 'عادل', 'بدوي']) expect(isLightWord(normalizeText(word)), word).toBe(false);
  });
});

describe('the predicate a question\'s word order shows', () => {
  it('is the verb an English question ends on after its subject', () => {
    expect(questionPredicate(tokens('When did the new museum open?'), 'en')).toBe('open');
    expect(questionPredicate(tokens('When was the bridge reopened?'), 'en')).toBe('reopened');
    expect(readQuestion('When did the new museum open?', 'en').predicate).toBe('open');
  });

  it('is the verb right after an Arabic question word', () => {
    expect(questionPredicate(tokens('متى افتتح المتحف الجديد؟'), 'ar')).toBe('افتتح');
    expect(questionPredicate(tokens('امتى افتتحوا المحطة؟'), 'ar')).toBe('افتتحوا');
  });

  it('is the English verb before its particle, or after a subject that is a name', () => {
    expect(questionPredicate(tokens('What does a deal on the dam depend on, in her view?'), 'en')).toBe('depend');
    expect(readQuestion('How do the mayor and Ruth Nakato keep in touch?', 'en').predicate).toBe('keep');
    expect(readQuestion('When did Nakato visit Nairobi?', 'en').predicate).toBe('visit');
  });

  it('is the Arabic verb after a relative pronoun, what «كم» counts, or the event «تم» introduces', () => {
    expect(questionPredicate(tokens('شو اللي اتفق عليه الوزيران؟'), 'ar')).toBe('اتفق');
    expect(readQuestion('كم مرة زارت الوزيرة نيروبي؟', 'ar').predicate).toBe('زارت');
    expect(questionPredicate(tokens('متى تم افتتاح المتحف؟'), 'ar')).toBe('افتتاح');
  });

  it('is unknown when the order does not show it', () => {
    expect(questionPredicate(tokens('When will the mayor visit again?'), 'en')).toBeNull();
    expect(questionPredicate(tokens('The museum opened when?'), 'en')).toBeNull();
    expect(questionPredicate(tokens('متى المعرض؟'), 'ar')).toBeNull();
    expect(questionPredicate(tokens('المتحف افتتح امتى؟'), 'ar')).toBeNull();
    expect(questionPredicate(tokens('What is the capital of Kenya?'), 'en')).toBeNull();
  });
});
