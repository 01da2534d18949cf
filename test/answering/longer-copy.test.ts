/**
 * An entry whose body repeats its lead whole and goes on with one more sentence, asked of what only that sentence
 * adds: the two share their best unit, the lead scores a hair above, and the copy holds more of the question (its
 * «شمالا» for «الشمال»), so the copy is cited first (shorter-copy.ts, TUNING.answer.longerCopyLength). The lead
 * alone answers what both say (recap-holds-more.test.ts, shorter-copy). Entries written for the test: the Mamluk
 * sultans and the Ayyubid state.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, firstCited, removeTemporaryDirectories } from '../core/helpers.js';

const lead =
  'سلاطين المماليك هم الحكام الذين تولوا حكم دولة المماليك في مصر والشام بين عامي 1250 و1517، وقد جمعوا بين السلطنة وقيادة الجيش، واتخذوا القاهرة عاصمة لهم، وبنوا فيها المساجد والمدارس والبيمارستانات، وصدوا غزوات المغول والصليبيين عن بلاد الشام ومصر طوال قرنين ونصف.';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('longer-copy', [
    {
      id: 'mamluk-sultans-2026-02-10',
      title: 'سلاطين المماليك',
      paragraphs: [lead, 'وكان السلطان يختار من كبار الأمراء، وقلما ورث الحكم أحد أبنائه.', `${lead} وامتدت أراضي دولتهم من جبال طوروس شمالا إلى النوبة جنوبا، ومن برقة غربا إلى الفرات شرقا.`],
    },
    {
      id: 'ayyubid-state-2026-02-11',
      title: 'الدولة الأيوبية',
      paragraphs: [
        'الدولة الأيوبية دولة أسسها صلاح الدين في مصر، وحكمت الشام واليمن حتى قيام دولة المماليك.',
        'وكانت القاهرة ودمشق أهم مدنها، وامتد نفوذها شمالا حتى ديار بكر.',
        'وفي الشمال كانت حلب مقر فرع من الأسرة الأيوبية.',
        'وحاربت جيوشها الصليبيين على ساحل الشام من الشمال إلى الجنوب.',
      ],
    },
  ]);
});

afterAll(removeTemporaryDirectories);

describe('a lead repeated whole by a paragraph that goes on', () => {
  it('cites the copy that also holds the border asked about', async () => {
    expect((await firstCited(engine, 'ما هي حدود دولة سلاطين المماليك من جهة الشمال؟')).first).toBe('mamluk-sultans-2026-02-10#3');
  });

  it('still cites the lead for what the lead says in full', async () => {
    expect((await firstCited(engine, 'متى حكم سلاطين المماليك مصر والشام؟')).first).toBe('mamluk-sultans-2026-02-10#1');
  });
});
