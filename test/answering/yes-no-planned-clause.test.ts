/**
 * A plan told in a clause joined by "and" («، ومن المقرر أن تبدأ أعمال البناء») is the plan of that clause only: it
 * does not turn a "yes" about the clause before it into "no" (the dock was designed), while a question about the
 * planned work itself is still answered "no, not yet". Fixture report of another outlet and topic
 * (test/fixtures/other-nationals: a dry dock in Gdansk).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('yes-no-planned-clause', ['other-nationals', 'outlets', 'siblings']);
});

afterAll(removeTemporaryDirectories);

describe('a plan in the next clause', () => {
  it('leaves the clause before it to answer yes, and still answers no about the planned work', async () => {
    expect((await engine.ask('did a finnish firm design the dock', { k: 5 })).verdict).toBe('yes');
    expect((await engine.ask('has construction of the dock started', { k: 5 })).verdict).toBe('no');
  });
});
