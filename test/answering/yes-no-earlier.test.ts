/**
 * A yes/no question asking whether something happened before ("has the mill had a major fire before?") is decided by
 * the paragraph of the answering article that ranks it ("its first major fire since it opened"), not by the lead that
 * names the fire. Articles written for the test (topics of no evaluation set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'faisalabad-mill-fire',
    title: 'Fire shuts a textile mill in Faisalabad',
    language: 'en',
    paragraphs: [
      'FAISALABAD – A major fire broke out at the Crescent Weaving mill in Faisalabad on Sunday night, destroying two warehouses of finished cloth.',
      'Firefighters needed nine hours to bring the blaze under control. No workers were hurt, the district emergency service said.',
      'The mill employs about 1,400 people and exports most of its cloth to Europe.',
      'It was the mill’s first major fire since it opened in 1987, the company said.',
    ],
  },
  {
    id: 'swat-valley-floods',
    title: 'فيضانات في وادي سوات',
    paragraphs: [
      'سوات – غمرت مياه نهر سوات عشرات المنازل في الوادي يوم الاثنين بعد أمطار غزيرة استمرت ثلاثة أيام.',
      'وقالت السلطات المحلية إن فرق الإنقاذ أجلت أكثر من 300 أسرة إلى مدارس حكومية.',
      'وهذا ثالث فيضان يضرب وادي سوات منذ عام 2019.',
    ],
  },
];

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('yes-no-earlier', ARTICLES);
});

afterAll(() => removeTemporaryDirectories());

const verdictOf = async (question: string) => {
  const answer = await engine.ask(question, { k: 5 });
  return answer.answerable ? answer.verdict : 'refused';
};

describe('whether something happened before', () => {
  it('"its first major fire" in another paragraph answers no; «ثالث فيضان» answers yes', async () => {
    expect(await verdictOf('has the faisalabad mill had a major fire before?')).toBe('no');
    expect(await verdictOf('هل صار فيضان قبل هيك بوادي سوات؟')).toBe('yes');
  });

  it('lists the paragraph that decides first, numbered [1], before the lead that names the fire', async () => {
    for (const [question, paragraph] of [['has the faisalabad mill had a major fire before?', 4], ['هل صار فيضان قبل هيك بوادي سوات؟', 3]] as const) {
      const answer = await engine.ask(question, { k: 5 });
      expect(answer.citations[0], question).toMatchObject({ n: 1, paragraph });
      expect(answer.cites, question).toEqual([1]);
    }
  });
});
