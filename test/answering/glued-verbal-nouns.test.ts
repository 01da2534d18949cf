/**
 * A verbal noun the press writes with a preposition glued in front («برئاسة»، «لزيارة») is indexed as a light stem
 * without its taa marbuta («برياس»), which no dictionary lists: its root-mates («رئيس») must still meet it. A report of
 * another outlet and topic (test/fixtures/glued-prepositions: a Mauritanian fisheries committee).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { paraphraseTerms } from '../../src/core/retrieval/paraphrase.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { stemToken } from '../../src/core/text/tokenize.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

describe('a root-mate written with a glued preposition and a taa marbuta', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('glued-verbal-nouns', ['glued-prepositions', 'siblings', 'lists']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('«رئيس» finds «برئاسة» among its root-mates', () => {
    const found = paraphraseTerms(engine.index, [normalizeText('رئيس')]).map((term) => term.term);
    expect(found).toContain(stemToken(normalizeText('برئاسة')));
  });

  it('«مين رئيس اللجنة؟» cites the paragraph saying who heads it, not one that only names the committee', async () => {
    await expectAnswered(engine, 'مين رئيس اللجنة؟', { cited: 'nouakchott-fisheries-committee-2026-05-12#1', holds: 'مريم' });
  });
});
