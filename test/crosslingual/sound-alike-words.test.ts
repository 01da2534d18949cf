/**
 * A lower-case English word the dictionary knows, whose senses the corpus does not hold, is not spelt out into an Arabic
 * word that only sounds like it and that the dictionary reads as another word ("raise" is not «رئيسة», the president
 * of a union): a question about raising pay is not decided by what the union's president said, while a question
 * about what she did still is. Through the engine over an Arabic-only fixture report (test/fixtures/sound-alikes:
 * clinic hours in Monastir) beside reports of other outlets and topics, enough for the name index to offer «رئيسة».
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, removeTemporaryDirectories } from '../core/helpers.js';

describe('an English yes/no question over an Arabic-only report', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await engineOverFixtures('sound-alikes', ['sound-alikes', 'outlets', 'siblings', 'english-over-arabic', 'units', 'answering']);
  });

  afterAll(removeTemporaryDirectories);

  it('is not decided by an Arabic word that only sounds like the question\'s verb', async () => {
    const answer = await engine.ask('did the ministry raise doctors pay', { k: 5 });
    expect(answer.answerable && answer.verdict !== 'not_said').toBe(false);
    expect((await engine.ask('did the union president criticise the decision', { k: 5 })).verdict).toBe('yes');
  });
});
