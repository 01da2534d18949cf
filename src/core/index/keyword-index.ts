/**
 * BM25 keyword index over index entries (a paragraph's original text and its
 * translation are separate entries). Exact term matches are what make names,
 * numbers and rare words win, where character-n-gram vectors blur.
 */
import { normalizeText } from '../text/normalize.js';
import { isStopWord, rawTokens, stemToken } from '../text/tokenize.js';

export interface WeightedTerm {
  /** A stemmed index term (see indexTerms). */
  term: string;
  weight: number;
}

const K1 = 1.2;
const B = 0.75;

export class KeywordIndex {
  private readonly postings = new Map<string, number[]>(); // term → [entry, tf, entry, tf, …]
  private readonly lengths: number[] = [];
  private readonly surfaceFrequency = new Map<string, number>();
  private totalLength = 0;

  get entryCount(): number {
    return this.lengths.length;
  }

  /** Adds an entry; entries are numbered in the order added, from 0. */
  add(text: string): number {
    const entry = this.lengths.length;
    const termCounts = new Map<string, number>();
    const surfaces = new Set<string>();
    let length = 0;
    for (const token of rawTokens(normalizeText(text))) {
      surfaces.add(token);
      if (isStopWord(token)) continue;
      const term = stemToken(token);
      termCounts.set(term, (termCounts.get(term) ?? 0) + 1);
      length += 1;
    }
    for (const [term, count] of termCounts) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push(entry, count);
    }
    for (const surface of surfaces) this.surfaceFrequency.set(surface, (this.surfaceFrequency.get(surface) ?? 0) + 1);
    this.lengths.push(length);
    this.totalLength += length;
    return entry;
  }

  documentFrequency(term: string): number {
    return (this.postings.get(term)?.length ?? 0) / 2;
  }

  /** Robertson–Spärck Jones idf, floored at a small positive value so common terms still count a little. */
  idf(term: string): number {
    const frequency = this.documentFrequency(term);
    const count = this.entryCount;
    return Math.max(0.05, Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5)));
  }

  /** Surface (unstemmed, normalised) token statistics: the cross-lingual matcher's vocabulary. */
  surfaceDocumentFrequency(token: string): number {
    return this.surfaceFrequency.get(token) ?? 0;
  }

  surfaceTokens(): Iterable<string> {
    return this.surfaceFrequency.keys();
  }

  /** BM25 scores of every entry matching at least one term. */
  score(terms: WeightedTerm[]): Map<number, number> {
    const scores = new Map<number, number>();
    const averageLength = this.totalLength / Math.max(1, this.entryCount) || 1;
    for (const { term, weight } of terms) {
      const list = this.postings.get(term);
      if (!list) continue;
      const idf = this.idf(term) * weight;
      for (let index = 0; index < list.length; index += 2) {
        const entry = list[index]!;
        const frequency = list[index + 1]!;
        const normalizer = K1 * (1 - B + (B * this.lengths[entry]!) / averageLength);
        scores.set(entry, (scores.get(entry) ?? 0) + (idf * frequency * (K1 + 1)) / (frequency + normalizer));
      }
    }
    return scores;
  }

  /** Which of the given terms an entry contains (for evidence and sentence choice). */
  has(entry: number, term: string): boolean {
    const list = this.postings.get(term);
    if (!list) return false;
    for (let index = 0; index < list.length; index += 2) if (list[index] === entry) return true;
    return false;
  }
}
