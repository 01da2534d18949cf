/**
 * Which of a yes/no question's asked words a passage says, and whether a negation
 * stands right before one of them (verdict.ts decides from that): each word read
 * as its stem, without its tanween, as its lemma ("paid" for "pay?") or through a
 * translated root, and a phrase the translation reads whole counted with its words.
 */
import { rawTokens, isStopWord, stemToken } from '../text/tokenize.js';
import { negatedAt } from './verdict-negation.js';
import { lemmaOf } from './verdict-predicate.js';
import { withoutTanween } from './verdict-quantities.js';

export interface SaidGroups {
  /** The term groups of the question the passage says. */
  found: Set<string>;
  /** A negation stands right before one of them. */
  negated: boolean;
}

/**
 * `views`: the passage's words in each language it can be read in. `asked`: term → group of what the question asks.
 * `byRoot`: the group a token reaches through a translated root (verdict-roots.ts). `negations`: the negation words.
 */
export function askedGroupsSaid(
  views: readonly (readonly string[])[],
  asked: ReadonlyMap<string, string>,
  byRoot: (token: string) => string | undefined,
  negations: ReadonlySet<string>,
): SaidGroups {
  const found = new Set<string>();
  let negated = false;
  for (const tokens of views) {
    for (let position = 0; position < tokens.length; position += 1) {
      const token = tokens[position]!;
      if (isStopWord(token) && !negations.has(token)) continue;
      // "paid" says "pay?": an irregular English form is read as its lemma too.
      const stem = [stemToken(token), stemToken(withoutTanween(token)), stemToken(lemmaOf(token))].find((form) => asked.has(form));
      const group = stem === undefined ? byRoot(token) : asked.get(stem);
      if (group === undefined) continue;
      found.add(group);
      if (negatedAt(tokens, position, negations)) negated = true;
    }
  }
  const groups = new Set(asked.values());
  // A phrase the translation reads whole («ساعات العمل»: "office hours") is found when each of its words is.
  for (const group of groups) if (group.includes(' ') && rawTokens(group).every((word) => found.has(stemToken(word)))) found.add(group);
  // …and its words are said when it is: «درجة الحرارة» met as "temperatures" says «درجة» and «الحرارة», which no English word renders alone.
  for (const group of groups) if (group.includes(' ') && found.has(group)) for (const word of rawTokens(group)) if (groups.has(stemToken(word))) found.add(stemToken(word));
  return { found, negated };
}
