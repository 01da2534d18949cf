/**
 * Arabic questions, standard and dialect, over English articles that have no
 * Arabic translation (test/fixtures/outlets: a dock strike in Portugal, a bus
 * plan, a metro line, beside Arabic reports of other ports and water): the
 * question's words reach the English text through the offline lexicon, and the
 * answer quotes the English paragraph as published.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, expectAnswered, firstCited, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('arabic-over-english', ['outlets']);
});

afterAll(removeTemporaryDirectories);

describe('Arabic questions over English-only articles', () => {
  it('answers a standard Arabic question from the English paragraph, quoted as published', async () => {
    expect(engine.articles().find((article) => article.meta.id === 'harbour-strike-2025-03-04')?.translation).toBeNull();
    await expectAnswered(engine, 'كم عامل انضم إلى الإضراب؟', { cited: 'harbour-strike-2025-03-04#2', holds: /600 workers/ });
    await expectAnswered(engine, 'متى تستأنف المحادثات بين النقابة والشركة؟', { cited: 'harbour-strike-2025-03-04#6', holds: /Thursday/ });
  });

  it('sets the English quote on a line of its own under the Arabic label, so it reads left to right whole', async () => {
    const { answer } = await firstCited(engine, 'كم عامل انضم إلى الإضراب؟');
    const lines = answer.answer.split('\n');
    const quoteLine = lines.find((line) => line.includes('600 workers'));
    expect(quoteLine).toMatch(/^“/);
    expect(quoteLine).toMatch(/” \[1\]$/);
    expect(lines.some((line) => /^المقطع بالإنجليزية كما نُشر:$/.test(line))).toBe(true);
  });

  it('reads a nisba adjective as the country the English text names («البرتغالية» → Portugal), in a dialect question', async () => {
    await expectAnswered(engine, 'وين راحت السفن البرتغالية؟', { cited: 'harbour-strike-2025-03-04#4', holds: /Algeciras/ });
  });

  it('reads a dialect verb as its standard form before translating it («وقف الشغل»: the walk-out)', async () => {
    const { answer, first } = await firstCited(engine, 'ليش وقف العمال الشغل؟');
    expect(first).toBe('harbour-strike-2025-03-04#1');
    expect(answer.answerable).toBe(true);
  });

  it('leaves out a question word the lexicon cannot translate («حولت»): unknown, not missing from the English paragraph', async () => {
    const { answer } = await firstCited(engine, 'الى اين حولت السفن؟');
    expect(answer.answerable).toBe(true);
    expect(answer.answer).toMatch(/Algeciras/);
  });

  it('answers a question whose words reach the English paragraph only through the lexicon, as its own-language twin is', async () => {
    await expectAnswered(engine, 'كل كم دقيقة ستمر القطارات في ساعات الذروة؟', { cited: 'almaty-metro-2025-02-01#2', holds: /every six minutes/ });
  });

  it('refuses a question of that kind about a city or a minister no article names', async () => {
    for (const question of ['كم محطة جديدة افتتحت في طشقند؟', 'ماذا قال وزير البنية التحتية كارلوس روشا؟']) {
      const { answer } = await firstCited(engine, question);
      expect(answer.answerable).toBe(false);
    }
  });

  it('still refuses the same question about a place the lexicon knows and no article names', async () => {
    for (const place of ['طوكيو', 'فرنسا']) {
      const { answer } = await firstCited(engine, `الى اين حولت السفن في ${place}؟`);
      expect(answer.answerable).toBe(false);
    }
  });
});
