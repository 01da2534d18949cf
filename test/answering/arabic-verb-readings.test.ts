/**
 * Arabic words the dictionary lacks as written but reads by their grammar are no names the answer must hold
 * (src/core/question/present-verbs.ts, dialect-words.ts, definite-nouns.ts): a verb it knows in the first person
 * («اسافر»), an elative of that pattern, a verb behind a glued conjunction («ويشارك»), under the first person's object
 * pronoun («تخبرني»), a past verb with the dialects' plural «و» («افتتحو»), and a definite dual («الوزيران»). Names
 * shaped alike stay names: «احمد» (no «حمد» listed), «عمرو».
 */
import { describe, expect, it } from 'vitest';
import { readQuestion } from '../../src/core/question/read-question.js';
import { normalizeText } from '../../src/core/text/normalize.js';

const names = (question: string) => readQuestion(question, 'ar').names;
const readAsName = (question: string, word: string) => names(question).has(normalizeText(word));

describe('an Arabic verb or noun read by its grammar', () => {
  it('in the first person, or an elative of that pattern, is no name', () => {
    expect(readAsName('كيف أسافر إلى صفاقس بالقطار؟', 'أسافر')).toBe(false);
    expect(readAsName('شو أطيب أكلة في المهرجان؟', 'أطيب')).toBe(false);
    // A name shaped alike stays a name: the dictionary lists no «حمد».
    expect(readAsName('شو قال أحمد الطرابلسي عن المعرض؟', 'أحمد')).toBe(true);
  });

  it('behind a glued conjunction or under «ني» is no name', () => {
    expect(readAsName('هل ستفتح المكتبة ويشارك الكتاب في المعرض؟', 'ويشارك')).toBe(false);
    expect(readAsName('ممكن تخبرني متى يفتح المتحف؟', 'تخبرني')).toBe(false);
  });

  it('with the dialects\' plural «و», or a definite dual, is no name', () => {
    expect(readAsName('امتى افتتحو الجسر الجديد؟', 'افتتحو')).toBe(false);
    expect(readAsName('ماذا وقع الوزيران في الاجتماع؟', 'الوزيران')).toBe(false);
    // Three letters under the «و» are a name as often: «عمرو».
    expect(readAsName('متى زار عمرو المكتبة؟', 'عمرو')).toBe(true);
  });
});
