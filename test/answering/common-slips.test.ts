/**
 * A lower-case English word one slip from a common word ("aginst", "recieve") is that word mistyped, not a name typed
 * without its capital that the paragraphs lack (src/core/question/common-slips.ts): over an English-only report, where
 * lower-case unknown names are judged absent, a question with such a typo is answered, while an unknown lower-case
 * name is still refused. Article of another outlet and topic (test/fixtures/english-slips).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { isSlipOfCommonWord } from '../../src/core/question/common-slips.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('common-slips', ['english-slips']);
});

afterAll(removeTemporaryDirectories);

describe('a typo of a common English word', () => {
  it('is told from names one slip from a common word ("walid": "valid", "orban": "urban", "ahmed": "armed")', () => {
    expect(['aginst', 'recieve', 'goverment', 'parliment'].filter(isSlipOfCommonWord)).toEqual(['aginst', 'recieve', 'goverment', 'parliment']);
    expect(['walid', 'orban', 'ahmed', 'saleh', 'tokayev'].filter(isSlipOfCommonWord)).toEqual([]);
  });

  it('answers a question with the typo over an English-only report', async () => {
    const answer = await engine.ask('who voted aginst the export tax?');
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]?.quote).toContain('voted against a proposed export tax');
  });

  it('still refuses a lower-case name the report does not hold', async () => {
    expect((await engine.ask('did tokayev vote against the export tax?')).answerable).toBe(false);
  });
});
