/**
 * A recap that repeats its report's lead and goes on, asked a question whose words reach into what only the recap
 * goes on to say: the recap holds more of the question than the lead it repeats, so it is cited, though the unit
 * shown (the capacity) is the lead's sentence word for word. Two reports of other outlets and topics, written for
 * the test; the lead alone is cited for what both say (shorter-copy.test.ts).
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

describe('a recap holding more of the question than the lead it repeats', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('recap-holds-more', ['recap-more']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('cites the recap, which also names the olive groves asked about', async () => {
    await expectAnswered(engine, 'كم تبلغ سعة تخزين سد وادي الكبير الذي يسقي الزيتون؟', { cited: 'oued-kebir-dam-2026-03-15#3', holds: '90 مليون متر مكعب', lang: 'ar' });
  });

  it('does the same in English', async () => {
    await expectAnswered(engine, 'How much water does the Kilbride reservoir for the orchards hold?', { cited: 'kilbride-reservoir-2026-04-20#3', holds: '12 million cubic metres', lang: 'en' });
  });

  it('still cites the lead for what the lead says in full', async () => {
    await expectAnswered(engine, 'كم تبلغ سعة تخزين سد وادي الكبير؟', { cited: 'oued-kebir-dam-2026-03-15#1', holds: '90 مليون متر مكعب', lang: 'ar' });
  });
});
