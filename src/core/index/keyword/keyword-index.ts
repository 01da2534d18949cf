/**
 * BM25 over stemmed index terms, and the word-form vocabulary of the corpus.
 *
 * Built once at index time (keyword-builder.ts) and stored in keywords.bin as
 * typed arrays, so loading costs no tokenising. Two views of the same words:
 *  - postings: stem → (entry, frequency) pairs, for BM25 and document frequency;
 *  - rows: entry → (word form, count) pairs, for the re-ranker's n-gram features
 *    (entry-features.ts) and for rebuilding postings on an incremental reindex.
 * Word forms are normalised surface tokens (stop words included, so the
 * cross-lingual matcher sees every form); each knows its stem (-1: stop word).
 */
import type { ByteRanges } from '../format/byte-ranges.js';
import type { StringTable } from '../format/string-table.js';
import { TUNING } from '../../tuning.js';
import { forEachPair, VarintReader } from '../format/varint.js';
import { WordMemo } from '../../text/word-memo.js';
import { topScores } from './top-scores.js';

export interface WeightedTerm {
  /** A stemmed index term (see indexTerms). */
  term: string;
  weight: number;
}

export interface KeywordTables {
  /** Word forms; per form its stem id (-1 for stop words) and the number of entries containing it. */
  tokens: StringTable;
  tokenStems: Int32Array;
  tokenFrequency: Uint32Array;
  /** Stems; per stem the number of entries containing it and where its postings start (postingStarts has one more). */
  terms: StringTable;
  termFrequency: Uint32Array;
  postingStarts: Uint32Array;
  postings: ByteRanges;
  /** Per entry: where its row starts in `rows` (rowStarts has one more), and its length in non-stop-word tokens. */
  rowStarts: Uint32Array;
  rows: ByteRanges;
  lengths: Uint32Array;
  totalLength: number;
}

const { k1: K1, b: B } = TUNING.bm25;
/** Terms whose idf is kept per generation (word-memo.ts): a question's terms are asked again for every unit read. */
const IDFS_KEPT = 4096;

export class KeywordIndex {
  /** The last word form surfaceTokens() yielded, with its frequency: callers ask for it next. */
  private lastYielded = { token: '', frequency: 0 };
  private scratch: { cells: Float64Array; seen: Uint8Array; touched: Int32Array; count: number } | null = null;
  /** The tables never change once loaded (a reindex loads a new index), so neither does a term's idf. */
  private readonly idfs = new WordMemo((term) => this.computeIdf(term), IDFS_KEPT);
  /** Nor does a term's id: evidence asks it of every question term for every paragraph weighed (a binary search each). */
  private readonly termIds = new WordMemo((term) => this.tables.terms.find(term), IDFS_KEPT);

  constructor(readonly tables: KeywordTables) {}

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

  /**
   * BM25 of every entry matching at least one term, accumulated term by term in
   * the given order; `touched` lists the entries in the order they first matched.
   */
  private accumulate(terms: WeightedTerm[]): { cells: Float64Array; touched: Int32Array } {
    const { postings, postingStarts } = this.tables;
    // One score table and one list of matched entries per index, reused: at 100,000 entries fresh ones per
    // question are megabytes of garbage (a common word matches tens of thousands). Only the previous question's
    // entries need clearing. Callers read them before they await.
    this.scratch ??= { cells: this.scoreCells(), seen: new Uint8Array(this.entryCount), touched: new Int32Array(this.entryCount), count: 0 };
    const scratch = this.scratch;
    const { cells, seen, touched } = scratch;
    for (let position = 0; position < scratch.count; position += 1) (cells[touched[position]! * 2] = 0), (seen[touched[position]!] = 0);
    let count = 0;
    for (const { term, weight } of terms) {
      const id = this.termId(term);
      if (id < 0) continue;
      const idf = this.idf(term) * weight;
      // forEachPair's loop written out: a common term's postings are tens of thousands of pairs, one call each otherwise.
      const bytes = postings.range(postingStarts[id]!, postingStarts[id + 1]!);
      const end = bytes.length;
      let position = 0;
      let entry = 0;
      while (position < end) {
        // VarintReader.next() written out for the gap and the frequency (almost always one byte each): a common
        // term's list is the longest loop of a question, and the reader's position lived in an object.
        let byte = bytes[position++]!;
        if (byte < 0x80) entry += byte;
        else {
          let gap = byte & 0x7f;
          let scale = 0x80;
          do {
            byte = bytes[position++]!;
            gap += (byte & 0x7f) * scale;
            scale *= 0x80;
          } while (byte & 0x80);
          entry += gap;
        }
        byte = bytes[position++]!;
        let frequency = byte;
        if (byte >= 0x80) {
          frequency = byte & 0x7f;
          let scale = 0x80;
          do {
            byte = bytes[position++]!;
            frequency += (byte & 0x7f) * scale;
            scale *= 0x80;
          } while (byte & 0x80);
        }
        const cell = entry * 2;
        cells[cell]! += (idf * frequency * (K1 + 1)) / (frequency + cells[cell + 1]!);
        if (!seen[entry]) {
          seen[entry] = 1;
          touched[count++] = entry;
        }
      }
    }
    scratch.count = count;
    return { cells, touched: touched.subarray(0, count) };
  }

  /**
   * Per entry two numbers side by side: its score (cell 2·entry, zero) and its BM25 length normalizer (cell
   * 2·entry + 1), worked out once per index instead of once per posting read. A posting reads both, and side by
   * side they are one memory fetch, not two: postings land on entries scattered over megabytes.
   */
  private scoreCells(): Float64Array {
    const lengths = this.tables.lengths;
    const averageLength = this.tables.totalLength / Math.max(1, this.entryCount) || 1;
    const cells = new Float64Array(lengths.length * 2);
    for (let entry = 0; entry < lengths.length; entry += 1) cells[entry * 2 + 1] = K1 * (1 - B + (B * lengths[entry]!) / averageLength);
    return cells;
  }

  /** BM25 scores of every entry matching at least one term, in first-match order. */
  score(terms: WeightedTerm[]): Map<number, number> {
    const { cells, touched } = this.accumulate(terms);
    return new Map(Array.from(touched, (entry) => [entry, cells[entry * 2]!]));
  }

  /**
   * The `count` best entries, highest score first, ties in first-match order
   * (what a stable sort of score() gives, without sorting every match), and
   * each matching entry's score (valid until the next call: read it at once).
   */
  best(terms: WeightedTerm[], count: number): { top: [number, number][]; scoreOf: (entry: number) => number } {
    const { cells, touched } = this.accumulate(terms);
    const scoreOf = (entry: number) => cells[entry * 2]!;
    const top = topScores(touched, scoreOf, count).map((entry): [number, number] => [entry, scoreOf(entry)]);
    return { top, scoreOf };
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
