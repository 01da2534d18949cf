/**
 * A "how many" question is not answered by a unit holding no amount at all — no number in digits or words, no ordinal,
 * no unit of measure — however much of the question it (or its rendering) shares: "how many electric ferries…?" over
 * an Arabic report that the company will double its ferries, "how many trams…?" over one that Bari will double its
 * fleet, are refused, while a unit giving the count still answers. Articles written for the test (topics of no
 * evaluation set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'izmir-ferries',
    title: 'شركة العبارات في إزمير توسع أسطولها',
    paragraphs: [
      'إزمير – قال مدير شركة العبارات في إزمير يوم الأربعاء إن الشركة ستضاعف عدد عباراتها الكهربائية في الخليج.',
      'ويشكو الركاب من ازدحام الرحلات في ساعات الذروة منذ الربيع.',
    ],
  },
  {
    id: 'bari-trams',
    title: 'Bari to enlarge its tram fleet',
    language: 'en' as const,
    paragraphs: [
      'BARI – The city of Bari will double its fleet of low-floor trams before the summer, the transport councillor said on Thursday.',
      'Riders have long complained of crowded trams on the seafront line.',
    ],
  },
  {
    id: 'setif-buses',
    title: 'حافلات جديدة في سطيف',
    paragraphs: [
      'سطيف – قررت مديرية النقل في سطيف تعزيز أسطول الحافلات الحضرية قبل الدخول المدرسي، بعد شكاوى السكان من الازدحام.',
      'واشترت المديرية 45 حافلة جديدة تعمل بالغاز الطبيعي، بحسب مديرها.',
    ],
  },
];

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('count-without-number', ARTICLES);
});

afterAll(() => removeTemporaryDirectories());

describe('a "how many" question', () => {
  it('is refused over a unit that gives no number, and answered by one giving the count', async () => {
    const answer = await engine.ask('how many electric ferries does izmir have', { k: 5 });
    expect(answer.answerable).toBe(false);
    const trams = await engine.ask('how many low-floor trams does bari have', { k: 5 });
    expect(trams.answerable ? trams.answer : '').not.toContain('double its fleet');
    await expectAnswered(engine, 'كم حافلة اشترت المديرية؟', { cited: 'setif-buses#2', holds: '45' });
  });
});
