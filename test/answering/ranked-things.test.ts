/**
 * A thing asked with its rank ("the second phase", «المرحلة الثانية», «الخط الثالث») is not answered by a unit telling
 * another rank of it (src/core/question/ranked-nouns.ts, the rule in answer-confidence.ts): the first phase's cost holds
 * everything else the question asks. The rank the unit gives, or no rank asked, is answered. A Salalah hospital report
 * (test/fixtures/headline-names) beside other outlets' reports.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { rankedNouns, tellsAnotherRank } from '../../src/core/question/ranked-nouns.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('ranked-things', ['headline-names', 'outlets', 'articles']);
});

afterAll(removeTemporaryDirectories);

describe('a thing asked with its rank', () => {
  it('is not answered by the cost of another phase', async () => {
    const answer = await engine.ask('كم تكلفة المرحلة الثانية من مستشفى صلالة؟');
    expect(answer.answerable).toBe(false);
  });

  it('is answered by the rank the report gives, and so is the question asking no rank', async () => {
    for (const question of ['كم تكلفة المرحلة الأولى من مستشفى صلالة؟', 'كم تكلفة مستشفى صلالة؟']) {
      const answer = await engine.ask(question);
      expect(answer.answerable, question).toBe(true);
      expect(answer.answer, question).toContain('95 مليون ريال');
    }
  });

  it('reads the word an ordinal stands beside, before or after it, in both languages', () => {
    const asked = rankedNouns('how much will the third line cost?');
    expect(tellsAnotherRank(asked, rankedNouns('The second line cost 300 million euros.'))).toBe(true);
    expect(tellsAnotherRank(asked, rankedNouns('The third line will cost 500 million euros.'))).toBe(false);
    expect(tellsAnotherRank(rankedNouns('كم تكلفة الخط الثالث؟'), rankedNouns('وكلف الخط الثاني نحو 400 مليون دولار'))).toBe(true);
    // «لأول مرة» ranks another word than the line asked.
    expect(tellsAnotherRank(rankedNouns('when will the third line open?'), rankedNouns('for the first time the city opened a tram line'))).toBe(false);
  });
});
