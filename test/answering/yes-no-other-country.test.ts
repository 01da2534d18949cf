/**
 * A yes/no question naming a country or its people that its report never names is not answered "yes" by a passage
 * telling the event of another country's people ("did swedish engineers design the dock?" over engineers of a Finnish
 * firm), across languages too; the passage naming the people asked still says yes. Fixture reports of other outlets
 * and topics (test/fixtures/other-nationals, test/fixtures/outlets).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, removeTemporaryDirectories } from '../core/helpers.js';

describe('an English yes/no question over an Arabic report', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await engineOverFixtures('other-nationals', ['other-nationals', 'outlets', 'siblings']);
  });

  afterAll(removeTemporaryDirectories);

  it('naming another people than the passage\'s is not answered yes', async () => {
    const answer = await engine.ask('did the ports authority hire chinese engineers', { k: 5 });
    expect(answer.answerable && answer.verdict === 'yes').toBe(false);
    const other = await engine.ask('did swedish engineers design the dock', { k: 5 });
    expect(other.answerable && other.verdict === 'yes').toBe(false);
    // The people the passage names still answer yes.
    expect((await engine.ask('did the shipyard hire finnish engineers', { k: 5 })).verdict).toBe('yes');
  });
});
