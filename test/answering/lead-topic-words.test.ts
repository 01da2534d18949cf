/**
 * A report's lead says its headline's words all at once; they tell none of its paragraphs apart. An English question
 * about an Arabic report reads those words through the lexicon ("measles vaccination" for «التطعيم ضد الحصبة»), and
 * they count as the headline's as the Arabic words do, so the sibling holding what is asked (why it was delayed) comes
 * before the lead. A report written for the test, of another outlet and topic than the probes'.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, firstCited, removeTemporaryDirectories } from '../core/helpers.js';

describe("the headline's words across languages, which tell a report's paragraphs apart no more than in its own", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('lead-topic-words', ['lead-values', 'siblings', 'lead-siblings']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('cites the paragraph giving the reason for an English why-question, not the Arabic lead naming the campaign', async () => {
    const { first } = await firstCited(engine, 'why is the nyala measles vaccination delayed', 'en');
    expect(first).toBe('nyala-measles-campaign-2026-10-14#2');
  });

  it('cites the paragraph on the cold chain, not the lead, when the question names the campaign in English', async () => {
    const { first } = await firstCited(engine, 'what put the cold chain at risk in the nyala measles campaign?', 'en');
    expect(first).toBe('nyala-measles-campaign-2026-10-14#2');
  });
});
