/**
 * Word BM25 over the keyword tables (keyword-index.ts, bm25-scores.ts) against the formula
 * written out plainly: the index reads postings in place, keeps each entry's
 * length normalizer and each term's idf, and reuses its score table between
 * questions, and none of that may change a score by a bit.
 */
import { describe, expect, it } from 'vitest';
import { bytesInMemory } from '../../src/core/index/format/byte-ranges.js';
import { StringTable } from '../../src/core/index/format/string-table.js';
import { ByteWriter } from '../../src/core/index/format/varint.js';
import { KeywordIndex } from '../../src/core/index/keyword/keyword-index.js';
import type { KeywordTables, WeightedTerm } from '../../src/core/index/keyword/keyword-tables.js';
import { TUNING } from '../../src/core/tuning.js';

/** Term → (entry, frequency) pairs, entries ascending; per entry its length. */
const POSTINGS: Record<string, [number, number][]> = {
  river: [[0, 1], [2, 3], [300, 1]],
  bridge: [[1, 2], [2, 1], [130, 4], [299, 1]],
  toll: [[2, 1]],
  // A frequency of 128 or more takes two bytes, as a gap of 128 or more does.
  ferry: [[5, 200], [140, 1], [141, 17000]],
};
const LENGTHS = Uint32Array.from({ length: 301 }, (_, entry) => 3 + ((entry * 7) % 11));

function tables(): KeywordTables {
  const terms = Object.keys(POSTINGS);
  const writer = new ByteWriter();
  const postingStarts = new Uint32Array(terms.length + 1);
  terms.forEach((term, id) => {
    let previous = 0;
    for (const [entry, frequency] of POSTINGS[term]!) {
      writer.write(entry - previous);
      writer.write(frequency);
      previous = entry;
    }
    postingStarts[id + 1] = writer.length;
  });
  const empty = bytesInMemory(new Uint8Array(0));
  return {
    tokens: StringTable.from([]),
    tokenStems: new Int32Array(0),
    tokenFrequency: new Uint32Array(0),
    terms: StringTable.from(terms),
    termFrequency: Uint32Array.from(terms, (term) => POSTINGS[term]!.length),
    postingStarts,
    postings: bytesInMemory(writer.finish()),
    rowStarts: new Uint32Array(LENGTHS.length + 1),
    rows: empty,
    lengths: LENGTHS,
    totalLength: LENGTHS.reduce((sum, length) => sum + length, 0),
  };
}

/** BM25 as the index defines it, term by term in the given order. */
function reference(terms: WeightedTerm[]): Map<number, number> {
  const { k1, b } = TUNING.bm25;
  const count = LENGTHS.length;
  const averageLength = LENGTHS.reduce((sum, length) => sum + length, 0) / count;
  const scores = new Map<number, number>();
  for (const { term, weight } of terms) {
    const postings = POSTINGS[term];
    if (!postings) continue;
    const idf = Math.max(0.05, Math.log(1 + (count - postings.length + 0.5) / (postings.length + 0.5))) * weight;
    for (const [entry, frequency] of postings) {
      const normalizer = k1 * (1 - b + (b * LENGTHS[entry]!) / averageLength);
      scores.set(entry, (scores.get(entry) ?? 0) + (idf * frequency * (k1 + 1)) / (frequency + normalizer));
    }
  }
  return scores;
}

describe('KeywordIndex', () => {
  it('scores entries exactly as the BM25 formula, in first-match order, question after question', () => {
    const index = new KeywordIndex(tables());
    const questions: WeightedTerm[][] = [
      [{ term: 'river', weight: 1 }, { term: 'bridge', weight: 0.5 }, { term: 'canal', weight: 1 }],
      [{ term: 'toll', weight: 1 }],
      [{ term: 'bridge', weight: 1 }, { term: 'river', weight: 1 }, { term: 'toll', weight: 0.7 }],
      [{ term: 'ferry', weight: 1 }, { term: 'river', weight: 1 }],
    ];
    for (const terms of questions) {
      const expected = reference(terms);
      const scores = index.score(terms);
      // Entries left from the question before are cleared, not carried over.
      expect([...scores]).toEqual([...expected]);
      const top = [...expected].sort((left, right) => right[1] - left[1]).slice(0, 2);
      expect(index.best(terms, 2).top).toEqual(top);
    }
  });

  it('gives a term idf by its document frequency, floored for a term in every entry', () => {
    const index = new KeywordIndex(tables());
    const count = LENGTHS.length;
    expect(index.idf('toll')).toBe(Math.log(1 + (count - 1 + 0.5) / 1.5));
    expect(index.idf('toll')).toBe(index.idf('toll'));
    expect(index.idf('canal')).toBe(Math.log(1 + (count + 0.5) / 0.5));
  });

  it('samples the first entries holding a term, in index order, up to the limit', () => {
    const index = new KeywordIndex(tables());
    expect(index.entriesWith('bridge', 3)).toEqual([1, 2, 130]);
    expect(index.entriesWith('ferry', 10)).toEqual([5, 140, 141]);
    expect(index.entriesWith('canal', 10)).toEqual([]);
  });
});
