/**
 * entries.bin and keywords.bin: the index's per-entry and per-word tables as
 * typed arrays (binary-sections.ts), read back as views without parsing.
 */
import { sectionPositions, Sections, writeSections } from './binary-sections.js';
import { bytesInMemory, OpenFile } from './byte-ranges.js';
import type { EntryLexicalStats } from './entry-features.js';
import type { KeywordTables } from '../keyword/keyword-tables.js';
import { StringTable } from './string-table.js';

/** The files of a generation besides manifest.json; each is listed there with its checksum. */
export const INDEX_FILES = { vectors: 'vectors.hnsw', entries: 'entries.bin', articles: 'articles.bin', keywords: 'keywords.bin', idf: 'idf.bin' } as const;

export type EntryView = 'original' | 'translation';

export interface IndexEntry {
  article: number;
  /** Paragraph number within the article (1-based). */
  paragraph: number;
  view: EntryView;
}

export interface EntryTables {
  entries: IndexEntry[];
  /** Graph label of each entry's vector. */
  labels: Int32Array;
  stats: EntryLexicalStats;
}

export function writeEntryTables({ entries, labels, stats }: EntryTables): Buffer {
  return writeSections({
    article: Uint32Array.from(entries, (entry) => entry.article),
    paragraph: Uint32Array.from(entries, (entry) => entry.paragraph),
    view: Uint8Array.from(entries, (entry) => (entry.view === 'original' ? 0 : 1)),
    label: labels.slice(0, entries.length),
    featureLength: stats.featureLength,
    distinctFeatures: stats.distinctFeatures,
    norm: stats.norm,
  });
}

export function readEntryTables(bytes: Buffer, label: string): EntryTables {
  const sections = new Sections(bytes, label);
  const article = sections.array('article', 'u32');
  const paragraph = sections.array('paragraph', 'u32');
  const view = sections.array('view', 'u8');
  const entries = Array.from(article, (articleIndex, entry): IndexEntry => ({ article: articleIndex, paragraph: paragraph[entry]!, view: view[entry] === 0 ? 'original' : 'translation' }));
  return {
    entries,
    labels: sections.array('label', 'i32'),
    stats: { featureLength: sections.array('featureLength', 'u32'), distinctFeatures: sections.array('distinctFeatures', 'u32'), norm: sections.array('norm', 'f64') },
  };
}

export function writeKeywordTables(tables: KeywordTables): Buffer {
  const tokens = tables.tokens.parts();
  const terms = tables.terms.parts();
  // Postings and rows last: a reader loads everything before them in one read and leaves them on disk.
  return writeSections({
    tokens: tokens.joined,
    tokenStarts: tokens.starts,
    tokenOrder: tokens.sorted,
    tokenStems: tables.tokenStems,
    tokenFrequency: tables.tokenFrequency,
    terms: terms.joined,
    termStarts: terms.starts,
    termOrder: terms.sorted,
    termFrequency: tables.termFrequency,
    postingStarts: tables.postingStarts,
    rowStarts: tables.rowStarts,
    lengths: tables.lengths,
    totalLength: Float64Array.of(tables.totalLength),
    postings: tables.postings.range(0, tables.postings.length),
    rows: tables.rows.range(0, tables.rows.length),
  });
}

/**
 * Reads keywords.bin (already verified): the vocabularies, offsets and word rows
 * into memory, postings left in the file and read a range at a time. A question
 * reads a few dozen postings lists but the rows of every candidate (about a
 * hundred, each its own system call when read from the file: the largest single
 * cost of an ask at 100,000 paragraphs), so the rows are read once, at load.
 */
export function readKeywordTables(filePath: string): KeywordTables {
  const file = new OpenFile(filePath);
  const positions = sectionPositions(file.descriptor, filePath);
  const small = new Map<string, { start: number; bytes: number }>([...positions].filter(([name]) => name !== 'postings' && name !== 'rows'));
  // The small sections lie before the two large ones: one read covers them.
  const end = Math.max(...[...small.values()].map((section) => section.start + section.bytes));
  const head = file.read(0, end);
  const sections = new Sections(head, filePath);
  const onDisk = (name: string) => {
    const section = positions.get(name);
    if (!section) throw new Error(`${filePath} has no ${name} section`);
    return file.section(section.start, section.bytes);
  };
  const inMemory = (name: string) => {
    const onFile = onDisk(name);
    return bytesInMemory(onFile.range(0, onFile.length));
  };
  return {
    tokens: new StringTable(sections.text('tokens'), sections.array('tokenStarts', 'u32'), sections.array('tokenOrder', 'u32')),
    tokenStems: sections.array('tokenStems', 'i32'),
    tokenFrequency: sections.array('tokenFrequency', 'u32'),
    terms: new StringTable(sections.text('terms'), sections.array('termStarts', 'u32'), sections.array('termOrder', 'u32')),
    termFrequency: sections.array('termFrequency', 'u32'),
    postingStarts: sections.array('postingStarts', 'u32'),
    postings: onDisk('postings'),
    rowStarts: sections.array('rowStarts', 'u32'),
    rows: inMemory('rows'),
    lengths: sections.array('lengths', 'u32'),
    totalLength: sections.array('totalLength', 'f64')[0]!,
  };
}
