/**
 * A question asking the asker's own how-to or a recommendation is refused, though it shares words with an article
 * (src/core/question/advice-question.ts, the rule in answer-confidence.ts): a recall notice does not say which cough
 * syrup is best, nor how to make one. A question about what the article reports is still answered. Articles of other
 * outlets and topics (test/fixtures/countries: an Omani recall, a Cebu ferry-fare report).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('advice-questions', ['countries']);
});

afterAll(removeTemporaryDirectories);

describe('advice questions', () => {
  it('refuses a recommendation or a how-to that shares the recall\'s words', async () => {
    for (const question of ['وش افضل شراب للسعال للأطفال؟', 'ازاي اعمل شراب للسعال في البيت؟', 'best cough syrup for kids?']) {
      const answer = await engine.ask(question);
      expect(answer.answerable, question).toBe(false);
    }
  });

  it('answers what the reports tell, asked with the same words', async () => {
    for (const question of ['كم عبوة من شراب السعال سحبت الوزارة؟', 'how much will the ferry fares rise?']) {
      const answer = await engine.ask(question);
      expect(answer.answerable, question).toBe(true);
    }
  });
});
