/**
 * Question reading of forms the dialects and chat write: «بكم» and «قد ايه» ask how much, «بيكلف» is the cost frame,
 * "gonna" and a noun behind the article («للكابل», «المتقدمين») are no names the answer must hold, while a name that
 * opens on a preposition's letter («كوامي») stays one.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/core/question/read-question.js';
import { normalizeText } from '../../src/core/text/normalize.js';

const read = (question: string) => readQuestion(question, /[\u0600-\u06FF]/u.test(question) ? 'ar' : 'en');
const names = (question: string) => [...read(question).names];

describe('questions asking how much', () => {
  it('«بكم» asks a price: a number, with nothing counted (the verb after it is no counted noun)', () => {
    const reading = read('بكم كانت تباع التذكرة في المهرجان؟');
    expect(reading.type).toBe('number');
    expect(reading.intent).toBe('how_much');
    expect(reading.counted).toBeNull();
  });

  it('«قد ايه» and «أد إيه» (two words) ask how much, not what', () => {
    expect(read('الرحلة بتاخد قد ايه؟').type).toBe('number');
    expect(read('المشروع اتكلف أد إيه؟').intent).toBe('how_much');
    expect(read('اسمه ايه؟').type).toBe('other');
  });

  it('the dialects\' prefixed present of a cost verb («بيكلف») is the cost frame', () => {
    expect(read('قديش بيكلف الجسر الجديد؟').measured).toBe(normalizeText('بيكلف'));
  });
});

describe('words that are no names', () => {
  it('chat "gonna" is not a name the answer must hold', () => {
    expect(names('who is gonna pay for the new bridge')).not.toContain('gonna');
  });

  it('a noun behind the article and a preposition, or in its plural, is a word («للكابل», «المتقدمين», «المحلات»)', () => {
    const found = names('هل هذا أول انقطاع للكابل في الجزيرة؟');
    expect(found).not.toContain(normalizeText('للكابل'));
    expect(names('ما الشروط المطلوبة من المتقدمين للمنحة؟')).not.toContain(normalizeText('المتقدمين'));
    expect(names('كم عدد المحلات التي أغلقت؟')).not.toContain(normalizeText('المحلات'));
  });

  it('a name opening on a preposition\'s letter stays a name («كوامي»)', () => {
    expect(names('ماذا قال كوامي عن الإضراب؟')).toContain(normalizeText('كوامي'));
  });
});
