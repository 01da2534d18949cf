/**
 * A report's lead often gives a number of its own (how long, how hot) beside the question's names; a "how many" question
 * asking something else ("how many pupils are affected") is answered by the sibling that names what is counted and
 * holds the question's other words, not by the lead that merely holds a number. A lead giving the number asked keeps
 * its place. A report of another outlet and topic than the probes', written for the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, firstCited, removeTemporaryDirectories } from '../core/helpers.js';

describe('a lead holding a number yielding to the sibling that counts what is asked', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('lead-number-yields', ['lead-values', 'siblings', 'lead-siblings']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('cites the paragraph counting the pupils, not the lead giving the days and the heat', async () => {
    const { first } = await firstCited(engine, 'how many pupils are affected by the multan district shutting its schools?', 'en');
    expect(first).toBe('multan-heat-schools-2026-06-02#2');
  });

  it('cites the paragraph counting the pupils for a question worded as the headline', async () => {
    const { first } = await firstCited(engine, 'how many pupils does the school shutdown in multan affect', 'en');
    expect(first).toBe('multan-heat-schools-2026-06-02#2');
  });

  it('keeps the lead first when it gives the number asked', async () => {
    const { first } = await firstCited(engine, 'for how many days are multan schools shut?', 'en');
    expect(first).toBe('multan-heat-schools-2026-06-02#1');
  });
});
