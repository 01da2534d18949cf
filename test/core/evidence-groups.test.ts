/**
 * Question word groups weighed against a text (evidence.ts): a group's weight comes from the index's idf and is
 * worked out once per question term list, while what a text finds is read afresh for every text. Reusing the weights
 * must not carry one text's finds into another's, nor one index's idf into another index.
 */
import { describe, expect, it } from 'vitest';
import type { ParagraphIndex } from '../../src/core/index/paragraph-index.js';
import { foundShare, groupPresence, keptTerms } from '../../src/core/retrieval/evidence.js';
import type { QueryTerm } from '../../src/core/retrieval/query.js';

const indexWith = (idf: Record<string, number>) => ({ keyword: { idf: (term: string) => idf[term] ?? 10 } }) as unknown as ParagraphIndex;

const TERMS: QueryTerm[] = [
  { term: 'ferri', group: 'ferri', weight: 1 },
  { term: 'boat', group: 'ferri', weight: 1, credit: 0.5, paraphrase: true },
  { term: 'عبار', group: 'ferri', weight: 0.5, translated: true },
  { term: 'strike', group: 'strike', weight: 1 },
  { term: 'tangier', group: 'tangier', weight: 1, borrowed: true },
];

describe('groupPresence', () => {
  it('reads each text afresh with the same term list', () => {
    const index = indexWith({ ferri: 2, strike: 4, عبار: 1 });
    const first = groupPresence(index, TERMS, (term) => term === 'boat' || term === 'strike', false);
    expect([...first.keys()]).toEqual(['ferri', 'strike']);
    expect(first.get('ferri')).toEqual({ weight: 2, found: 0.5 });
    expect(first.get('strike')).toEqual({ weight: 4, found: 1 });
    const second = groupPresence(index, TERMS, (term) => term === 'عبار', false);
    expect(second.get('ferri')).toEqual({ weight: 2, found: 1 });
    expect(second.get('strike')).toEqual({ weight: 4, found: 0 });
    // Own words only: the lexicon's rendering finds nothing.
    expect(foundShare(groupPresence(index, TERMS, (term) => term === 'عبار', true))).toBe(0);
    expect(groupPresence(index, TERMS, () => true, false).get('ferri')).toEqual({ weight: 2, found: 1 });
  });

  it("weighs the same term list by each index's own idf", () => {
    const has = (term: string) => term === 'ferri';
    expect(groupPresence(indexWith({ ferri: 2, strike: 4, عبار: 1 }), TERMS, has, false).get('strike')!.weight).toBe(4);
    expect(groupPresence(indexWith({ ferri: 3, strike: 1, عبار: 1 }), TERMS, has, false).get('strike')!.weight).toBe(1);
    expect(foundShare(groupPresence(indexWith({ ferri: 3, strike: 1, عبار: 1 }), TERMS, has, false))).toBeCloseTo(3 / 4, 12);
  });

  it("counts a verb's synonym only in a text holding one of the question's own words", () => {
    const terms: QueryTerm[] = [
      { term: 'quay', group: 'quay', weight: 1 },
      { term: 'talk', group: 'talk', weight: 1 },
      { term: 'speak', group: 'talk', weight: 0.9, credit: 0.9, paraphrase: true, sameSense: true },
    ];
    const index = indexWith({ quay: 3, talk: 2, speak: 1 });
    expect(groupPresence(index, terms, (term) => term === 'speak' || term === 'quay', false).get('talk')).toEqual({ weight: 2, found: 0.9 });
    expect(groupPresence(index, terms, (term) => term === 'speak', false).get('talk')).toEqual({ weight: 2, found: 0 });
    expect(groupPresence(index, terms, (term) => term === 'talk', false).get('talk')).toEqual({ weight: 2, found: 1 });
  });

  it('keeps one filtered term list per list and filter', () => {
    const own = (term: QueryTerm) => !term.translated;
    const kept = keptTerms(TERMS, own, own);
    expect(kept.map((term) => term.term)).toEqual(['ferri', 'boat', 'strike', 'tangier']);
    expect(keptTerms(TERMS, own, own)).toBe(kept);
    expect(keptTerms([...TERMS], own, own)).not.toBe(kept);
  });
});
