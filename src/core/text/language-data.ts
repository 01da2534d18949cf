/**
 * General word lists (knowledge/language/*.tsv, each described in the README
 * there): read once per process, rows of TAB-separated columns, `#` comments
 * skipped. The first column is a word or phrase; callers normalise it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { normalizeText } from './normalize.js';

const LANGUAGE_DIR = fileURLToPath(new URL('../../../knowledge/language/', import.meta.url));
const tables = new Map<string, string[][]>();

export function languageTable(name: string): string[][] {
  let rows = tables.get(name);
  if (!rows) {
    rows = readFileSync(`${LANGUAGE_DIR}${name}`, 'utf8')
      .split('\n')
      .filter((line) => line.trim() && !line.startsWith('#'))
      .map((line) => line.split('\t').map((field) => field.trim()));
    tables.set(name, rows);
  }
  return rows;
}

/** Normalised first column → second column (the first row of a form wins). */
export function languageMap(name: string, valueColumn = 1, keep: (row: string[]) => boolean = () => true): Map<string, string> {
  const map = new Map<string, string>();
  for (const row of languageTable(name)) {
    if (!keep(row)) continue;
    const key = normalizeText(row[0]!);
    if (key && !map.has(key)) map.set(key, row[valueColumn] ?? '');
  }
  return map;
}
