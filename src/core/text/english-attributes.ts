/**
 * What a "how" question measures: the nouns an English adjective is a value of, where a number answers ("how hot":
 * temperature, "how far": distance, "how long": duration, length). A report gives "temperatures reached 47.2 degrees",
 * rarely "it was hot"; the attribute finds it. knowledge/language/english-attributes.tsv, from WordNet 3.0.
 */
import { readWordPairs } from './word-lists.js';

let attributes: Map<string, string[]> | undefined;

/** The attribute nouns of a normalised English adjective that a number measures; undefined for any other word. */
export function measuredAttributes(adjective: string): string[] | undefined {
  attributes ??= new Map(readWordPairs('english-attributes.tsv').map(([word, nouns]) => [word, nouns.split(',')]));
  return attributes.get(adjective);
}
