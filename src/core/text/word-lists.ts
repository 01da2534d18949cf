/**
 * The general word lists in knowledge/language/ (see its README for where each
 * came from). They ship with the code, so they are read from the repository's
 * folder, not from MARSAD_KNOWLEDGE_DIR, and once per process.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryPath } from '../repository-files.js';

export const LANGUAGE_DATA_DIR = repositoryPath('knowledge', 'language');

const cache = new Map<string, readonly string[]>();

/** The entries of one list file: trimmed lines, without blank lines and `#` comment lines. */
export function readWordList(fileName: string): readonly string[] {
  const cached = cache.get(fileName);
  if (cached) return cached;
  const entries = readFileSync(path.join(LANGUAGE_DATA_DIR, fileName), 'utf8')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line.length > 0 && !line.startsWith('#'));
  cache.set(fileName, entries);
  return entries;
}

const tables = new Map<string, readonly (readonly string[])[]>();

/**
 * Rows of TAB-separated columns, each trimmed; split once per process like the lines themselves: some readers
 * ask for their table on every name or question (name-words.ts), and the rows are read-only.
 */
export function readWordTable(fileName: string): readonly (readonly string[])[] {
  let rows = tables.get(fileName);
  if (!rows) tables.set(fileName, (rows = readWordList(fileName).map((line) => line.split('\t').map((field) => field.trim()))));
  return rows;
}

/** A two-column list (`key<TAB>value` a line) as pairs. */
export function readWordPairs(fileName: string): readonly (readonly [string, string])[] {
  return readWordList(fileName).map((line) => {
    const [key, ...rest] = line.split('\t');
    return [key!.trim(), rest.join('\t').trim()] as const;
  });
}
