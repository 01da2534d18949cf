/**
 * Yes/no questions whose answer is a value the article gives in another unit ("more than a week?" over «لليوم الرابع»,
 * «أقل من نص ساعة؟» over "twenty-five minutes"), a question asking whether the article gives a value ("do we know
 * when…?" over "did not say when"), a value asked that the passage gives for another verb than the one telling what is
 * asked («طلبت 72 ساعة … ووافقت على 24»), and a delay asked of a thing the article says keeps its date («يبقى في موعده»).
 * Articles written for the test (topics of no evaluation set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'tangier-taxi-strike',
    title: 'إضراب سيارات الأجرة في طنجة',
    paragraphs: [
      'طنجة – تواصل إضراب سائقي سيارات الأجرة في طنجة لليوم الرابع على التوالي احتجاجا على رفع رسوم الرخص.',
      'وقالت النقابة إن أكثر من 900 سائق انضموا إلى الإضراب، فيما تعمل الحافلات بشكل عادي.',
      'أما مباراة الدربي المحلي فتبقى في موعدها يوم الأحد رغم الإضراب.',
      'وطلبت النقابة مهلة 72 ساعة قبل تطبيق الرسوم الجديدة. ووافقت الولاية على مهلة 24 ساعة فقط.',
    ],
  },
  {
    id: 'valletta-ferry-link',
    title: 'Malta opens a fast ferry between Valletta and Gozo',
    language: 'en',
    paragraphs: [
      'VALLETTA – A fast ferry between Valletta and Gozo entered service on Monday, cutting the crossing to twenty-five minutes.',
      'Residents of Gozo who lost income during the works will receive a compensation payment of 2,000 euros each, the transport minister said. He did not say when the first payments would be made.',
      'The ferry carries up to 300 passengers and runs eight times a day.',
    ],
  },
];

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('yes-no-told', ARTICLES);
});

afterAll(() => removeTemporaryDirectories());

const verdictOf = async (question: string) => {
  const answer = await engine.ask(question, { k: 5 });
  return answer.answerable ? answer.verdict : 'refused';
};

describe('a value given in another unit than the question asks', () => {
  it('a bound in weeks is checked against a rank of days', async () => {
    expect(await verdictOf('هل استمر إضراب سائقي سيارات الأجرة في طنجة أكثر من أسبوع؟')).toBe('no');
  });

  it('half an hour is checked against minutes, across languages', async () => {
    expect(await verdictOf('هل تستغرق رحلة العبارة السريعة بين فاليتا وغوزو أقل من نص ساعة؟')).toBe('yes');
  });
});

describe('a value asked against another the passage gives', () => {
  it('the sentence telling the predicate decides («طلبت 72 ساعة … ووافقت على 24»)', async () => {
    expect(await verdictOf('هل وافقت ولاية طنجة على مهلة 72 ساعة قبل تطبيق الرسوم؟')).toBe('no');
  });
});

describe('whether the article gives a value', () => {
  it('"did not say when" answers "do we know when"', async () => {
    expect(await verdictOf('do we know when the gozo compensation payments will be made?')).toBe('no');
  });
});

describe('a delay asked of what keeps its date', () => {
  it('«في موعدها» answers no to «رح يتأجل»', async () => {
    expect(await verdictOf('مباراة الدربي في طنجة رح تتأجل؟')).toBe('no');
  });
});
