import { describe, expect, it } from 'vitest';
import { readArticleQuestion } from '../../src/core/articles/article-question.js';
import { periodOf } from '../../src/core/articles/article-questions.js';
import { readTimeRange } from '../../src/core/articles/time-range.js';
import { readQuestion } from '../../src/core/question/read-question.js';

const NOW = new Date('2025-03-05T10:00:00Z'); // a Wednesday
const range = (question: string) => {
  const found = readTimeRange(question, NOW);
  return found && [found.since, found.until];
};

describe('periods in questions', () => {
  it('reads relative periods in both languages against the clock', () => {
    expect(range("what's new about Uzbekistan this week?")).toEqual(['2025-02-27', '2025-03-05']);
    expect(range('what did the press say since Monday?')).toEqual(['2025-03-03', '2025-03-05']);
    expect(range('ماذا قيل عن الصين منذ يناير؟')).toEqual(['2025-01-01', '2025-03-05']);
    expect(range('أخبار الأسبوع الماضي عن روسيا')).toEqual(['2025-02-20', '2025-02-26']);
    expect(range('articles from the last 3 days')).toEqual(['2025-03-03', '2025-03-05']);
    expect(range('ماذا نشر اليوم؟')).toEqual(['2025-03-05', '2025-03-05']);
    expect(range('since 2025-02-01')).toEqual(['2025-02-01', '2025-03-05']);
  });

  it('leaves a date that says when something happened to the question', () => {
    expect(range('When did Xi visit in May?')).toBeNull();
  });
});

describe('a period of publication, or words of the question', () => {
  const read = (question: string, lang: 'ar' | 'en') => periodOf(question, undefined, NOW, lang);

  it('limits the articles read when the question is about the news, or names only a topic beside the period', () => {
    expect(read('What was published about the port last week?', 'en')).toEqual({ period: { since: '2025-02-20', until: '2025-02-26' }, text: 'What was published about the port?' });
    expect(read('ما الجديد عن الانتخابات هذا الشهر؟', 'ar')).toEqual({ period: { since: '2025-03-01', until: '2025-03-05' }, text: 'ما الجديد عن الانتخابات؟' });
    expect(read('Uzbekistan this week', 'en').period).toEqual({ since: '2025-02-27', until: '2025-03-05' });
    expect(read('أخبار الأسبوع الماضي عن روسيا', 'ar').text).toBe('أخبار عن روسيا');
  });

  it('keeps the time words, and the casing, of a question about what happened', () => {
    expect(read('What did the mayor of Haifa say last year?', 'en')).toEqual({ period: null, text: 'What did the mayor of Haifa say last year?' });
    expect(read('كم بلغ التضخم هذا العام؟', 'ar')).toEqual({ period: null, text: 'كم بلغ التضخم هذا العام؟' });
    expect(read('What new rules did the ministry announce this year?', 'en').period).toBeNull();
    expect(read('Which bridge is still open even today?', 'en').period).toBeNull();
    expect(read('ماذا يسمى اليوم الأول من المهرجان؟', 'ar').period).toBeNull();
  });

  it('a period taken out of the question leaves its names as typed', () => {
    expect(read('Any news about the Port of Haifa this week?', 'en').text).toBe('Any news about the Port of Haifa?');
  });
});

describe('questions about the articles themselves', () => {
  const read = (question: string, lang: 'ar' | 'en') => readArticleQuestion(question, readQuestion(question, lang));

  it('reads the field asked and whether the article itself is meant', () => {
    expect(read('مين الموقع اللي نشر التقرير ده؟', 'ar')).toMatchObject({ kind: 'metadata', fields: ['outlet'], aboutArticle: true });
    // The dialect passives of writing and publishing: «انكتب»، «اتكتب»، «اتنشر».
    expect(read('من وين انكتب الخبر؟', 'ar')).toMatchObject({ kind: 'metadata', fields: ['dateline'], aboutArticle: true });
    expect(read('التقرير ده اتكتب فين؟', 'ar')).toMatchObject({ kind: 'metadata', fields: ['dateline'] });
    expect(read('امتى اتنشر التقرير؟', 'ar')).toMatchObject({ kind: 'metadata', fields: ['published'] });
    expect(read("where's the dateline on this one?", 'en')).toMatchObject({ kind: 'metadata', fields: ['dateline'], aboutArticle: true });
    expect(read('Who wrote the article about the summit?', 'en')).toMatchObject({ kind: 'metadata', fields: ['author'], topic: 'summit' });
    expect(read('when was it published', 'en')).toMatchObject({ kind: 'metadata', fields: ['published'] });
    expect(read('Which newspaper published the main interview?', 'en')).toMatchObject({ kind: 'metadata', aboutArticle: false });
  });

  it('lists for "which articles mention", and leaves questions about the text alone', () => {
    expect(read('which articles mention the CSTO?', 'en')).toEqual({ kind: 'list', topic: 'CSTO' });
    expect(read('أي المقالات تذكر أوزبكستان؟', 'ar')).toEqual({ kind: 'list', topic: 'أوزبكستان' });
    expect(read('Who wrote the letter to Putin?', 'en')).toBeNull();
    expect(read('أي دين نشر الفرنسيون إلى جانب امبرياليتهم؟', 'ar')).toBeNull();
    expect(read('What is it called when imperialism changes social norms?', 'en')).toBeNull();
  });

  it('a publication still to come is a plan the text may tell, not an indexed article\'s record', () => {
    expect(read('When will the heritage department publish its report again?', 'en')).toBeNull();
    expect(read('امتى رح ينشر المجلس التقرير؟', 'ar')).toBeNull();
    expect(read('متى سوف ينشر المجلس التقرير؟', 'ar')).toBeNull();
    expect(read('When was the report on the dock strike published?', 'en')).toMatchObject({ kind: 'metadata', fields: ['published'] });
    expect(read('متى نشر التقرير؟', 'ar')).toMatchObject({ kind: 'metadata', fields: ['published'] });
  });
});
