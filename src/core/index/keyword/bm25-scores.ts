/**
 * BM25 of the entries matching a question's weighted terms, read from the
 * keyword tables' postings (keyword-tables.ts): every match's score, or the
 * best few without sorting every match.
 */
import { TUNING } from '../../tuning.js';
import type { KeywordTables, WeightedTerm } from './keyword-tables.js';
import { topScores } from './top-scores.js';

const { k1: K1, b: B } = TUNING.bm25;

export class Bm25Scores {
  private scratch: { cells: Float64Array; seen: Uint8Array; touched: Int32Array; count: number } | null = null;

  /** termId and idf are the keyword index's (kept per term there). */
  constructor(
    private readonly tables: KeywordTables,
    private readonly termId: (term: string) => number,
    private readonly idf: (term: string) => number,
  ) {}

  private get entryCount(): number {
    return this.tables.lengths.length;
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
}
