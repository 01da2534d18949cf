/**
 * A Levantine or Egyptian question with the verb of waiting under the dialects' prefix and plural («بيستنوا», «بيستنى»:
 * استنى is MSA's انتظر) over an English report is read as MSA's verb, translated ("wait"), and answered by the sentence
 * giving the wait. Fixture report of another outlet and topic (test/fixtures/dialect-waits: night buses in Nantes).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('dialect-waits', ['dialect-waits', 'outlets', 'siblings']);
});

afterAll(removeTemporaryDirectories);

describe('a dialect question about waiting over an English report', () => {
  it('is answered by the sentence giving the wait, in either dialect form', async () => {
    await expectAnswered(engine, 'كم دقيقة بيستنوا الناس الباص بالليل في نانت؟', { cited: 'nantes-night-buses-2026-04-07#2', holds: 'twenty-five minutes' });
    await expectAnswered(engine, 'قديش بيستنى الواحد الباص بالليل بنانت', { cited: 'nantes-night-buses-2026-04-07#2', holds: 'twenty-five minutes' });
  });
});
