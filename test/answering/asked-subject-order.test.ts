/**
 * Two reports of the same kind about different places: a question naming one place is answered from the report about
 * it, whose paragraph giving the value leaves the place to the headline, not from the other report's paragraph that
 * shares more of the question's wording but is about another place (article-subject.ts, candidates.ts). Articles
 * written for the test (topics of no evaluation set). A fact only the other report gives stays refused
 * (rival-frame.ts): test/answering/other-subject.test.ts.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'sfax-ferry-terminal',
    title: 'محطة جديدة للعبارات في صفاقس',
    paragraphs: [
      'صفاقس – دشنت وزارة النقل أمس محطة جديدة للعبارات في ميناء صفاقس تربط المدينة بجزر قرقنة.',
      'وبلغت كلفتها 18 مليون دينار، مولها البنك الأوروبي للاستثمار.',
      'واستغرقت الأشغال عامين، وتستوعب المحطة ألفي مسافر يوميا في موسم الصيف.',
    ],
  },
  {
    id: 'gabes-ferry-terminal',
    title: 'توسعة محطة العبارات في قابس',
    paragraphs: [
      'قابس – بدأت أشغال توسعة محطة العبارات في ميناء قابس التجاري.',
      'وقالت الوزارة إن كلفة أشغال توسعة محطة العبارات ستبلغ 9 ملايين دينار.',
      'ويتوقع أن تنتهي الأشغال في ربيع العام المقبل.',
    ],
  },
  {
    id: 'rosslare-ferry-terminal',
    title: 'New ferry terminal opens in Rosslare',
    language: 'en',
    paragraphs: [
      'ROSSLARE – A new ferry terminal opened at the port of Rosslare on Friday, with sailings to Roscoff and Santander.',
      'The terminal cost 31 million euros to build, paid for by the port company and a state grant.',
    ],
  },
  {
    id: 'waterford-ferry-terminal',
    title: 'Waterford ferry terminal to be extended',
    language: 'en',
    paragraphs: [
      'WATERFORD – Work has started on extending the ferry terminal at the port of Waterford.',
      'The cost of extending the ferry terminal will be 12 million euros, the port company said.',
    ],
  },
];

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('asked-subject-order', ARTICLES);
});

afterAll(() => removeTemporaryDirectories());

describe('a question naming the place one of two reports of the same kind is about', () => {
  it('is answered from the report about that place, in Arabic', async () => {
    await expectAnswered(engine, 'كم بلغت كلفة أشغال محطة العبارات في صفاقس؟', { cited: 'sfax-ferry-terminal#2', holds: '18 مليون دينار' });
  });

  it('is answered from the report about that place, in English', async () => {
    await expectAnswered(engine, 'what was the cost of the ferry terminal in rosslare?', { cited: 'rosslare-ferry-terminal#2', holds: '31 million euros' });
  });
});
