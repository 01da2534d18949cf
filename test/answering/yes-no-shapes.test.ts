/**
 * Yes/no questions strangers type without «هل» or an auxiliary first — a statement telling an event with a date or
 * organisation word in it, a comparison stated and asked, an English question closed on "or not" — and passages saying
 * a thing is only sought or called for, which answer "no" to whether it is so. Articles written for the test (topics
 * of no evaluation set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'tartu-bike-share',
    title: 'Tartu adds electric bikes to its bike-share scheme',
    language: 'en',
    paragraphs: [
      "TARTU – The city's bike-share scheme will add 300 electric bikes this spring, the transport office said on Monday.",
      'A repair van visits the bike docks in the suburbs twice a week.',
      'A cyclists group welcomed the plan but said it should also cover the villages north of the city.',
    ],
  },
  {
    id: 'sidon-fishing-port',
    title: 'رسوم جديدة في ميناء صيدا',
    paragraphs: [
      'صيدا – قررت بلدية صيدا رفع رسوم رسو قوارب الصيد ابتداء من الشهر المقبل.',
      'ورفضت نقابة الصيادين في صيدا القرار، ودعت إلى اعتصام أمام البلدية يوم الجمعة.',
      'ويباع السمك في سوق صيدا بسعر أرخص من سعره في أسواق بيروت.',
      'ويسعى صيادو صيدا إلى تصدير السمك إلى قبرص لأول مرة.',
    ],
  },
];

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('yes-no-shapes', ARTICLES);
});

afterAll(() => removeTemporaryDirectories());

const answerTo = async (question: string) => {
  const answer = await engine.ask(question, { k: 5 });
  return { type: answer.answerType, verdict: answer.answerable ? answer.verdict : 'refused' };
};

describe('yes/no questions without a question word', () => {
  it('reads a statement telling an event as asking whether it is so, though it names a year or a company', () => {
    expect(readQuestion('النقابة رفضت القرار السنة اللي فاتت؟', 'ar').type).toBe('yes_no');
    expect(readQuestion('يعني الشركة بترفع الأسعار؟', 'ar').type).toBe('yes_no');
    // A verb in a relative clause tells what the asked thing is: still a value question.
    expect(readQuestion('الشركة اللي فازت بالعقد؟', 'ar').type).not.toBe('yes_no');
  });

  it('reads a comparison stated with a question mark as asking whether it holds', async () => {
    expect(await answerTo('سعر السمك في صيدا ارخص من بيروت؟')).toEqual({ type: 'yes_no', verdict: 'yes' });
  });

  it('reads «من» after a comparative opening the question as "than", not "who"', () => {
    expect(readQuestion('اكثر من نص الصيادين في صيدا رفضوا القرار؟', 'ar').type).toBe('yes_no');
    expect(readQuestion('أقل من مية قارب بتدفع الرسوم؟', 'ar').type).toBe('yes_no');
    expect(readQuestion('من أكثر من اعترض على القرار؟', 'ar').type).toBe('person');
  });

  it('reads an English question closed on "or not" as yes/no', async () => {
    expect(await answerTo('tartu repair van at the suburb bike docks, daily or not?')).toEqual({ type: 'yes_no', verdict: 'no' });
  });
});

describe('what is only sought or called for', () => {
  it('answers "no" to whether it is so', async () => {
    expect((await answerTo('هل يصدر صيادو صيدا السمك إلى قبرص؟')).verdict).toBe('no');
    expect((await answerTo('does the tartu bike-share cover the villages north of the city?')).verdict).toBe('no');
  });

  it('leaves what the question itself asks was called for to the passage', async () => {
    expect((await answerTo('did the tartu cyclists group say the scheme should also cover the villages north of the city?')).verdict).not.toBe('no');
  });
});
