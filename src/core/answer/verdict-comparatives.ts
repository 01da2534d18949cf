/**
 * Comparisons with an earlier time in yes/no questions: "were there more visitors than last season?" is answered by
 * whether the number rose, not by the passage naming the visitors. A passage tells the direction by a word on the
 * amount scale (opposites.tsv: "rose", «تراجع») or by two values, the present one and an earlier one after "compared
 * with", "from" or «مقارنة» ("1.2 million, against 900,000 last season"). The other direction answers "no"; a passage
 * telling none leaves the question open. Words: knowledge/language/comparatives.tsv.
 */
import { languageMap } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isNumberToken } from '../text/number-words.js';
import { rawTokens } from '../text/tokenize.js';
import type { Verdict } from '../types.js';
import { polesOf } from './verdict-opposites.js';
import { quantitiesOf, YEAR_NOUN } from './verdict-quantities.js';

let kinds: Map<string, string> | undefined;
const kindOf = (token: string | undefined) => (token === undefined ? undefined : (kinds ??= languageMap('comparatives.tsv', 2)).get(token));

type Direction = 1 | -1;

/** A comparative ("cheaper", «أعلى»): the verdict checks it, a passage need not hold it. */
export function isComparative(token: string): boolean {
  const kind = kindOf(token);
  return kind === 'more' || kind === 'less';
}

/** The direction a question asks against an earlier time ("more … than last season": up), or null. */
export function askedDirection(question: string): Direction | null {
  const tokens = rawTokens(normalizeText(question));
  for (let position = 0; position < tokens.length; position += 1) {
    const kind = kindOf(tokens[position]);
    if (kind !== 'more' && kind !== 'less') continue;
    const than = tokens.findIndex((token, at) => at > position && at <= position + 6 && kindOf(token) === 'than');
    // "more than 500" is a bound (number-bounds.tsv), not a comparison with another time.
    if (than < 0 || isNumberToken(tokens[than + 1] ?? '')) continue;
    if (tokens.slice(than + 1, than + 5).some((token) => kindOf(token) === 'earlier')) return kind === 'more' ? 1 : -1;
  }
  return null;
}

const counts = (text: string) => quantitiesOf(text).filter((quantity) => quantity.noun !== YEAR_NOUN);

/** The direction `text` tells: by its present value against the earlier one, else by a word of rise or fall. */
function toldDirection(text: string): Direction | null {
  const normalized = normalizeText(text);
  const tokens = rawTokens(normalized);
  const marker = tokens.findIndex((token) => kindOf(token) === 'compared');
  if (marker > 0) {
    const present = counts(tokens.slice(0, marker).join(' ')).at(-1);
    const earlier = counts(tokens.slice(marker + 1, marker + 6).join(' ')).at(0);
    if (present && earlier && present.value !== earlier.value) return present.value > earlier.value ? 1 : -1;
  }
  const poles = new Set(tokens.flatMap((token) => polesOf(token)));
  const up = poles.has('amount+');
  const down = poles.has('amount-');
  return up === down ? null : up ? 1 : -1;
}

/** The verdict once a comparison with an earlier time is checked against the direction the passage tells. */
export function byComparison(verdict: Verdict, question: string, texts: readonly string[]): Verdict {
  const asked = askedDirection(question);
  if (asked === null || verdict === 'not_said') return verdict;
  const told = texts.map(toldDirection).find((direction) => direction !== null);
  if (told === undefined || told === null) return 'not_said';
  return told === asked ? verdict : 'no';
}
