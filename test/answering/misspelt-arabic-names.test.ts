/**
 * A foreign name typed in Arabic with long vowels its articles do not write («فينلاندا» for «فنلندا»):
 * two letters apart from the corpus word, it is read as that word, so the question is answered about the
 * country it names alone, not with another country's figure beside it as a second claim. Likewise a short
 * name typed with two neighbouring letters swapped («كاسرتن» for «كارستن»). Articles of two outlets written
 * for the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'nordic-schools',
    title: 'مدارس جديدة في الشمال الأوروبي',
    paragraphs: [
      'افتتحت وزارة التعليم في فنلندا 14 مدرسة جديدة هذا العام في المدن الشمالية، بحسب بيان رسمي.',
      'وقالت الوزيرة إن المدارس ستستقبل أكثر من ثلاثة آلاف طالب في سنتها الأولى.',
    ],
  },
  {
    id: 'lyon-schools',
    title: 'ضواحي ليون تستقبل مدارس إضافية',
    paragraphs: ['افتتحت وزارة التعليم في فرنسا 30 مدرسة جديدة هذا العام في ضواحي ليون.'],
  },
  {
    id: 'harbour-club',
    title: 'مدربان يجددان عقديهما',
    paragraphs: [
      'وقع المدرب لوكاس عقده مع نادي الميناء يوم الاثنين.',
      'ووقع المدرب كارستن عقده مع نادي الوادي يوم الخميس.',
    ],
  },
];

describe('a foreign name misspelt by its long vowels', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverArticles('misspelt-names', ARTICLES);
  });
  afterAll(() => removeTemporaryDirectories());

  it('is read as the name the articles write, two letters away', async () => {
    const answer = await engine.ask('كم مدرسة افتتحت في فينلاندا؟', { k: 5 });
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]).toMatchObject({ articleId: 'nordic-schools', paragraph: 1 });
    expect(answer.answer).toContain('14');
    expect(answer.answer).not.toContain('30');
  });

  it('is read as the name the articles write with two neighbouring letters swapped back', async () => {
    const answer = await engine.ask('متى وقع المدرب كاسرتن عقده؟', { k: 5 });
    expect(answer.citations[0]).toMatchObject({ articleId: 'harbour-club', paragraph: 2 });
    expect(answer.answer).toContain('الخميس');
  });
});
