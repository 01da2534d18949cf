/**
 * A dateline names where a report is set, as its headline names what it is about: a question naming the place of
 * another report's dateline, which this article never names, asks about that report's subject (article-subject.ts).
 * Two tram reports of other outlets (test/fixtures/datelines): Sousse's gives the line's cost; Bizerte's depot report
 * says its cost has not been announced.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('dateline-subject', ['datelines']);
});

afterAll(removeTemporaryDirectories);

describe('a place named in another report\'s dateline', () => {
  it('answers the cost from the report it is set in', async () => {
    const answer = await engine.ask('how much did the coastal tram section cost?');
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]?.articleId).toBe('sousse-coastal-tram-2026-04-12');
  });

  it('does not give one city\'s tram cost for a question about the other\'s', async () => {
    const answer = await engine.ask('how much did the bizerte coastal tram section cost?');
    expect(answer.answerable).toBe(false);
  });
});
