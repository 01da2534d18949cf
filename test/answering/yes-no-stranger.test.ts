/**
 * Yes/no questions as a stranger types them: the passage says the thing "rather than" what is asked, spares someone
 * what is asked, criticises what the question asks someone is ok with, keeps a place connected that the question asks
 * was cut off, restores something partly that is asked to be fully back; numbers written "20k" or before an adjective
 * ("more than 2000 suspected cases"); a dialect question opening on a future marker («رح»); "is this the first…?"
 * decided by the paragraph ranking the same thing; a plan is no "yes" to whether it happened.
 * Articles written for the test (topics of no evaluation set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'bursa-market-stalls',
    title: 'Bursa rents out its new covered market stalls',
    language: 'en',
    paragraphs: [
      'BURSA – The city council approved 400 stalls in the new covered market on Monday.',
      'The stalls will be rented to traders for five years rather than sold, for a monthly rent of 15,000 lira.',
      'Small bakeries will be spared the new waste levy until March 2027.',
      'The teachers union criticised the timing of the market opening, saying it clashes with the school exams.',
      'Work on a second market hall is due to begin in 2027.',
    ],
  },
  {
    id: 'sousse-power-cut',
    title: 'انقطاع الكهرباء في الساحل التونسي',
    paragraphs: [
      'تعطلت محطة التحويل الرئيسية في الساحل التونسي ليلة الأحد، وأعلنت شركة الكهرباء حالة الطوارئ.',
      'وتأثر بالانقطاع نحو مليون مشترك، فيما بقيت مدينة المنستير متصلة بالشبكة عبر خط احتياطي.',
      'وقال مدير الشركة إن التيار عاد جزئيا إلى مدينة سوسة صباح الاثنين.',
      'وقالت الهيئة الوطنية للطاقة إنها لن تفرض غرامة على شركة الكهرباء لأن العطل خارج عن إرادتها.',
      'وسجلت وزارة الصحة منذ بداية الشهر 2140 إصابة مشتبها بها بالحصبة في ولاية سوسة.',
      'ودعا والي سوسة مسؤولي شركة الكهرباء في الساحل التونسي إلى اجتماع، هو الأول منذ بداية انقطاع الكهرباء.',
      'وليس هذا الانقطاع الأول، ففي مارس 2024 توقف التيار يومين بعد عاصفة.',
    ],
  },
];

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('yes-no-stranger', ARTICLES);
});

afterAll(() => removeTemporaryDirectories());

const verdictOf = async (question: string) => {
  const answer = await engine.ask(question, { k: 5 });
  return answer.answerable ? answer.verdict : 'refused';
};

describe('a passage negating what is asked in other words', () => {
  it('"rather than" negates what follows it', async () => {
    expect(await verdictOf('will the bursa market stalls be sold to traders?')).toBe('no');
  });

  it('sparing someone a thing answers "no" to whether they get it', async () => {
    expect(await verdictOf('do small bakeries in bursa get the waste levy too?')).toBe('no');
  });
});

describe('opposites of a stranger\'s words', () => {
  it('criticising is no being ok with it', async () => {
    expect(await verdictOf('is the teachers union ok with the timing of the bursa market opening?')).toBe('no');
  });

  it('a city that stayed connected was not cut off', async () => {
    expect(await verdictOf('هل انقطعت الكهرباء عن مدينة المنستير ايضا؟')).toBe('no');
  });

  it('a service restored partly is not fully back', async () => {
    expect(await verdictOf('هل عاد التيار بالكامل إلى مدينة سوسة؟')).toBe('no');
  });
});

describe('numbers as a stranger writes them', () => {
  it('reads "20k" as twenty thousand', async () => {
    expect(await verdictOf('is the monthly rent for the bursa market stalls above 20k lira?')).toBe('no');
  });

  it('a bounded four-digit number before a noun is a count, not a year', async () => {
    expect(await verdictOf('were more than 2000 suspected measles cases recorded in sousse?')).toBe('yes');
  });
});

describe('reading the question', () => {
  it('a dialect question opening on a future marker asks yes or no', async () => {
    expect(await verdictOf('رح تغرّم الهيئة الوطنية للطاقة شركة الكهرباء عالعطل؟')).toBe('no');
  });

  it('a rank asked is decided by the paragraph ranking the same thing', async () => {
    expect(await verdictOf('هل هذا أول انقطاع للكهرباء في الساحل التونسي؟')).toBe('no');
  });

  it('a plan is no "yes" to whether it has happened', async () => {
    expect(await verdictOf('Has work on the second Bursa market hall already begun?')).not.toBe('yes');
  });
});
