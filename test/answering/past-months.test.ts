/**
 * A month named without a year, in a sentence telling its event in the past ("In May, the transport minister paid a
 * visit…" in a report of January), is last May, not a date still to come: a question about what will happen ("when
 * will the minister visit again?") is not answered by it, while a plan with its year still answers. Fixture report of
 * another outlet and topic (test/fixtures/past-months: the port of Mersin).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { toldInPast } from '../../src/core/answer/later-date.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('past-months', ['past-months', 'outlets']);
});

afterAll(removeTemporaryDirectories);

describe('a yearless month told in the past', () => {
  it('does not answer a question about what will happen', async () => {
    expect((await engine.ask('when will the transport minister visit the mersin port again?', { k: 5 })).answerable).toBe(false);
    await expectAnswered(engine, 'when will the second quay open?', { cited: 'mersin-port-2026-01-12#3', holds: '2027' });
  });

  it('is read from a past verb, not from one after an auxiliary or beside the future', () => {
    expect(toldInPast('In May, Xi Jinping paid a state visit.')).toBe(true);
    expect(toldInPast('The minister visited the quay in May.')).toBe(true);
    expect(toldInPast('The summit was scheduled for May.')).toBe(false);
    expect(toldInPast('In May, the minister will open the quay.')).toBe(false);
    expect(toldInPast('In February the channel announced that it would launch in March.')).toBe(false);
  });
});
