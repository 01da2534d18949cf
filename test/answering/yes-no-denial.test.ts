/**
 * A yes/no question the answerability model would refuse is answered "no" when the passage deciding it denies what is
 * asked, in an article naming what the question names; a denial in another subject's report still answers nothing.
 * Articles written for the test (topics of no evaluation set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'nouakchott-fish-market-move',
    title: 'نقل سوق السمك في نواكشوط إلى الميناء الجديد',
    language: 'ar',
    date: '2026-03-02',
    paragraphs: [
      'نواكشوط – قررت بلدية نواكشوط نقل سوق السمك التقليدي من شاطئ المدينة إلى رصيف الميناء الجديد، بعد شكاوى السكان من الروائح والازدحام.',
      'وقال رئيس اتحاد الصيادين التقليديين إن البحارة أقاموا في المخيم المحاذي للشاطئ طوال العام، لا في موسم الصيد وحده، وإن النقل سيبعدهم عن قواربهم.',
      'ولم تحدد البلدية موعدا لافتتاح السوق الجديدة، مكتفية بالقول إن الأشغال ستنطلق بعد الانتهاء من الدراسات.',
      'ويعمل في السوق الحالية نحو أربعة آلاف شخص بين صيادين وتجار وحمالين.',
    ],
  },
  {
    id: 'tallinn-ferry-timetable',
    title: 'Tallinn ferry operator changes winter timetable',
    language: 'en',
    date: '2026-11-04',
    paragraphs: [
      'TALLINN – The ferry operator Saarte Liinid will run four crossings a day between Virtsu and Kuivastu this winter, down from six in summer.',
      'The company said fares would not change before the spring, and that no crossings would be cancelled over the Christmas holidays.',
      'Island residents have asked for a night crossing, which the operator said it could not staff.',
    ],
  },
];

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('yes-no-denial', ARTICLES);
});

afterAll(() => removeTemporaryDirectories());

const ask = (question: string) => engine.ask(question, { k: 5 });

describe('a denial below the answerability bar', () => {
  it('answers no to an English question the passage denies, its company named in the article’s lead only', async () => {
    const answer = await ask('will saarte liinid raise ticket prices for islanders before the spring?');
    expect(answer.answerable).toBe(true);
    expect(answer.verdict).toBe('no');
    expect(answer.citations.find((citation) => answer.cites?.includes(citation.n))?.quote).toContain('fares would not change');
  });

  it('answers no to an Arabic question over the untranslated English report', async () => {
    const answer = await ask('هل سترتفع أسعار التذاكر قبل الربيع؟');
    expect(answer.answerable).toBe(true);
    expect(answer.verdict).toBe('no');
  });

  it('still refuses when the denying passage is another subject’s report, which never names the company', async () => {
    const answer = await ask('will saarte liinid open a new terminal in virtsu?');
    expect(answer.answerable).toBe(false);
  });
});
