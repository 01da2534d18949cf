/**
 * Shares of a whole in yes/no questions: "were most of the buses running?" is answered by how many of them ran, not by
 * the passage naming the buses. The share a question asks ("most", «أكثر من نصف», "about a third") is checked against
 * the share a passage gives: a share word ("most of them", «نصف»), a percentage, or a part and its whole ("60 of the
 * 180", «180 حافلة، وإن 60 منها»). Another share answers "no"; none leaves the question open ("the article does not
 * say"). Share words: knowledge/language/shares.tsv; bound words: number-bounds.tsv; unit words: values.tsv.
 */
import { withoutProclitics } from '../text/arabic-clitics.js';
import { languageMap, languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { numberWordValue } from '../text/number-words.js';
import { isArabicToken, stemToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import type { Verdict } from '../types.js';

/** A share as the lowest and highest part of the whole it may be. */
interface Share {
  low: number;
  high: number;
}

let words: { shares: Map<string, Share>; bounds: Map<string, string>; units: Set<string> } | undefined;

function tables() {
  words ??= {
    shares: new Map(languageTable('shares.tsv').map(([form, , low, high]) => [normalizeText(form!), { low: Number(low), high: Number(high) }])),
    bounds: languageMap('number-bounds.tsv', 2),
    units: new Set([...languageMap('values.tsv', 2)].filter(([, kind]) => kind === 'unit').map(([form]) => form)),
  };
  return words;
}

const PERCENT = new Set(['%', 'percent', 'بالميه', 'بالمايه']);
/** Words after a part that point back at its whole: "60 of them", «60 منها». */
const OF_THEM = new Set(['منها', 'منهم', 'منهن']);
const OF = new Set(['of', 'من']);
const ARTICLES = new Set(['the', 'its', 'their', 'these', 'those', 'اصل', 'بين']);

const numeric = (token: string) => (/^\d/.test(token) ? Number(token.replaceAll(',', '')) : numberWordValue(token));
const formsOf = (token: string) => (isArabicToken(token) ? withoutProclitics(token, 2) : [token]);

/** The shares `text` gives, each widened to a range when a bound word stands before it ("more than half": above a half). */
export function sharesOf(text: string): Share[] {
  const { shares, bounds, units } = tables();
  const tokens = normalizeText(text).match(/\d+(?:[.,]\d+)*|%|[\p{L}\p{M}]+/gu) ?? [];
  const found: Share[] = [];
  const counts: number[] = [];
  tokens.forEach((token, position) => {
    const before = tokens[position - 1];
    const next = tokens[position + 1];
    const value = numeric(token);
    if (value !== undefined && value >= 1) {
      if (next && (PERCENT.has(next) || (next === 'في' && tokens[position + 2] === 'الميه'))) found.push({ low: value / 100, high: value / 100 });
      else if (next && (OF_THEM.has(next) || (next === 'of' && tokens[position + 2] === 'them'))) {
        const whole = [...counts].reverse().find((count) => count > value);
        if (whole) found.push({ low: value / whole, high: value / whole });
      } else if (next && OF.has(next)) {
        const at = ARTICLES.has(tokens[position + 2] ?? '') ? position + 3 : position + 2;
        const whole = numeric(tokens[at] ?? '');
        if (whole !== undefined && whole > value) found.push({ low: value / whole, high: value / whole });
      }
      counts.push(value);
      return;
    }
    const share = formsOf(token).map((form) => shares.get(form)).find(Boolean);
    if (!share) return;
    // "the most", "a most": a superlative; "half a million", «نصف ساعة»: an amount, not a share of a whole.
    if (token === 'most' && (before === 'the' || before === 'a')) return;
    if (token === 'third' || token === 'quarter') if (before !== 'a' && before !== 'one') return;
    const counted = next === 'a' || next === 'an' ? tokens[position + 2] : next;
    if (counted && (formsOf(counted).some((form) => units.has(form)) || (numberWordValue(counted) ?? 0) >= 1000)) return;
    const bound = tokens.slice(Math.max(0, position - 3), position).map((word) => bounds.get(word)).find((kind) => kind === 'above' || kind === 'below');
    found.push(bound === 'above' ? { low: share.high + 0.01, high: 1 } : bound === 'below' ? { low: 0, high: share.low - 0.01 } : share);
  });
  return found;
}

/** Whether the share a passage gives lies within the share asked, outside it, or neither. */
function settles(given: Share, asked: Share): 'same' | 'other' | 'open' {
  const slack = TUNING.answer.shareSlack;
  const low = asked.low === asked.high ? asked.low - slack : asked.low;
  const high = asked.low === asked.high ? asked.high + slack : asked.high;
  if (given.low >= low && given.high <= high) return 'same';
  if (given.high < low || given.low > high) return 'other';
  return 'open';
}

/** The verdict once the shares the question asks are checked against those the passage gives. */
export function byShares(verdict: Verdict, question: string, texts: readonly string[]): Verdict {
  const asked = sharesOf(question);
  if (asked.length === 0 || verdict === 'not_said') return verdict;
  const given = texts.flatMap(sharesOf);
  let open = false;
  for (const share of asked) {
    const readings = given.map((passage) => settles(passage, share));
    if (readings.includes('same')) continue;
    if (readings.includes('other')) return 'no';
    open = true;
  }
  // "all" is often said for emphasis ("did all the unions sign?"): a passage giving no share leaves the verdict as it is.
  return open && !asked.every((share) => share.low === 1 && given.length === 0) ? 'not_said' : verdict;
}

let stems: Set<string> | undefined;

/** A word of the question that asks a share or bounds a number ("most", «نصف», "more than"): the verdict checks it, a passage need not hold it. */
export function isShareOrBoundWord(group: string): boolean {
  stems ??= new Set([...tables().shares.keys(), ...tables().bounds.keys()].map(stemToken));
  return stems.has(group);
}
