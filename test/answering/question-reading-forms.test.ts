/**
 * Question reading of forms the dialects and the press write: «بيكلف» is the cost frame, and a noun behind the article
 * («للكابل», «المتقدمين») is no name the answer must hold, while a name that opens on a preposition's letter («كوامي»)
 * stays one. Egyptian «قد ايه» asks how much, and «بالنص» before an ordinal is "in the half", no quote request.
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/core/question/read-question.js';
import { normalizeText } from '../../src/core/text/normalize.js';

const names = (question: string) => [...readQuestion(question, 'ar').names];

describe('a cost question in dialect', () => {
  it('the dialects\' prefixed present of a cost verb («بيكلف») is the cost frame', () => {
    expect(readQuestion('قديش بيكلف الجسر الجديد؟', 'ar').measured).toBe(normalizeText('بيكلف'));
  });

  it('Egyptian «قد ايه» asks how much, where «ايه» alone asks what', () => {
    expect(readQuestion('الورق بيكلف المطاعم قد ايه؟', 'ar')).toMatchObject({ type: 'number', intent: 'how_much', measured: normalizeText('بيكلف') });
    expect(readQuestion('الشركة كسبت أد إيه السنة دي؟', 'ar')).toMatchObject({ type: 'number', intent: 'how_much' });
    expect(readQuestion('الوزير قال ايه عن الجسر؟', 'ar').intent).toBe('what');
  });
});

describe('«بالنص»', () => {
  it('before an ordinal is the dialects\' "half" («بالنص الاول من السنه»), no request for the words', () => {
    expect(readQuestion('الشركة ربحت قديش بالنص الاول من السنه؟', 'ar').type).toBe('number');
    expect(readQuestion('الشركة خسرت كم بالنص الثاني من السنه؟', 'ar').type).toBe('number');
  });

  it('alone still asks for the words', () => {
    expect(readQuestion('عايز كلام الوزير بالنص في المؤتمر', 'ar').type).toBe('quote');
  });
});

describe('words that are no names', () => {
  it('a noun behind the article and a preposition, or in its plural, is a word («للكابل», «المتقدمين», «المحلات»)', () => {
    expect(names('هل هذا أول انقطاع للكابل في الجزيرة؟')).not.toContain(normalizeText('للكابل'));
    expect(names('ما الشروط المطلوبة من المتقدمين للمنحة؟')).not.toContain(normalizeText('المتقدمين'));
    expect(names('كم عدد المحلات التي أغلقت؟')).not.toContain(normalizeText('المحلات'));
  });

  it('a name opening on a preposition\'s letter stays a name («كوامي»)', () => {
    expect(names('ماذا قال كوامي عن الإضراب؟')).toContain(normalizeText('كوامي'));
  });

  it('a preposition or particle with an attached pronoun is a function word («عنها», «لديه», «أنهم»); the names beside it stay', () => {
    expect(names('كم نقطة تخلى عنها دفاع الفريق في الموسم؟')).not.toContain(normalizeText('عنها'));
    expect(names('من كان لديه أكبر عدد من الأهداف في فريق ليدز؟')).not.toContain(normalizeText('لديه'));
    expect(names('كيف رأى المزارعون أنهم خسروا الموسم؟')).not.toContain(normalizeText('أنهم'));
    expect(names('ماذا قال ستارمر عنهم للصحفيين؟')).toContain(normalizeText('ستارمر'));
  });
});
