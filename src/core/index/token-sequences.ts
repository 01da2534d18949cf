/**
 * Each new entry's non-stop-word tokens in text order, kept between the
 * build's passes (fit, then embed) as varint bytes: a quarter of the memory of
 * number arrays, and no re-tokenising for the second pass.
 */
import type { FeatureCounter } from '../embeddings/features.js';
import type { TokenFeatureTable } from './entry-features.js';
import { ByteWriter } from './varint.js';

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
    for (let position = this.starts[entry]!; position < this.ends[entry]!; ) {
      let token = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = bytes[position++]!;
        token += (byte & 0x7f) * 2 ** shift;
        shift += 7;
      } while (byte & 0x80);
      table.addToken(token, counter);
    }
    return counter;
  }
}
