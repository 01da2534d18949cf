/**
 * The re-ranker's character n-gram features, computed from the index's word
 * rows instead of re-reading each candidate's text.
 *
 * A paragraph's features are the sum of its words' features (features.ts), so
 * each distinct word form's features are hashed once, on first use, into a
 * shared pool; a candidate's count of each query feature is then a few table
 * look-ups per word. The two per-paragraph figures BM25 and the cosine need
 * besides those counts (total feature count, norm of the weighted vector, and
 * how many distinct features it has) are computed at index time and stored.
 */
import { grownArray } from './grown-array.js';
import { FeatureCounter, tokenFeatures } from '../../embeddings/features.js';

export class TokenFeatureTable {
  /** Per word form: where its features start in the pool (-1: not hashed yet), and how many. */
  private starts = new Int32Array(1024).fill(-1);
  private counts = new Uint16Array(1024);
  pool = new Uint32Array(1 << 16);
  private used = 0;
  /** Per word form, the last question (a stamp of newQuestion) found to hold none of whose features: see countQueryFeatures. */
  heldNone = new Int32Array(1024);
  private questions = 0;

  constructor(private readonly textOf: (token: number) => string) {}

  /** Hashes a word form's features if needed; returns where they start in `pool` (read `pool` after calling). */
  ensure(token: number): number {
    if (token >= this.starts.length) this.growTokens(token + 1);
    const start = this.starts[token]!;
    if (start >= 0) return start;
    const features = tokenFeatures(this.textOf(token));
    if (this.used + features.length > this.pool.length) {
      const pool = new Uint32Array(Math.max(this.pool.length * 2, this.used + features.length));
      pool.set(this.pool.subarray(0, this.used));
      this.pool = pool;
    }
    this.pool.set(features, this.used);
    this.starts[token] = this.used;
    this.counts[token] = features.length;
    this.used += features.length;
    return this.starts[token]!;
  }

  featureCount(token: number): number {
    return this.counts[token]!;
  }

  private growTokens(size: number): void {
    this.starts = grownArray(this.starts, size, -1);
    this.counts = grownArray(this.counts, this.starts.length);
    this.heldNone = grownArray(this.heldNone, this.starts.length);
  }

  /** A stamp no earlier question had, for marking the word forms that hold none of its features. */
  newQuestion(): number {
    this.questions = this.questions === 0x7fffffff ? 1 : this.questions + 1;
    return this.questions;
  }

  /** Adds one word form's features to a counter, in counting order: the stem twice, then each n-gram. */
  addToken(token: number, counter: FeatureCounter): void {
    const start = this.ensure(token);
    const end = start + this.counts[token]!;
    const pool = this.pool;
    counter.add(pool[start]!, 2);
    for (let position = start + 1; position < end; position += 1) counter.add(pool[position]!, 1);
  }
}

/** Per entry, what the re-ranker needs besides counts: Σ feature counts, distinct features, weighted-vector norm. */
export interface EntryLexicalStats {
  featureLength: Uint32Array;
  distinctFeatures: Uint32Array;
  norm: Float64Array;
}

/**
 * Adds to `counts[p]` how often the candidate contains the query feature at
 * position p of `query`, visiting the candidate's distinct non-stop word forms.
 * A word form found to hold none of the query's features is marked with the
 * question's stamp (`question`, from newQuestion) and passed over when another
 * candidate has it: two of three word forms visited are met again among one
 * question's candidates, and a stop word or a form sharing nothing adds nothing.
 */
export function countQueryFeatures(
  forEachToken: (visit: (token: number, count: number) => void) => void,
  isStopToken: (token: number) => boolean,
  table: TokenFeatureTable,
  query: FeatureCounter,
  counts: Float64Array,
  held: Uint32Array,
  question: number,
): void {
  forEachToken((token, count) => {
    if (token < table.heldNone.length && table.heldNone[token] === question) return;
    if (isStopToken(token)) {
      if (token < table.heldNone.length) table.heldNone[token] = question;
      return;
    }
    const start = table.ensure(token);
    const pool = table.pool;
    const end = start + table.featureCount(token);
    let holds = false;
    // Nearly every feature of a candidate's words is not the question's: its bit, clear, says so without a probe.
    let feature = pool[start]!;
    let bits = feature ^ (feature >>> 16);
    if ((held[(bits >>> 5) & 0x7ff]! >>> (bits & 31)) & 1) {
      const position = query.positionOf(feature);
      if (position >= 0) {
        counts[position]! += 2 * count;
        holds = true;
      }
    }
    for (let index = start + 1; index < end; index += 1) {
      feature = pool[index]!;
      bits = feature ^ (feature >>> 16);
      if (((held[(bits >>> 5) & 0x7ff]! >>> (bits & 31)) & 1) === 0) continue;
      const position = query.positionOf(feature);
      if (position >= 0) {
        counts[position]! += count;
        holds = true;
      }
    }
    if (!holds) table.heldNone[token] = question;
  });
}

/**
 * A 65,536-bit filter of the query's features for countQueryFeatures: a feature whose bit is clear is not
 * the query's; a set bit is checked in the counter. Built once per question (CandidateScorer), 8 KB.
 */
export function queryFeatureBits(query: FeatureCounter): Uint32Array {
  const held = new Uint32Array(2048);
  for (let position = 0; position < query.size; position += 1) {
    const feature = query.featureAt(position);
    const bits = feature ^ (feature >>> 16);
    held[(bits >>> 5) & 0x7ff]! |= 1 << (bits & 31);
  }
  return held;
}
