/**
 * The keyword index's tables: stemmed index terms with their postings, and the
 * word-form vocabulary of the corpus.
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
