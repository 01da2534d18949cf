/**
 * Builds the keyword tables (keyword-tables.ts) entry by entry. Each text is
 * tokenised once, into its row of distinct word forms; stems, postings and
 * frequencies are then derived from the rows in two passes (sizes, then
 * bytes), with no per-posting objects. An incremental reindex extends the
 * previous vocabulary (ids stay valid) and copies unchanged entries' rows.
 */
import { grownArray } from '../format/grown-array.js';
import { drainNow } from '../../time-slicer.js';
import { normalizeText } from '../../text/normalize.js';
import { isStopWord, rawTokens, stemToken } from '../../text/tokenize.js';
import type { KeywordTables } from './keyword-tables.js';
import { bytesInMemory } from '../format/byte-ranges.js';
import { StringTable } from '../format/string-table.js';
import { mergePostings } from './keyword-merge.js';
import { derivePostingsSteps, type WordRows } from './keyword-postings.js';
import { ByteWriter } from '../format/varint.js';

export class KeywordBuilder {
  private readonly tokens: string[] = [];
  private readonly tokenStems: number[] = [];
  private readonly terms: string[] = [];
  private tokenIds: Map<string, number> | null = null;
  private termIds: Map<string, number> | null = null;
  private readonly rows = new ByteWriter();
  private readonly rowStarts: number[] = [0];
  private readonly lengths: number[] = [];
  private previousRows: { tables: KeywordTables; bytes: Uint8Array } | null = null;
  /** The index this one extends, and for each entry the previous entry it copies (-1: tokenised anew). */
  private previous: KeywordTables | null = null;
  private readonly copiedFrom: number[] = [];

  /** A builder whose vocabulary starts as the previous index's (its rows can then be copied as they are). */
  static extending(previous: KeywordTables | null): KeywordBuilder {
    const builder = new KeywordBuilder();
    if (!previous) return builder;
    builder.previous = previous;
    for (let id = 0; id < previous.tokens.size; id += 1) builder.tokens.push(previous.tokens.at(id)), builder.tokenStems.push(previous.tokenStems[id]!);
    for (let id = 0; id < previous.terms.size; id += 1) builder.terms.push(previous.terms.at(id));
    return builder;
  }

  private tokenId(token: string): number {
    // Lookup maps are made on first use: a reindex that only copies rows never needs them.
    if (!this.tokenIds) this.tokenIds = new Map(this.tokens.map((text, id) => [text, id]));
    if (!this.termIds) this.termIds = new Map(this.terms.map((text, id) => [text, id]));
    let id = this.tokenIds.get(token);
    if (id !== undefined) return id;
    id = this.tokens.length;
    this.tokens.push(token);
    this.tokenIds.set(token, id);
    let stem = -1;
    if (!isStopWord(token)) {
      const term = stemToken(token);
      stem = this.termIds.get(term) ?? this.terms.length;
      if (stem === this.terms.length) this.terms.push(term), this.termIds.set(term, stem);
    }
    this.tokenStems.push(stem);
    return id;
  }

  get tokenCount(): number {
    return this.tokens.length;
  }

  /** The word form of an id (for computing its n-gram features). */
  tokenText(id: number): string {
    return this.tokens[id]!;
  }

  isStopToken(id: number): boolean {
    return this.tokenStems[id]! < 0;
  }

  /** Adds the next entry's text; returns its non-stop-word tokens in text order (the lexical features' input). */
  addText(text: string): number[] {
    const entry = this.lengths.length;
    const distinct: number[] = [];
    const sequence: number[] = [];
    for (const token of rawTokens(normalizeText(text))) {
      const id = this.tokenId(token);
      if (id >= this.seenIn.length) this.growCounts(id + 1);
      // seenIn/count are per form, valid for the entry being added: no map per text.
      if (this.seenIn[id] !== entry) (this.seenIn[id] = entry), (this.count[id] = 0), distinct.push(id);
      this.count[id]! += 1;
      if (this.tokenStems[id]! >= 0) sequence.push(id);
    }
    distinct.sort((left, right) => left - right);
    let previous = 0;
    for (const id of distinct) {
      this.rows.write(id - previous);
      this.rows.write(this.count[id]!);
      previous = id;
    }
    this.copiedFrom.push(-1);
    this.endRow(sequence.length);
    return sequence;
  }

  private seenIn = new Int32Array(1024).fill(-1);
  private count = new Uint32Array(1024);

  private growCounts(size: number): void {
    this.seenIn = grownArray(this.seenIn, size, -1);
    this.count = grownArray(this.count, this.seenIn.length);
  }

  /** Adds the next entry as a copy of a previous index's entry (same vocabulary ids, see extending()). */
  copyRow(previous: KeywordTables, entry: number): void {
    // One read of every previous row (they may be on disk) rather than one per entry.
    if (this.previousRows?.tables !== previous) this.previousRows = { tables: previous, bytes: previous.rows.range(0, previous.rows.length) };
    this.rows.append(this.previousRows.bytes.subarray(previous.rowStarts[entry]!, previous.rowStarts[entry + 1]!));
    this.copiedFrom.push(previous === this.previous ? entry : -2);
    this.endRow(previous.lengths[entry]!);
  }

  private endRow(length: number): void {
    this.rowStarts.push(this.rows.length);
    this.lengths.push(length);
  }

  finish(): KeywordTables {
    return drainNow(this.finishSteps());
  }

  /** finish() in steps (see TimeSlicer): deriving the postings is most of a large build's keyword work. */
  *finishSteps(): Generator<void, KeywordTables> {
    const rows = this.rows.finish();
    const input: WordRows = {
      rows,
      rowStarts: Uint32Array.from(this.rowStarts),
      tokenStems: Int32Array.from(this.tokenStems),
      termCount: this.terms.length,
    };
    // After an incremental build, most postings lists are the previous ones renumbered.
    const derived = (this.previous && mergePostings(input, this.previous, Int32Array.from(this.copiedFrom))) ?? (yield* derivePostingsSteps(input));
    return {
      tokens: StringTable.from(this.tokens),
      tokenStems: input.tokenStems,
      tokenFrequency: derived.tokenFrequency,
      terms: StringTable.from(this.terms),
      termFrequency: derived.termFrequency,
      postingStarts: derived.postingStarts,
      postings: bytesInMemory(derived.postings),
      rowStarts: input.rowStarts,
      rows: bytesInMemory(rows),
      lengths: Uint32Array.from(this.lengths),
      totalLength: this.lengths.reduce((sum, length) => sum + length, 0),
    };
  }
}
