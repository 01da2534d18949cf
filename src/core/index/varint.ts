/**
 * Unsigned LEB128 varints in a growable byte buffer: postings and per-entry
 * word lists are mostly small gaps and counts, one byte each instead of four.
 */
export class ByteWriter {
  private bytes = new Uint8Array(1 << 16);
  length = 0;

  write(value: number): void {
    if (this.length + 5 > this.bytes.length) this.grow(this.length + 5);
    let rest = value >>> 0;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
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
 * Decodes the pairs (gap-coded first value, second value) of bytes[start, end)
 * and calls `visit(first, second)` with the first value restored to absolute.
 */
export function forEachPair(bytes: Uint8Array, start: number, end: number, visit: (first: number, second: number) => void): void {
  let position = start;
  let previous = 0;
  while (position < end) {
    let gap = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[position++]!;
      gap += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    let value = 0;
    shift = 0;
    do {
      byte = bytes[position++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    previous += gap;
    visit(previous, value);
  }
}

/**
 * Decodes a row of (gap-coded first, second) pairs into `firsts`/`seconds`
 * (reused buffers, at least as long as the row) and returns how many: the
 * tight-loop form of forEachPair for passes over every row of an index.
 */
export function decodeRow(bytes: Uint8Array, start: number, end: number, firsts: Uint32Array, seconds: Uint32Array): number {
  let position = start;
  let previous = 0;
  let count = 0;
  while (position < end) {
    let value = 0;
    let shift = 0;
    let byte: number;
    do {
      byte = bytes[position++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    previous += value;
    firsts[count] = previous;
    value = 0;
    shift = 0;
    do {
      byte = bytes[position++]!;
      value += (byte & 0x7f) * 2 ** shift;
      shift += 7;
    } while (byte & 0x80);
    seconds[count++] = value;
  }
  return count;
}
