/**
 * English verbs of one sense ("talk" speak, "keep" maintain): knowledge/language/english-verb-synonyms.tsv, from
 * WordNet 3.0's synsets in their usual senses. Keyed by the index key, so every inflection of a verb ("talking",
 * "kept" is not: irregular forms reach it only through the lemma) reaches the other's.
 */
import { stemKeyedLists } from './stem-keyed-lists.js';

const lookUp = stemKeyedLists('english-verb-synonyms.tsv');

/** The verbs sharing a normalised English token's usual sense; none for another word. */
export function verbSynonyms(token: string): string[] {
  return lookUp(token);
}
