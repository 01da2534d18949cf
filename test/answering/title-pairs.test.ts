/**
 * A name the article's title holds is what every paragraph of it is about: the paragraph that writes it as the
 * question does («سامي النجار») is not preferred to the one that writes it in full («سامي خليل النجار») for that
 * alone. Articles of three outlets and topics written for the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { PassageMatcher, stemPairs } from '../../src/core/retrieval/passage-match.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'architect-profile',
    title: 'سامي النجار',
    paragraphs: [
      'سامي خليل النجار (مواليد 1961) مهندس معماري أردني، صمم مبنى المتحف الوطني في عمان عام 2005 وعدة مدارس في الزرقاء.',
      'وانتقد سامي النجار في مقابلة صحفية خطط البلدية لتوسيع الطرق في وسط المدينة القديمة.',
    ],
  },
  {
    id: 'zarqa-schools',
    title: 'مدارس الزرقاء',
    paragraphs: ['افتتحت وزارة التربية ثلاث مدارس جديدة في الزرقاء هذا العام، صممها مكتب هندسي محلي.'],
  },
  {
    id: 'amman-roads',
    title: 'طرق عمان',
    paragraphs: ['أعلنت بلدية عمان خطة لتوسيع الطرق في وسط المدينة، وقال مهندسوها إن العمل يبدأ في الربيع.'],
  },
];

describe("a name the article's title holds", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverArticles('title-pairs', ARTICLES);
  });
  afterAll(() => removeTemporaryDirectories());

  it('counts as written in each of its paragraphs', () => {
    const matcher = new PassageMatcher('ما مهنة سامي النجار؟', () => 1);
    const [full, asAsked] = ARTICLES[0]!.paragraphs;
    expect(matcher.score(full!)).toBeLessThan(matcher.score(asAsked!));
    expect(matcher.score(full!, stemPairs(ARTICLES[0]!.title))).toBeGreaterThan(matcher.score(full!));
  });

  it('leaves the paragraph that answers first, though another writes the name as asked', async () => {
    const answer = await engine.ask('متى ولد سامي النجار؟', { k: 5 });
    expect(answer.citations[0]).toMatchObject({ articleId: 'architect-profile', paragraph: 1 });
  });
});
