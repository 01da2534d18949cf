/**
 * A question word of letters and digits the corpus never holds ("g7", "ww2") is a code or a name, not a verb form the
 * lexicon lacks (src/core/answer/answerability.ts): read across languages it still counts as missing, so an English
 * question about a G7 summit is not answered by an untranslated Arabic port report that only shares "end" («نهاية»).
 * Articles of other outlets and topics (test/fixtures/outlets).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('code-words', ['outlets']);
});

afterAll(removeTemporaryDirectories);

describe('a code the corpus never holds', () => {
  it('counts as missing from a passage read across languages', async () => {
    const answer = await engine.ask('when did the g7 summit end');
    expect(answer.answerable).toBe(false);
  });

  it('leaves a question about the report answered', async () => {
    const answer = await engine.ask('how long did the average ship wait at sohar last year');
    expect(answer.answerable).toBe(true);
  });
});
