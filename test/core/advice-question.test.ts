/**
 * A question asking the asker's own how-to or a recommendation (src/core/question/advice-question.ts): read from its
 * opening, or from a first-person present verb after an interrogative of manner; a question about how something
 * happened, or the general "we" of an explanation, is not one.
 */
import { describe, expect, it } from 'vitest';
import { asksAdvice } from '../../src/core/question/advice-question.js';

describe('advice questions', () => {
  it('reads an English question opening on the asker\'s how-to or a choice', () => {
    for (const question of ['how do i renew my passport?', 'ok how can i book a seat', 'whats the best laptop for students', 'best phone under 200 dollars?', 'where can i buy a ticket']) {
      expect(asksAdvice(question, 'en'), question).toBe(true);
    }
  });

  it('reads an Arabic interrogative of manner before a verb in the asker\'s person, and a dialect "what is best"', () => {
    for (const question of ['شلون اسجل بنتي بالجامعة؟', 'ازاي اجدد رخصة السواقة؟', 'كيفاش نسجل فالمدرسة؟', 'وش افضل سيارة للعائلة؟', 'شو أحسن موبايل للتصوير؟']) {
      expect(asksAdvice(question, 'ar'), question).toBe(true);
    }
  });

  it('reads a hollow verb in the asker\'s person after «كيف», and a dialect "where do I" with its verb', () => {
    for (const question of ['كيف اصير طبيب؟', 'شلون اعيش بالغربة؟', 'وين اروح بالعطلة؟', 'فين اسجل ابني؟']) {
      expect(asksAdvice(question, 'ar'), question).toBe(true);
    }
  });

  it('leaves a past passive after «وين» (a definite noun after the verb) to the answer', () => {
    for (const question of ['وين اقيم المهرجان؟', 'وين اقيمت المباراة النهائية؟', 'وين انعقد المؤتمر؟']) {
      expect(asksAdvice(question, 'ar'), question).toBe(false);
    }
  });

  it('leaves questions about what happened, or how a thing is done in general, to the answer', () => {
    const questions: [string, 'ar' | 'en'][] = [
      ['how did the board decide the new fares?', 'en'],
      ['should i stop taking the syrup?', 'en'],
      ['what was the best result of the season?', 'en'],
      ['did the minister say how to apply?', 'en'],
      ['كيف انتهى الإضراب؟', 'ar'],
      ['كيف اختار المجلس رئيسه؟', 'ar'],
      ['كيف أعلن الوزير القرار؟', 'ar'],
      ['كيف نحدد الفريق الفائز؟', 'ar'],
      ['كيف صار الطقس بعد العاصفة؟', 'ar'],
      ['شلون فسر الوزير قلة المشاركة؟', 'ar'],
      ['هل الكلية ضمن أفضل 100 كلية؟', 'ar'],
    ];
    for (const [question, lang] of questions) expect(asksAdvice(question, lang), question).toBe(false);
  });
});
