/**
 * A "how many" question is not answered by a unit holding no number at all, however much of the question it shares:
 * "how many ferries…?" over a report that the company will double its ferries is refused, while a unit giving the
 * count still answers. Articles written for the test (topics of no evaluation set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'izmir-ferries',
    title: 'Izmir ferry company plans a larger fleet',
    language: 'en' as const,
    paragraphs: [
      'IZMIR – The city ferry company of Izmir will double its fleet of electric ferries on the gulf, its director said on Wednesday.',
      'Passengers have complained of crowded crossings at rush hour since the spring.',
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
    await expectAnswered(engine, 'كم حافلة اشترت المديرية؟', { cited: 'setif-buses#2', holds: '45' });
  });
});
