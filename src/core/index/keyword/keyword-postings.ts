/**
 * Postings (stem → entries with frequency) and frequencies derived from the
 * entries' word rows (keyword-builder.ts): derivePostings() reads every row
 * (a full build); keyword-merge.ts renumbers the previous postings instead (an
 * incremental one). Both give the same bytes for the same rows.
 */
import { drainNow } from '../../time-slicer.js';
import { decodeRow, varintSize, writeVarint } from '../format/varint.js';

export interface WordRows {
  rows: Uint8Array;
  rowStarts: Uint32Array;
  tokenStems: Int32Array;
  termCount: number;
}

export interface Postings {
  tokenFrequency: Uint32Array;
  termFrequency: Uint32Array;
  postingStarts: Uint32Array;
  postings: Uint8Array;
}

/** Calls visit(term, count) for each stem of a row, counts of forms sharing a stem summed, in first-seen order. */
export function stemsOfRow(input: WordRows, rows: Uint8Array, start: number, end: number, scratch: Scratch, visit: (term: number, count: number) => void): void {
  const pairs = decodeRow(rows, start, end, scratch.tokens, scratch.counts);
  let distinct = 0;
  scratch.row += 1;
  for (let index = 0; index < pairs; index += 1) {
    const term = input.tokenStems[scratch.tokens[index]!]!;
    if (term < 0) continue;
    if (scratch.stamp[term] !== scratch.row) (scratch.stamp[term] = scratch.row), (scratch.termCount[term] = 0), (scratch.touched[distinct++] = term);
    scratch.termCount[term]! += scratch.counts[index]!;
  }
  for (let index = 0; index < distinct; index += 1) visit(scratch.touched[index]!, scratch.termCount[scratch.touched[index]!]!);
}

export interface Scratch { tokens: Uint32Array; counts: Uint32Array; touched: Int32Array; stamp: Int32Array; termCount: Uint32Array; row: number }

export function scratchFor(rowStarts: Uint32Array, termCount: number): Scratch {
  // A pair takes at least two bytes: the longest row in bytes bounds every row's pairs.
  let longest = 0;
  for (let entry = 0; entry + 1 < rowStarts.length; entry += 1) longest = Math.max(longest, rowStarts[entry + 1]! - rowStarts[entry]!);
  const size = (longest >> 1) + 1;
  return { tokens: new Uint32Array(size), counts: new Uint32Array(size), touched: new Int32Array(size), stamp: new Int32Array(termCount).fill(-1), termCount: new Uint32Array(termCount), row: 0 };
}


/** Every row read twice (sizes, then bytes): no list of all postings is ever held apart from the bytes. */
export function derivePostings(input: WordRows): Postings {
  return drainNow(derivePostingsSteps(input));
}

/** Rows between two steps of derivePostingsSteps: a few milliseconds of work. */
const ROWS_PER_STEP = 1024;

/** derivePostings() in steps (see TimeSlicer), one per ROWS_PER_STEP rows of each pass. */
export function* derivePostingsSteps(input: WordRows): Generator<void, Postings> {
  const entryCount = input.rowStarts.length - 1;
  const scratch = scratchFor(input.rowStarts, input.termCount);
  const tokenFrequency = new Uint32Array(input.tokenStems.length);
  const termFrequency = new Uint32Array(input.termCount);
  const lastEntry = new Float64Array(input.termCount);
  const bytesOf = new Float64Array(input.termCount);
  for (let entry = 0; entry < entryCount; entry += 1) {
    if (entry % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    const pairs = decodeRow(input.rows, input.rowStarts[entry]!, input.rowStarts[entry + 1]!, scratch.tokens, scratch.counts);
    for (let index = 0; index < pairs; index += 1) tokenFrequency[scratch.tokens[index]!]! += 1;
    stemsOfRow(input, input.rows, input.rowStarts[entry]!, input.rowStarts[entry + 1]!, scratch, (term, count) => {
      bytesOf[term]! += varintSize(entry - lastEntry[term]!) + varintSize(count);
      lastEntry[term] = entry;
      termFrequency[term]! += 1;
    });
  }
  const postingStarts = new Uint32Array(input.termCount + 1);
  for (let term = 0; term < input.termCount; term += 1) postingStarts[term + 1] = postingStarts[term]! + bytesOf[term]!;
  const postings = new Uint8Array(postingStarts[input.termCount]!);
  const cursor = Float64Array.from(postingStarts.subarray(0, input.termCount));
  lastEntry.fill(0);
  for (let entry = 0; entry < entryCount; entry += 1) {
    if (entry % ROWS_PER_STEP === ROWS_PER_STEP - 1) yield;
    stemsOfRow(input, input.rows, input.rowStarts[entry]!, input.rowStarts[entry + 1]!, scratch, (term, count) => {
      cursor[term] = writeVarint(postings, writeVarint(postings, cursor[term]!, entry - lastEntry[term]!), count);
      lastEntry[term] = entry;
    });
  }
  return { tokenFrequency, termFrequency, postingStarts, postings };
}
