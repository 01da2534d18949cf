/**
 * English verbs and nouns of one derivation ("compensate" compensation, "injure" injury, "decide" decision):
 * knowledge/language/english-derivations.tsv, from WordNet 3.0. Keyed by the index key, so every inflection of a word
 * ("compensated", "injuries") reaches the other's.
 */
import { stemKeyedLists } from './stem-keyed-lists.js';

const lookUp = stemKeyedLists('english-derivations.tsv');

/** The words of the other part of speech derived on a normalised English token's lemma; none for another word. */
export function derivationMates(token: string): string[] {
  return lookUp(token);
}
