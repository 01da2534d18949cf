/**
 * A small container for the index's binary files: named sections of typed
 * arrays or text, each 8-byte aligned, after a JSON table of contents.
 *
 *   "MRSD" | u32 table length | table JSON | padding | section bytes…
 *
 * Why not JSON for everything: at 100,000 paragraphs the tables are millions of
 * numbers; parsing them as JSON takes seconds and several times their size in
 * memory, while typed arrays are read as they lie on disk (views, no copy).
 */
import { readSync } from 'node:fs';

const MAGIC = 'MRSD';

type Kind = 'u8' | 'u16' | 'u32' | 'i32' | 'f32' | 'f64' | 'text';
type Typed = Uint8Array | Uint16Array | Uint32Array | Int32Array | Float32Array | Float64Array;
const CONSTRUCTORS = { u8: Uint8Array, u16: Uint16Array, u32: Uint32Array, i32: Int32Array, f32: Float32Array, f64: Float64Array } as const;

/** A section is a typed array, a text, or bytes given in parts (concatenated). */
export type SectionValue = Typed | string | Uint8Array[];
interface TableEntry { name: string; kind: Kind; offset: number; bytes: number }

function kindOf(value: SectionValue): Kind {
  if (typeof value === 'string') return 'text';
  if (Array.isArray(value)) return 'u8';
  const kind = (Object.keys(CONSTRUCTORS) as Exclude<Kind, 'text'>[]).find((name) => value instanceof CONSTRUCTORS[name]);
  if (!kind) throw new Error('unsupported section type');
  return kind;
}

const align = (offset: number) => Math.ceil(offset / 8) * 8;

/** Serialises named sections into one buffer. */
export function writeSections(sections: Record<string, SectionValue>): Buffer {
  const parts = Object.entries(sections).map(([name, value]) => {
    const pieces = typeof value === 'string' ? [Buffer.from(value, 'utf8')] : Array.isArray(value) ? value : [new Uint8Array(value.buffer, value.byteOffset, value.byteLength)];
    return { name, kind: kindOf(value), pieces, length: pieces.reduce((sum, piece) => sum + piece.length, 0) };
  });
  // The table's own length shifts the offsets; offsets are relative to the data start, so one pass suffices.
  const table: TableEntry[] = [];
  let offset = 0;
  for (const part of parts) {
    table.push({ name: part.name, kind: part.kind, offset, bytes: part.length });
    offset = align(offset + part.length);
  }
  const tableBytes = Buffer.from(JSON.stringify(table), 'utf8');
  const dataStart = align(8 + tableBytes.length);
  const output = Buffer.alloc(dataStart + offset);
  output.write(MAGIC, 0, 'latin1');
  output.writeUInt32LE(tableBytes.length, 4);
  tableBytes.copy(output, 8);
  parts.forEach((part, index) => {
    let at = dataStart + table[index]!.offset;
    for (const piece of part.pieces) output.set(piece, (at += piece.length) - piece.length);
  });
  return output;
}

/**
 * Where each section lies in a file (absolute byte offsets), read from its
 * head only: for a file whose large sections stay on disk and are read on demand.
 */
export function sectionPositions(descriptor: number, label: string): Map<string, { kind: Kind; start: number; bytes: number }> {
  const head = Buffer.alloc(8);
  readSync(descriptor, head, 0, 8, 0);
  if (head.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${label} is not a Marsad index file`);
  const table = Buffer.alloc(head.readUInt32LE(4));
  readSync(descriptor, table, 0, table.length, 8);
  const dataStart = align(8 + table.length);
  return new Map((JSON.parse(table.toString('utf8')) as TableEntry[]).map((entry) => [entry.name, { kind: entry.kind, start: dataStart + entry.offset, bytes: entry.bytes }]));
}

/** Reads sections back; typed arrays are views into `buffer` (copied only if misaligned). */
export class Sections {
  private readonly table = new Map<string, TableEntry>();
  private readonly dataStart: number;

  constructor(private readonly buffer: Buffer, label: string) {
    if (buffer.length < 8 || buffer.toString('latin1', 0, 4) !== MAGIC) throw new Error(`${label} is not a Marsad index file`);
    const tableLength = buffer.readUInt32LE(4);
    for (const entry of JSON.parse(buffer.toString('utf8', 8, 8 + tableLength)) as TableEntry[]) this.table.set(entry.name, entry);
    this.dataStart = align(8 + tableLength);
  }

  has(name: string): boolean {
    return this.table.has(name);
  }

  private entry(name: string, kind: Kind): TableEntry {
    const entry = this.table.get(name);
    if (!entry || entry.kind !== kind) throw new Error(`missing section ${name} (${kind})`);
    return entry;
  }

  text(name: string): string {
    const entry = this.entry(name, 'text');
    return this.buffer.toString('utf8', this.dataStart + entry.offset, this.dataStart + entry.offset + entry.bytes);
  }

  array<K extends Exclude<Kind, 'text'>>(name: string, kind: K): InstanceType<(typeof CONSTRUCTORS)[K]> {
    const entry = this.entry(name, kind);
    const Constructor = CONSTRUCTORS[kind];
    const start = this.buffer.byteOffset + this.dataStart + entry.offset;
    const length = entry.bytes / Constructor.BYTES_PER_ELEMENT;
    if (start % Constructor.BYTES_PER_ELEMENT === 0) return new Constructor(this.buffer.buffer as ArrayBuffer, start, length) as InstanceType<(typeof CONSTRUCTORS)[K]>;
    return new Constructor((this.buffer.buffer as ArrayBuffer).slice(start, start + entry.bytes)) as InstanceType<(typeof CONSTRUCTORS)[K]>;
  }
}
