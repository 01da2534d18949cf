/**
 * Large byte sections of index files, in memory (just built, or read whole at
 * load) or left on disk and read a range at a time. Postings are tens of MB at
 * 100,000 paragraphs, yet a question reads a few dozen lists; the page cache
 * keeps the hot ones, outside the process's memory (index-tables.ts says which
 * section is read how).
 */
import { closeSync, openSync, readSync } from 'node:fs';

export interface ByteRanges {
  readonly length: number;
  /** Bytes [start, end) of the section (a view or a fresh copy: do not keep writing to it). */
  range(start: number, end: number): Uint8Array;
}

export function bytesInMemory(bytes: Uint8Array): ByteRanges {
  return { length: bytes.length, range: (start, end) => bytes.subarray(start, end) };
}

const closer = new FinalizationRegistry<number>((descriptor) => closeSync(descriptor));

/**
 * An index file kept open while anything reads from it: a reindex may prune
 * its generation's folder while a slow reader is still at work. The descriptor
 * is closed when the last section reading from it is garbage-collected.
 */
export class OpenFile {
  readonly descriptor: number;

  constructor(filePath: string) {
    this.descriptor = openSync(filePath, 'r');
    closer.register(this, this.descriptor);
  }

  read(position: number, length: number): Buffer {
    const bytes = Buffer.allocUnsafe(length);
    let done = 0;
    while (done < length) {
      const read = readSync(this.descriptor, bytes, done, length - done, position + done);
      if (read === 0) throw new Error('index file ended early');
      done += read;
    }
    return bytes;
  }

  /** A section of `length` bytes starting at `start`, read on demand. */
  section(start: number, length: number): ByteRanges {
    return { length, range: (from, to) => this.read(start + from, to - from) };
  }
}
