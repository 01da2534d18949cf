/**
 * English verbs of one sense ("talk" speak, "keep" maintain): knowledge/language/english-verb-synonyms.tsv, from
 * WordNet 3.0's synsets in their usual senses. Keyed by the index key, so every inflection of a verb ("talking",
 * "kept" is not: irregular forms reach it only through the lemma) reaches the other's.
 */
import { languageTable } from './language-data.js';
import { stemToken } from './tokenize.js';

let synonyms: Map<string, string[]> | undefined;

function readSynonyms(): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const [word, list] of languageTable('english-verb-synonyms.tsv')) {
    if (!word || !list) continue;
    const key = stemToken(word);
    table.set(key, [...new Set([...(table.get(key) ?? []), ...list.split('|')])]);
  }
  return table;
}

/** The verbs sharing a normalised English token's usual sense; none for another word. */
export function verbSynonyms(token: string): string[] {
  synonyms ??= readSynonyms();
  return synonyms.get(stemToken(token)) ?? [];
}
