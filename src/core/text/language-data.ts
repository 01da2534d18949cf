/**
 * General word lists (knowledge/language/*.tsv, each described in the README
 * there): read once per process, rows of TAB-separated columns, `#` comments
 * skipped. The first column is a word or phrase; callers normalise it.
 */
import { normalizeText } from './normalize.js';
import { readWordTable } from './word-lists.js';

export function languageTable(name: string): readonly (readonly string[])[] {
  return readWordTable(name);
}

/** Normalised first column → second column (the first row of a form wins). */
export function languageMap(name: string, valueColumn = 1, keep: (row: readonly string[]) => boolean = () => true): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of languageTable(name)) {
    if (!keep(row)) continue;
    const key = normalizeText(row[0]!);
    if (key && !map.has(key)) map.set(key, row[valueColumn] ?? '');
  }
  return map;
}
