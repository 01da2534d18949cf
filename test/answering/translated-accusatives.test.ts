/**
 * An English question over reports only in Arabic: the lexicon's rendering is kept in the form the corpus writes most
 * («الرواتب», "salary", in a report on teachers' pay) while the report that answers writes the word only under the
 * accusative alef its tanween leaves («يتقاضى راتبًا»), which the light stemmer keeps. That form is a root-mate of the
 * rendering as the bare noun would be (retrieval/arabic-paraphrase.ts `senseRootMates`). Reports written for the test:
 * nurses' pay in Irbid hospitals, a teachers' protest in Zarqa.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

const NURSES = {
  id: 'irbid-nurses-pay-2026-05-11',
  title: 'مستشفيات إربد تعين ممرضين جددا',
  language: 'ar',
  paragraphs: [
    'أعلنت مديرية الصحة في إربد يوم الأحد تعيين 140 ممرضا وممرضة في مستشفيات المحافظة الثلاثة.',
    'ويتقاضى الممرض المعين حديثا راتبا شهريا قدره 620 دينارا، بحسب المديرية.',
    'وقالت نقابة الممرضين إن عدد الممرضين في إربد ما زال أقل من حاجة المستشفيات، وطالبت بتحسين ظروف العمل في أقسام الطوارئ.',
  ],
};

const TEACHERS = {
  id: 'zarqa-teachers-pay-2026-04-02',
  title: 'معلمو الزرقاء يطالبون بزيادة الرواتب',
  language: 'ar',
  paragraphs: ['نظم معلمو المدارس الحكومية في الزرقاء وقفة احتجاجية يوم الخميس للمطالبة بزيادة الرواتب.', 'وقال المعلمون إن الرواتب لم ترتفع منذ أربع سنوات.'],
};

describe('an English question over an Arabic report writing the rendering under the accusative alef', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await engineOverArticles('translated-accusatives', [NURSES, TEACHERS]);
  });

  afterAll(removeTemporaryDirectories);

  it('counts the accusative form of a root-mate as the rendered word', async () => {
    const explained = await engine.explain('what is the salary of a nurse in irbid');
    expect(explained.scorer.terms.some((term) => term.translated && term.group === 'salary' && term.term === 'راتبا')).toBe(true);
  });

  it('answers from the paragraph that writes it so', async () => {
    await expectAnswered(engine, 'what is the salary of a nurse in irbid', { cited: `${NURSES.id}#2`, holds: '620' });
  });
});
