import { describe, expect, it } from 'vitest';
import { yesNoVerdict } from '../../src/core/answer/verdict.js';
import type { QueryTerm } from '../../src/core/retrieval/query.js';

/** An English question's words with the Arabic renderings the lexicon gives them (singulars, dictionary forms). */
const terms = (pairs: [string, string][]): QueryTerm[] =>
  pairs.flatMap(([english, arabic]) => [
    { term: english, group: english, weight: 1 },
    { term: arabic, group: english, weight: 0.5, translated: true },
  ]);

describe('an English question over an Arabic passage', () => {
  const question = 'Did the councils approve the projects?';
  const asked = terms([['council', 'مجلس'], ['approv', 'وافق'], ['project', 'مشروع']]);

  it('meets a rendering the passage writes as a broken plural or inflected', () => {
    expect(yesNoVerdict(['ووافقت المجالس البلدية على المشاريع الجديدة.'], asked, { names: new Set() }, question)).toBe('yes');
  });

  it('does not take a word of another root for it', () => {
    expect(yesNoVerdict(['ووافقت الوزارة على الخطط الجديدة.'], asked, { names: new Set() }, question)).toBe('not_said');
  });
});
