/**
 * A report's lead holding a number of the kind asked yields to its sibling only for question words the sibling holds
 * and the lead lacks that weigh as a rare word does (tuning.ts leadValueYield): a common word ("new") is no sign that
 * the sibling tells what is asked. The candidates are built by hand: the rule reads only their units' word groups.
 */
import { describe, expect, it } from 'vitest';
import type { GroupWeight } from '../../src/core/retrieval/evidence.js';
import type { Candidate } from '../../src/core/answer/sentence-choice.js';
import type { SentenceScorer } from '../../src/core/answer/sentence-scorer.js';
import { siblingFirst } from '../../src/core/answer/sibling-order.js';

const HIGHEST_IDF = 6;
const scorer = { index: { keyword: { idf: () => HIGHEST_IDF } }, terms: [], names: new Set<string>(), type: 'number' } as unknown as SentenceScorer;
const article = { meta: { id: 'harbour-cranes-2026-02-10', title: 'Harbour crane fleet grows' }, translation: null };

function candidate(paragraph: number, groups: Record<string, number>): Candidate {
  const found = new Map<string, GroupWeight>(Object.entries(groups).map(([group, weight]) => [group, { weight, found: 1 }]));
  const unit = { typed: true, countedFound: true, pastOnly: false, groups: found };
  return { hit: { article, paragraph: { articleId: article.meta.id, number: paragraph } }, unit } as unknown as Candidate;
}

describe('the bar a sibling clears before a lead giving the number asked yields to it', () => {
  it('puts the sibling first when the word the lead lacks is a rare one', () => {
    const lead = candidate(1, { cranes: 4 });
    const sibling = candidate(2, { cranes: 4, operators: 5 });
    expect(siblingFirst([lead, sibling], scorer)[0]).toBe(sibling);
  });

  it('keeps the lead first when the only word the lead lacks is a common one', () => {
    const lead = candidate(1, { cranes: 4 });
    const sibling = candidate(2, { cranes: 4, new: 2 });
    expect(siblingFirst([lead, sibling], scorer)[0]).toBe(lead);
  });
});
