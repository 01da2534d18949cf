/**
 * Unsigned LEB128 varints, the index's one encoder and decoder: postings and
 * per-entry word lists are mostly small gaps and counts, one byte each instead
 * of four.
 */

/** Bytes `value` takes as a varint. */
export const varintSize = (value: number) => (value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5);

/** Writes `value` at `position` of a buffer known to be large enough; returns the position after it. */
export function writeVarint(bytes: Uint8Array, position: number, value: number): number {
  let rest = value;
  while (rest >= 0x80) (bytes[position++] = (rest & 0x7f) | 0x80), (rest >>>= 7);
  bytes[position++] = rest;
  return position;
}

/** Varints in a growable byte buffer. */
export class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  write(value: number): void {
    if (this.length + 5 > this.bytes.length) this.grow(this.length + 5);
    this.length = writeVarint(this.bytes, this.length, value >>> 0);
  }

  /** Appends bytes already encoded (a row copied from a previous index). */
  append(bytes: Uint8Array): void {
    if (this.length + bytes.length > this.bytes.length) this.grow(this.length + bytes.length);
    this.bytes.set(bytes, this.length);
    this.length += bytes.length;
  }

  private grow(needed: number): void {
    let size = this.bytes.length * 2;
    while (size < needed) size *= 2;
    const bytes = new Uint8Array(size);
    bytes.set(this.bytes.subarray(0, this.length));
    this.bytes = bytes;
  }

  /** The written bytes so far, without copying (valid until the next write). */
  view(): Uint8Array {
    return this.bytes.subarray(0, this.length);
  }

  /** The written bytes (a copy trimmed to length: the writer's buffer is larger). */
  finish(): Uint8Array {
    return this.bytes.slice(0, this.length);
  }
}

/**
 * Reads unsigned LEB128 varints one after another: `next()` returns a value and
 * moves `position` past it. The one decoder of the index's varints (postings,
 * word rows, token sequences); small enough for V8 to inline in the hot loops.
 */
export class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    public position = 0,
  ) {}

  next(): number {
    const bytes = this.bytes;
    let byte = bytes[this.position++]!;
    if (byte < 0x80) return byte; // most gaps and counts fit one byte
    let value = byte & 0x7f;
    let scale = 0x80;
    do {
      byte = bytes[this.position++]!;
      value += (byte & 0x7f) * scale;
      scale *= 0x80;
    } while (byte & 0x80);
    return value;
  }
}

/**
 * Decodes the pairs (gap-coded first value, second value) of bytes[start, end)
 * and calls `visit(first, second)` with the first value restored to absolute.
 */
export function forEachPair(bytes: Uint8Array, start: number, end: number, visit: (first: number, second: number) => void): void {
  const reader = new VarintReader(bytes, start);
  let previous = 0;
  while (reader.position < end) {
    previous += reader.next();
    visit(previous, reader.next());
  }
}

/**
 * Decodes a row of (gap-coded first, second) pairs into `firsts`/`seconds`
 * (reused buffers, at least as long as the row) and returns how many: the
 * tight-loop form of forEachPair for passes over every row of an index.
 */
export function decodeRow(bytes: Uint8Array, start: number, end: number, firsts: Uint32Array, seconds: Uint32Array): number {
  const reader = new VarintReader(bytes, start);
  let previous = 0;
  let count = 0;
  while (reader.position < end) {
    previous += reader.next();
    firsts[count] = previous;
    seconds[count++] = reader.next();
  }
  return count;
}
