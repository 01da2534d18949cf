import { describe, expect, it } from 'vitest';
import { yesNoVerdict } from '../../src/core/answer/verdict.js';
import type { QueryTerm } from '../../src/core/retrieval/query.js';

const terms = (words: string[]): QueryTerm[] => words.map((word) => ({ term: word, group: word, weight: 1 }));

describe('an irregular English verb form in the passage', () => {
  it('tells the predicate asked in its lemma, so the sentence saying it gives the value that decides', () => {
    const question = 'Did the operator pay more than 150 million lari?';
    const passage = 'The operator first offered 160 million lari. In the end it paid 148 million lari for the block.';
    expect(yesNoVerdict([passage], terms(['operator', 'pay', 'lari']), { names: new Set() }, question)).toBe('no');
  });

  it('says the word asked in its lemma', () => {
    const question = 'Did the club pay the fee?';
    expect(yesNoVerdict(['The club paid in full on Monday, its chairman said.'], terms(['club', 'pay', 'fee']), { names: new Set() }, question)).toBe('yes');
  });
});
