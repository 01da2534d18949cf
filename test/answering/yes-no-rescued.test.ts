/**
 * A yes/no question whose best-ranked unit the answerability model refuses is still answered "no" when a unit of that
 * article says the contrary in words the question does not share ("will not sail on public holidays" for "on Christmas
 * day?"), and still refused when no unit does; a question the best-ranked unit answers keeps its verdict. Articles
 * written for the test (topics of no evaluation set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'tromso-ferry',
    title: 'Tromsø ferry timetable',
    language: 'en',
    paragraphs: [
      'TROMSØ – The regional transport company said on Monday that the new electric ferry to Kvaløya will start sailing in May.',
      'Thousands of commuters use the crossing every week, the company said, and tickets will cost the same as on the bus.',
      'The ferry will not sail on public holidays during its first year, when crews are still being trained.',
    ],
  },
  {
    id: 'mukalla-clinic',
    title: 'عيادة متنقلة في المكلا',
    paragraphs: [
      'المكلا – بدأت عيادة متنقلة لطب العيون العمل في أحياء المكلا الشعبية يوم الأحد.',
      'وقال مدير العيادة إن الفحص مجاني للأطفال، وإن العيادة لن تجري عمليات جراحية في مرحلتها الأولى.',
    ],
  },
];

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('yes-no-rescued', ARTICLES);
});

afterAll(() => removeTemporaryDirectories());

const ask = async (question: string) => {
  const answer = await engine.ask(question, { k: 5 });
  return { verdict: answer.answerable ? answer.verdict : 'refused', cited: answer.citations.find((citation) => (answer.cites ?? []).includes(citation.n)) };
};

describe('a yes/no question the best-ranked unit leaves unanswered', () => {
  it('is answered "no" by the unit of its article saying the contrary, which is cited', async () => {
    const { verdict, cited } = await ask('will the tromso ferry sail on christmas day?');
    expect(verdict).toBe('no');
    expect(cited).toMatchObject({ articleId: 'tromso-ferry', paragraph: 3 });
  });

  it('stays refused when no unit of the article says no', async () => {
    expect((await ask('Do only a few dozen commuters take the Kvaløya crossing?')).verdict).toBe('refused');
  });

  it('leaves a question the best-ranked unit answers as it was', async () => {
    expect((await ask('هل تجري عيادة المكلا جراحات لإزالة المياه البيضاء؟')).verdict).toBe('no');
  });
});
