/**
 * A language table of English words and the words they stand with ("talk	speak|discuss"), keyed by the index key, so
 * every inflection of a word ("talking", "compensated") reaches its list. Read once, on first use.
 */
import { languageTable } from './language-data.js';
import { stemToken } from './tokenize.js';

export function stemKeyedLists(file: string): (token: string) => string[] {
  let table: Map<string, string[]> | undefined;
  const read = (): Map<string, string[]> => {
    const lists = new Map<string, string[]>();
    for (const [word, list] of languageTable(file)) {
      if (!word || !list) continue;
      const key = stemToken(word);
      lists.set(key, [...new Set([...(lists.get(key) ?? []), ...list.split('|')])]);
    }
    return lists;
  };
  return (token) => {
    table ??= read();
    return table.get(stemToken(token)) ?? [];
  };
}
