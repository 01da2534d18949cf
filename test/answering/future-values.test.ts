/**
 * A question asking what will happen and when ("when will the bus line open?") is not answered by a unit that holds
 * no date and says nothing of the future ("parents complained of the lack of a bus line"), however many of the
 * question's words it shares (src/core/answer/answer-confidence.ts). An English report written for the test
 * (test/fixtures/future-values: a made-up town and outlet).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('future-values', ['future-values']);
});

afterAll(removeTemporaryDirectories);

describe('a question about when something will happen', () => {
  it('is answered by the unit giving the planned date', async () => {
    const answer = await engine.ask("when will the second wing of the bayside children's hospital open");
    expect(answer.answerable).toBe(true);
    expect(answer.answer).toContain('2028');
  });

  it('is refused where the only unit naming the thing gives no date and no future', async () => {
    const answer = await engine.ask('when will the bus line to the bayside hospital open');
    expect(answer.answerable).toBe(false);
  });
});
