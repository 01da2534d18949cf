/**
 * A question naming only a verb and what it asks («متى افتتحت؟», asked after another question or in a hurry):
 * the verb's other forms are searched, and the passage where a date stands beside one of them answers, not the
 * one that shares the verb without a date, nor a date beside a word of the verb's root that is another word.
 * Articles of three outlets and topics written for the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { valueBesideVerb } from '../../src/core/answer/verb-value.js';
import type { Engine } from '../../src/core/engine.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { subjectlessVerb } from '../../src/core/question/subjectless.js';
import type { QueryTerm } from '../../src/core/retrieval/query.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'tangier-library',
    title: 'مكتبة طنجة العامة',
    paragraphs: [
      'تضم مكتبة طنجة العامة أكثر من مئتي ألف كتاب ومخطوطة، ويزورها الطلاب والباحثون من مدن الشمال كل يوم.',
      'افتتح مبنى المكتبة الجديد في مارس 1998 بعد ترميم دام ثلاث سنوات لقصر قديم قرب الميناء.',
      'وتنظم المكتبة ورشات للقراءة لفائدة الأطفال، وتعير الكتب مجانا لسكان المدينة.',
    ],
  },
  {
    id: 'sousse-festival',
    title: 'مهرجان سوسة للمسرح',
    paragraphs: [
      'شهد حفل افتتاح مهرجان سوسة للمسرح في يوليو 2024 حضور فرق من تونس والجزائر وليبيا.',
      'وقالت مديرة المهرجان إن الدورة المقبلة ستفتح أبوابها للفرق الشابة، وإن لجنة الاختيار افتتحت باب الترشح دون أن تحدد موعدا.',
    ],
  },
  {
    id: 'amman-bridge',
    title: 'جسر عمان الجديد',
    paragraphs: ['يبلغ طول الجسر الجديد في عمان 1200 متر، ويربط حي الشميساني بطريق المطار منذ عام 2019.'],
  },
];

describe('a question that names no subject, only its verb', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverArticles('subjectless', ARTICLES);
  });
  afterAll(() => removeTemporaryDirectories());

  it('is answered by the passage holding a date beside another form of its verb', async () => {
    const answer = await engine.ask('متى افتتحت؟', { k: 5 });
    expect(answer.citations[0]).toMatchObject({ articleId: 'tangier-library', paragraph: 2 });
  });

  it('reads a date or number question of one verb, not a question naming its subject', () => {
    const formOf = (group: string): QueryTerm[] => [{ term: 'افتتح', weight: 0.7, group, credit: 0.7, paraphrase: true }];
    expect(subjectlessVerb(readQuestion('متى افتتحت؟', 'ar'), formOf('افتتحت'))).toBe('افتتحت');
    expect(subjectlessVerb(readQuestion('من هو عيسى؟', 'ar'), [])).toBeNull();
    expect(subjectlessVerb(readQuestion('لماذا افتتحت؟', 'ar'), formOf('افتتحت'))).toBeNull();
    // A root-mate is another word («افتتاح» for «افتتحت»): it does not make the question one of a verb.
    expect(subjectlessVerb(readQuestion('متى افتتحت؟', 'ar'), [{ term: 'افتتاح', weight: 0.5, group: 'افتتحت', credit: 0.5, paraphrase: true }])).toBeNull();
  });

  it('sees a value of the kind asked only within reach of the verb', () => {
    const verb = new Set(['افتتح']);
    expect(valueBesideVerb('افتتح مبنى المكتبة الجديد في مارس 1998 بعد ترميم.', verb, 'date')).toBe(true);
    expect(valueBesideVerb('افتتح المبنى بعد ترميم دام طويلا لقصر قديم قرب الميناء الذي بني في 1890.', verb, 'date')).toBe(false);
    expect(valueBesideVerb('افتتح المبنى في 1998.', verb, 'number')).toBe(false);
  });
});
