/**
 * An English question over Arabic-only reports: the dictionary renders a word in one form (defeat → «الهزيمة», the
 * noun) where the report that answers writes another of the same root (the verb «هزم»). The other form counts as
 * finding the word, at a root-mate's credit, as it does for an Arabic question's own word; a form of another root
 * does not, nor one that shares only a root with a weak radical.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { analyseQuestion } from '../../src/core/question/analyse-question.js';
import { groupPresence, paragraphStems } from '../../src/core/retrieval/evidence.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

describe('a translated word met in another form of its root', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await engineOverArticles('sense-root-mates', [
      { id: 'derby', title: 'الوحدة يفوز في الدربي', paragraphs: ['هزم فريق الوحدة ضيوفه من نادي الشعلة بثلاثة أهداف مقابل هدف في ملعب المدينة مساء السبت.', 'وسجل المهاجم سامر العلي هدفين في الشوط الثاني.'] },
      { id: 'league', title: 'الشعلة يتراجع', paragraphs: ['تراجع نادي الشعلة إلى المركز الخامس بعد الهزيمة الثالثة هذا الموسم.', 'وقال المدرب إن الفريق سيعود أقوى في المباراة المقبلة.'] },
      { id: 'museum', title: 'متحف الثورة', paragraphs: ['أثار قرار إغلاق المتحف جدلا واسعا في المدينة.', 'ويروي المتحف تاريخ الثورة في القرن الماضي.'] },
    ]);
  });

  afterAll(removeTemporaryDirectories);

  /** How much of the question word `group` the paragraph holds (0: not found). */
  function found(question: string, group: string, articleId: string, paragraph: number): number {
    const { terms } = analyseQuestion(engine.index, question, 'en');
    const article = engine.articles().find((candidate) => candidate.meta.id === articleId)!;
    const head = article.paragraphs[paragraph - 1]!;
    return groupPresence(engine.index, terms, paragraphStems(engine.index, head), false).get(group)?.found ?? 0;
  }

  it('counts the verb «هزم» as the "defeat" the dictionary renders «الهزيمة», less than the word itself', () => {
    const question = 'Who did the team defeat on Saturday?';
    expect(found(question, 'defeat', 'league', 1)).toBe(1);
    const other = found(question, 'defeat', 'derby', 1);
    expect(other).toBeGreaterThan(0);
    expect(other).toBeLessThan(1);
  });

  it('does not count a paragraph with no form of the root', () => {
    expect(found('Who did the team defeat on Saturday?', 'defeat', 'derby', 2)).toBe(0);
  });

  it('does not relate words through a weak radical: "raise" rendered «أثار» is not the «الثورة» of the same folded root', () => {
    const question = 'What did the closure raise?';
    expect(found(question, 'raise', 'museum', 1)).toBe(1);
    expect(found(question, 'raise', 'museum', 2)).toBe(0);
  });
});
