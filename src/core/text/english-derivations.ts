/**
 * English verbs and nouns of one derivation ("compensate" compensation, "injure" injury, "decide" decision):
 * knowledge/language/english-derivations.tsv, from WordNet 3.0. Keyed by the index key, so every inflection of a word
 * ("compensated", "injuries") reaches the other's.
 */
import { languageTable } from './language-data.js';
import { stemToken } from './tokenize.js';

let mates: Map<string, string[]> | undefined;

function readMates(): Map<string, string[]> {
  const table = new Map<string, string[]>();
  for (const [word, list] of languageTable('english-derivations.tsv')) {
    if (!word || !list) continue;
    const key = stemToken(word);
    table.set(key, [...new Set([...(table.get(key) ?? []), ...list.split('|')])]);
  }
  return table;
}

/** The words of the other part of speech derived on a normalised English token's lemma; none for another word. */
export function derivationMates(token: string): string[] {
  mates ??= readMates();
  return mates.get(stemToken(token)) ?? [];
}
