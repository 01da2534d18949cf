/**
 * A yes/no answer says "yes" only when its passage tells what is asked: a paragraph sharing the question's names and
 * objects but telling another event leaves the answer to the paragraph that tells it (or its opposite), a matter the
 * passage says is still under study is no "yes", and a rank («للمرة الثالثة») is checked as a value. Articles written
 * for the test (topics of no evaluation set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'nabeul-bird-park',
    title: 'توسيع حديقة نابل للطيور',
    paragraphs: [
      'نابل – أعلنت بلدية نابل أمس توسيع حديقة نابل للطيور لتشمل البحيرة المجاورة التي تعيش فيها طيور النحام الوردية، بعد دراسة استمرت عامين.',
      'وقال مدير الحديقة إن أعداد طيور النحام فيها تراجعت خلال ثلاث سنوات بسبب الجفاف، وإن الفريق سيضع أحواضا جديدة قبل الشتاء.',
    ],
  },
  {
    id: 'bizerte-quay',
    title: 'طلب لتوسيع رصيف الركاب في ميناء بنزرت',
    paragraphs: [
      'بنزرت – قدمت شركة النقل البحري طلبا لتوسيع رصيف الركاب في ميناء بنزرت، وقال مديرها إن الطلب ما زال قيد الدراسة لدى وزارة التجهيز.',
      'وفازت الشركة بجائزة أفضل ناقل بحري للمرة الثانية هذا العام.',
    ],
  },
  {
    id: 'cork-tram',
    title: 'Cork tram extension request',
    language: 'en',
    paragraphs: [
      'CORK – The city council said the request to extend the tram line to the airport is still under review by the transport ministry.',
      'The tram line carried its ten millionth passenger in March, the council said.',
    ],
  },
];

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('yes-no-deciding-passage', ARTICLES);
});

afterAll(() => removeTemporaryDirectories());

const ask = async (question: string) => {
  const answer = await engine.ask(question, { k: 5 });
  return { verdict: answer.answerable ? answer.verdict : 'refused', cited: answer.citations.find((citation) => (answer.cites ?? []).includes(citation.n)) };
};

describe('the passage that decides a yes/no question', () => {
  it('is the paragraph telling the event asked or its opposite, not one sharing only its names', async () => {
    const { verdict, cited } = await ask('هل ارتفعت أعداد طيور النحام في حديقة نابل للطيور؟');
    expect(verdict).toBe('no');
    expect(cited).toMatchObject({ articleId: 'nabeul-bird-park', paragraph: 2 });
  });
});

describe('a matter still pending', () => {
  it('is no "yes" to whether it was approved, in either language', async () => {
    expect((await ask('هل وافقت وزارة التجهيز على توسيع رصيف الركاب في ميناء بنزرت؟')).verdict).not.toBe('yes');
    expect((await ask('Did the transport ministry approve extending the Cork tram line to the airport?')).verdict).not.toBe('yes');
  });

  it('still answers "yes" to whether it was asked for', async () => {
    expect((await ask('هل قدمت شركة النقل البحري طلبا لتوسيع رصيف الركاب في ميناء بنزرت؟')).verdict).toBe('yes');
  });
});

describe('a rank', () => {
  it('answers "no" when the passage gives another rank of the same thing', async () => {
    expect((await ask('هل فازت شركة النقل البحري بجائزة أفضل ناقل بحري للمرة الثالثة؟')).verdict).toBe('no');
    expect((await ask('هل فازت شركة النقل البحري بجائزة أفضل ناقل بحري للمرة الثانية؟')).verdict).toBe('yes');
  });
});
