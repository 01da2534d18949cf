/**
 * A word with the article is not a country or city whose name never takes it (src/core/text/place-names.ts): the
 * Egyptian and Sudanese «القطر» is the train, not Qatar, so a question about Porto's new line is not taken to name a
 * place no article mentions. Articles of other outlets and topics (test/fixtures/transport-projects: Porto's metro,
 * Oran's tram, Constantine's stadium; test/fixtures/datelines as distractors).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('article-word-places', ['transport-projects', 'datelines']);
});

afterAll(removeTemporaryDirectories);

describe('a word with the article names no place written without it', () => {
  it('reads «القطر» as the train: no absent name, the metro report first', async () => {
    const explained = await engine.explain('امتى القطر الوردي يبدا يشتغل؟');
    expect(explained.top).toMatch(/^porto-metro/);
    expect(explained.features?.absentName).toBe(0);
  });
});
