/**
 * Postings for an incremental build: unchanged entries keep their postings,
 * only renumbered (a changed article shifts the entries after it), so each
 * previous list is decoded, renumbered, merged with the new entries' postings
 * and re-encoded in one pass; rows are read only for entries that were added
 * or dropped. The result is byte for byte what derivePostings() gives.
 */
import type { KeywordTables } from './keyword-tables.js';
import { scratchFor, stemsOfRow, type Postings, type WordRows } from './keyword-postings.js';
import { decodeRow, VarintReader, writeVarint } from '../format/varint.js';

/**
 * The incremental form: `copiedFrom[entry]` is the previous entry an entry's
 * row was copied from (-1: tokenised anew). Null when the copies are not in
 * the previous order (then renumbering is no longer a merge): derive instead.
 */
export function mergePostings(input: WordRows, previous: KeywordTables, copiedFrom: Int32Array): Postings | null {
  const previousEntries = previous.rowStarts.length - 1;
  const newOfOld = new Int32Array(previousEntries).fill(-1);
  let last = -1;
  for (let entry = 0; entry < copiedFrom.length; entry += 1) {
    const old = copiedFrom[entry]!;
    if (old < -1) return null;
    if (old < 0) continue;
    if (old <= last) return null;
    newOfOld[(last = old)] = entry;
  }
  const scratch = scratchFor(input.rowStarts, input.termCount);
  // Surface frequencies: the previous ones, less the dropped entries' forms, plus the new entries'.
  const tokenFrequency = new Uint32Array(input.tokenStems.length);
  tokenFrequency.set(previous.tokenFrequency);
  const previousRows = previous.rows.range(0, previous.rows.length);
  const adjust = (rows: Uint8Array, start: number, end: number, by: number) => {
    const pairs = decodeRow(rows, start, end, scratch.tokens, scratch.counts);
    for (let index = 0; index < pairs; index += 1) tokenFrequency[scratch.tokens[index]!]! += by;
  };
  newOfOld.forEach((entry, old) => entry < 0 && adjust(previousRows, previous.rowStarts[old]!, previous.rowStarts[old + 1]!, -1));
  // The new entries' postings, by term (entries ascending).
  const added = new Map<number, number[]>();
  copiedFrom.forEach((old, entry) => {
    if (old >= 0) return;
    adjust(input.rows, input.rowStarts[entry]!, input.rowStarts[entry + 1]!, 1);
    stemsOfRow(input, input.rows, input.rowStarts[entry]!, input.rowStarts[entry + 1]!, scratch, (term, count) => {
      const list = added.get(term) ?? [];
      list.push(entry, count);
      added.set(term, list);
    });
  });
  // One pass over the previous lists, renumbered, with the new postings merged in, straight into bytes:
  // no call per posting (this touches every posting of the index on each reindex).
  const postings = previous.postings.range(0, previous.postings.length);
  let freshPostings = 0;
  for (const list of added.values()) freshPostings += list.length / 2;
  // Renumbering can lengthen a gap by a few bytes at most once per list; each new posting takes at most ten.
  const output = new Uint8Array(postings.length + 5 * input.termCount + 10 * freshPostings);
  const postingStarts = new Uint32Array(input.termCount + 1);
  const termFrequency = new Uint32Array(input.termCount);
  let at = 0;
  for (let term = 0; term < input.termCount; term += 1) {
    const fresh = added.get(term);
    let next = 0;
    let written = 0;
    let lastWritten = 0;
    const reader = new VarintReader(postings, term < previous.terms.size ? previous.postingStarts[term]! : 0);
    const end = term < previous.terms.size ? previous.postingStarts[term + 1]! : 0;
    let old = 0;
    for (;;) {
      // The next previous posting whose entry is kept, renumbered (-1 when the list is done).
      let entry = -1;
      let count = 0;
      while (reader.position < end) {
        old += reader.next();
        const value = reader.next();
        if (newOfOld[old]! >= 0) {
          entry = newOfOld[old]!;
          count = value;
          break;
        }
      }
      // New postings that come before it (all that remain, once the previous list is done).
      while (fresh && next < fresh.length && (entry < 0 || fresh[next]! < entry)) {
        at = writeVarint(output, writeVarint(output, at, fresh[next]! - lastWritten), fresh[next + 1]!);
        lastWritten = fresh[next]!;
        next += 2;
        written += 1;
      }
      if (entry < 0) break;
      at = writeVarint(output, writeVarint(output, at, entry - lastWritten), count);
      lastWritten = entry;
      written += 1;
    }
    termFrequency[term] = written;
    postingStarts[term + 1] = at;
  }
  return { tokenFrequency, termFrequency, postingStarts, postings: output.slice(0, at) };
}
