/**
 * Each new entry's non-stop-word tokens in text order, kept between the
 * build's passes (fit, then embed) as varint bytes: a quarter of the memory of
 * number arrays, and no re-tokenising for the second pass.
 */
import type { FeatureCounter } from '../../embeddings/features.js';
import type { TokenFeatureTable } from './entry-features.js';
import { ByteWriter, VarintReader } from './varint.js';

export class TokenSequences {
  private readonly bytes = new ByteWriter();
  private readonly starts: Float64Array;
  private readonly ends: Float64Array;
  private view: Uint8Array | null = null;

  constructor(entries: number) {
    this.starts = new Float64Array(entries).fill(-1);
    this.ends = new Float64Array(entries);
  }

  set(entry: number, tokens: number[]): void {
    this.starts[entry] = this.bytes.length;
    for (const token of tokens) this.bytes.write(token);
    this.ends[entry] = this.bytes.length;
    this.view = null;
  }

  has(entry: number): boolean {
    return this.starts[entry]! >= 0;
  }

  /** Counts the entry's features in text order (as countFeatures() of its text would) straight from the stored bytes. */
  count(entry: number, table: TokenFeatureTable, counter: FeatureCounter): FeatureCounter {
    this.view ??= this.bytes.view();
    const bytes = this.view;
    counter.clear();
    const reader = new VarintReader(bytes, this.starts[entry]!);
    const end = this.ends[entry]!;
    while (reader.position < end) table.addToken(reader.next(), counter);
    return counter;
  }
}
