/**
 * An English verb asked of a report that writes its synonym in the verb's usual sense ("what did the mayor talk
 * about" over "speaking to the union"; knowledge/language/english-verb-synonyms.tsv, WordNet 3.0): the synonym counts
 * as the question's word, while a word the corpus never uses stays one the corpus lacks however many synonyms it
 * holds ("when will they buy more tugboats?" over a report of tugboats purchased last year). Report written for the test:
 * a mayor's meeting with the fishermen of Valparaíso.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { verbSynonyms } from '../../src/core/text/english-verb-synonyms.js';
import { engineOverArticles, expectAnswered, expectRefused, removeTemporaryDirectories } from '../core/helpers.js';

const HARBOUR = {
  id: 'valparaiso-fishermen-quay-2026-04-15',
  title: 'Valparaíso mayor meets the fishermen of the old harbour',
  language: 'en',
  paragraphs: [
    'Valparaíso mayor Camila Nieto met the artisanal fishermen of the old harbour at its hall on Tuesday.',
    'The fishermen’s union had talked for months with the port authority about fuel prices.',
    'Speaking to the union, Nieto promised lower quay fees and the dredging of the inner harbour, to start in spring.',
    'The port authority purchased two tugboats last year and is still repairing the northern breakwater.',
  ],
};

describe('an English verb said in its synonym', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await engineOverArticles('english-verb-synonyms', [HARBOUR]);
  });

  afterAll(removeTemporaryDirectories);

  it('finds the verbs of its usual sense in any inflection, not those of a rarer one', () => {
    expect(verbSynonyms('talking')).toContain('speak');
    expect(verbSynonyms('keep')).toContain('maintain');
    expect(verbSynonyms('hold')).toEqual([]);
  });

  it('counts the synonym as the question’s word', async () => {
    await expectAnswered(engine, 'what did nieto talk about with the union?', { cited: `${HARBOUR.id}#3` });
  });

  it('leaves a word the corpus never uses absent though its synonym is there', async () => {
    const explained = await engine.explain('when will they buy more tugboats?');
    expect(explained.scorer.terms.some((term) => term.group === 'buy' && term.term === 'purchase')).toBe(true);
    expect(explained.features?.absentKnown).toBeGreaterThan(0);
    await expectRefused(engine, 'when will they buy more tugboats?');
  });
});
