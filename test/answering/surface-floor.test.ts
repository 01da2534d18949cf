/**
 * A chat question on no article's topic ("who won the world cup?") can still reach a passage through a common word
 * or a guessed spelling, and share almost none of its wording: it is refused, while questions about the reports,
 * in dialect or in English, are answered. Reports of other outlets and topics (test/fixtures/siblings, lists,
 * plans, scene: Basra dockers, Oran clinics, a Tbilisi cable car, trade talks, a harbour museum, Nile basin talks).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, expectAnswered, expectRefused, removeTemporaryDirectories } from '../core/helpers.js';

describe('a passage sharing almost no wording with the question', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('surface-floor', ['siblings', 'lists', 'plans', 'scene']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('does not answer a general-knowledge question asked in dialect', async () => {
    await expectRefused(engine, 'مين كسب كاس العالم؟');
  });

  it('still answers a dialect question about a report', async () => {
    await expectAnswered(engine, 'قديش عامل انضم لإضراب ميناء البصرة؟', { cited: 'basra-dockers-2026-04-18#2', holds: '800' });
  });

  it('still answers an English question about a report', async () => {
    await expectAnswered(engine, 'tbilisi cable car how often do cabins leave?', { holds: 'every four minutes', lang: 'en' });
  });
});
