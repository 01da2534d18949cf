/**
 * The question's words that a passage writes as part of a name the question gives: "is black sea telecom foreign
 * owned?" reads only "telecom" as a name, but the passage writes "Black Sea Telecom", so "black" and "sea" say who is
 * asked about, not what is asked. Counted as asked, they would be found in every sentence naming the company and
 * make a "yes" of a passage that says nothing of its owners. Read in English passages, where a name is capitalised.
 */
import type { QueryTerm } from '../retrieval/query.js';
import { normalizeText } from '../text/normalize.js';
import { rawTokens, stemToken } from '../text/tokenize.js';

/** Two or more capitalised words in a row: "Black Sea Telecom", "Vitosha Rail". */
const CAPITALISED_RUN = /\b\p{Lu}[\p{L}'’-]*(?:\s+\p{Lu}[\p{L}'’-]*)+/gu;

/** The term groups of `terms` whose words the passage writes in one capitalised name with a word of `names` (groups) spelt as the question spells it. */
export function namePartGroups(texts: readonly string[], terms: readonly QueryTerm[], names: ReadonlySet<string>): Set<string> {
  const groupOf = new Map(terms.map((term) => [term.term, term.group]));
  const group = (stem: string) => groupOf.get(stem) ?? stem;
  const parts = new Set<string>();
  for (const text of texts) {
    for (const run of text.match(CAPITALISED_RUN) ?? []) {
      const stems = rawTokens(normalizeText(run)).map(stemToken);
      // The name as the question writes it: "Kenya Airline Pilots Association" is no name of "the kenyan pilots".
      if (!stems.some((stem) => names.has(stem))) continue;
      for (const stem of stems) if (groupOf.has(stem) && !names.has(group(stem))) parts.add(group(stem));
    }
  }
  return parts;
}
