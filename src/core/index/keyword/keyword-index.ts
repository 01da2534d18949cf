/**
 * The keyword index over the keyword tables (keyword-tables.ts): document
 * frequency and idf of stemmed terms, BM25 (bm25-scores.ts), which entries hold
 * a term, and the word-form vocabulary of the corpus.
 */
import { forEachPair, VarintReader } from '../format/varint.js';
import { WordMemo } from '../../text/word-memo.js';
import { Bm25Scores } from './bm25-scores.js';
import type { KeywordTables, WeightedTerm } from './keyword-tables.js';

/** Terms whose idf is kept per generation (word-memo.ts): a question's terms are asked again for every unit read. */
const IDFS_KEPT = 4096;

export class KeywordIndex {
  /** The last word form surfaceTokens() yielded, with its frequency: callers ask for it next. */
  private lastYielded = { token: '', frequency: 0 };
  /** The tables never change once loaded (a reindex loads a new index), so neither does a term's idf. */
  private readonly idfs = new WordMemo((term) => this.computeIdf(term), IDFS_KEPT);
  /** Nor does a term's id: evidence asks it of every question term for every paragraph weighed (a binary search each). */
  private readonly termIds = new WordMemo((term) => this.tables.terms.find(term), IDFS_KEPT);
  private readonly bm25: Bm25Scores;

  constructor(readonly tables: KeywordTables) {
    this.bm25 = new Bm25Scores(tables, (term) => this.termId(term), (term) => this.idf(term));
  }

  get entryCount(): number {
    return this.tables.lengths.length;
  }

  /** The stem's id in the term table, or -1. */
  termId(term: string): number {
    return this.termIds.get(term);
  }

  documentFrequency(term: string): number {
    const id = this.termId(term);
    return id < 0 ? 0 : this.tables.termFrequency[id]!;
  }

  /** Robertson–Spärck Jones idf, floored at a small positive value so common terms still count a little. */
  idf(term: string): number {
    return this.idfs.get(term);
  }

  private computeIdf(term: string): number {
    const frequency = this.documentFrequency(term);
    const count = this.entryCount;
    return Math.max(0.05, Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5)));
  }

  /** Surface (unstemmed, normalised) token statistics: the cross-lingual matcher's vocabulary. */
  surfaceDocumentFrequency(token: string): number {
    if (token === this.lastYielded.token) return this.lastYielded.frequency;
    const id = this.tables.tokens.find(token);
    return id < 0 ? 0 : this.tables.tokenFrequency[id]!;
  }

  *surfaceTokens(): Iterable<string> {
    const { tokens, tokenFrequency } = this.tables;
    for (let id = 0; id < tokens.size; id += 1) {
      // Forms left over from removed articles (an incremental reindex keeps ids stable) are not in the corpus.
      if (tokenFrequency[id] === 0) continue;
      this.lastYielded = { token: tokens.at(id), frequency: tokenFrequency[id]! };
      yield this.lastYielded.token;
    }
  }

  /** BM25 scores of every entry matching at least one term, in first-match order. */
  score(terms: WeightedTerm[]): Map<number, number> {
    return this.bm25.score(terms);
  }

  /** The `count` best entries by BM25 and each matching entry's score (Bm25Scores.best: read it at once). */
  best(terms: WeightedTerm[], count: number): { top: [number, number][]; scoreOf: (entry: number) => number } {
    return this.bm25.best(terms, count);
  }

  /** Which of the given terms an entry contains (for evidence and sentence choice). */
  has(entry: number, term: string): boolean {
    const id = this.tables.terms.find(term);
    if (id < 0) return false;
    let found = false;
    const bytes = this.tables.postings.range(this.tables.postingStarts[id]!, this.tables.postingStarts[id + 1]!);
    forEachPair(bytes, 0, bytes.length, (candidate) => (found ||= candidate === entry));
    return found;
  }

  /** Up to `limit` entries containing the term, in index order (a sample of where the corpus writes it). */
  entriesWith(term: string, limit: number): number[] {
    const id = this.tables.terms.find(term);
    if (id < 0) return [];
    const entries: number[] = [];
    const bytes = this.tables.postings.range(this.tables.postingStarts[id]!, this.tables.postingStarts[id + 1]!);
    // The first `limit` entries only: a common word's list is tens of thousands long, and the rest were read for nothing.
    const reader = new VarintReader(bytes);
    let entry = 0;
    while (entries.length < limit && reader.position < bytes.length) {
      entry += reader.next();
      reader.next();
      entries.push(entry);
    }
    return entries;
  }

  /** Calls visit(word form id, count) for each distinct word form of an entry (stop words included). */
  forEachToken(entry: number, visit: (token: number, count: number) => void): void {
    const bytes = this.tables.rows.range(this.tables.rowStarts[entry]!, this.tables.rowStarts[entry + 1]!);
    forEachPair(bytes, 0, bytes.length, visit);
  }
}
