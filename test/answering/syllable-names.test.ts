/**
 * A Chinese given name is one word in Latin letters and two in Arabic ("Jianming": «جيان مينغ»): an English question
 * naming it over an untranslated Arabic report finds the name, read at a syllable's end, instead of counting it as
 * a name the articles never mention (src/core/crosslingual/translation-steps/query-translator.ts). Article of
 * another outlet and topic (test/fixtures/syllable-names).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('syllable-names', ['syllable-names']);
});

afterAll(removeTemporaryDirectories);

describe('a Chinese given name written as two Arabic words', () => {
  it('answers an English question naming the manager in one word', async () => {
    for (const question of ['What did Jianming say?', 'what does jianming expect after the works end?']) {
      const answer = await engine.ask(question);
      expect(answer.answerable, question).toBe(true);
      expect(answer.citations[0]?.quote, question).toContain('جيان مينغ');
    }
  });

  it('still refuses a name whose syllables the report does not write', async () => {
    expect((await engine.ask('What did Zhiqiang say?')).answerable).toBe(false);
  });
});
