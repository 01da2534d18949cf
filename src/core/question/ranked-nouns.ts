/**
 * Things named with their rank ("the third line", «الخط الثالث», «الدورة العاشرة»): an ordinal beside a word. A question
 * asking of the third line is not answered by a unit telling the second line's cost, which holds everything else the
 * question asks. Ordinals: the `ordinal` rows of knowledge/language/values.tsv (number-words.ts).
 */
import { normalizeText } from '../text/normalize.js';
import { ordinalWordValue } from '../text/number-words.js';
import { isStopWord, rawTokens, stemToken } from '../text/tokenize.js';

/** The stems of the words an ordinal stands beside (before or after it), each with the ranks it is given. */
export function rankedNouns(text: string): Map<string, Set<number>> {
  const tokens = rawTokens(normalizeText(text));
  const ranked = new Map<string, Set<number>>();
  tokens.forEach((token, position) => {
    const rank = ordinalWordValue(token);
    if (rank === undefined) return;
    for (const neighbour of [tokens[position - 1], tokens[position + 1]]) {
      if (!neighbour || isStopWord(neighbour) || ordinalWordValue(neighbour) !== undefined) continue;
      const stem = stemToken(neighbour);
      ranked.set(stem, (ranked.get(stem) ?? new Set()).add(rank));
    }
  });
  return ranked;
}

/** Whether `told` gives a word the question ranks only another rank than the one asked («الخط الثاني» for «الخط الثالث»). */
export function tellsAnotherRank(asked: ReadonlyMap<string, ReadonlySet<number>>, told: ReadonlyMap<string, ReadonlySet<number>>): boolean {
  for (const [stem, ranks] of asked) {
    const given = told.get(stem);
    if (given && ![...ranks].some((rank) => given.has(rank))) return true;
  }
  return false;
}
