/**
 * engine.explain tells the fitting script when a rule refuses the best candidate whatever the answerability model
 * says (answer-confidence.ts): the model's weights do not decide such a question, so the fit leaves it out
 * (scripts/fit-answerability.ts). Articles of other outlets and topics (test/fixtures/countries: an Omani recall, a
 * Cebu ferry-fare report).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('explain-ruled-out', ['countries']);
});

afterAll(removeTemporaryDirectories);

describe('explain', () => {
  it('marks a question a rule refuses (the asker\'s own how-to) as ruled out, with the features still read', async () => {
    for (const question of ['وش افضل شراب للسعال للأطفال؟', 'best cough syrup for kids?']) {
      const read = await engine.explain(question);
      expect(read.features, question).not.toBeNull();
      expect(read.ruledOut, question).toBe(true);
    }
  });

  it('leaves a question about what the reports tell to the model', async () => {
    for (const question of ['كم عبوة من شراب السعال سحبت الوزارة؟', 'how much will the ferry fares rise?']) {
      const read = await engine.explain(question);
      expect(read.ruledOut, question).toBe(false);
    }
  });
});
