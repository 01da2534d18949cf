/**
 * An English word whose dictionary senses are verbal nouns of a derived verb form the corpus never writes is searched
 * as that form's past verb, which the corpus writes (src/core/crosslingual/translation-steps/verbal-nouns.ts): an
 * Arabic-only corpus of two reports of other outlets and topics (a university council, an eviction).
 */
import { describe, expect, it } from 'vitest';
import { translateQuery } from '../../src/core/crosslingual/query-translation.js';
import { verbOfVerbalNoun } from '../../src/core/crosslingual/translation-steps/verbal-nouns.js';
import { TextVocabulary } from '../../src/core/crosslingual/vocabulary.js';

const vocabulary = new TextVocabulary([
  'وقاطع ممثلو الطلاب اجتماع مجلس الجامعة احتجاجا على رفع الرسوم الدراسية.',
  'وقال رئيس الجامعة إن المجلس سيعيد النظر في الرسوم الشهر المقبل.',
  'وقاوم سكان الحي قرار الإخلاء أمام المحكمة الإدارية.',
  'وقالت البلدية إن قرار الإخلاء نهائي.',
]);

const lexiconTerms = (question: string, source: string): string[] =>
  translateQuery(question, 'en', vocabulary).terms.filter((term) => term.source === source).map((term) => term.term);

describe('verbal nouns read as their verbs', () => {
  it('reads the verbal noun of forms III, IV, VII, VIII and X as the past verb, and not form II’s', () => {
    expect(verbOfVerbalNoun('المقاطعه')).toBe('قاطع');
    expect(verbOfVerbalNoun('الانسحاب')).toBe('انسحب');
    expect(verbOfVerbalNoun('الاعلان')).toBe('اعلن');
    expect(verbOfVerbalNoun('الاجتماع')).toBe('اجتمع');
    expect(verbOfVerbalNoun('الاستخدام')).toBe('استخدم');
    expect(verbOfVerbalNoun('التاجير')).toBeNull();
    expect(verbOfVerbalNoun('صاحب الملك')).toBeNull();
  });

  it('searches boycott as «قاطع» where the corpus writes the verb, not «المقاطعة»', () => {
    expect(lexiconTerms('why did the students boycott the university council meeting?', 'boycott')).toContain('قاطع');
  });

  it('searches resistance as «قاوم» where the corpus writes the verb, not «المقاومة»', () => {
    expect(lexiconTerms('how did the residents’ resistance to the eviction go?', 'resistance')).toContain('قاوم');
  });
});
