/**
 * A superlative asked of something ("is Savanna the biggest cement maker?", «هل هو أكبر مصرف في البلاد؟») is
 * answered "no" by a passage that ranks it below the top on the same scale: the press qualifies a superlative with
 * an ordinal ("the country's third-largest", «ثاني أكبر مصرف»). The degree words and their scales are
 * knowledge/language/degree-scales.tsv's; a superlative is their English "-est" form (read through the word-forms
 * table: "biggest" is "big") or an Arabic elative listed there («أكبر»، «أصغر»). A rank given another thing the question
 * names is no rank of the one asked: «لينشأ ثاني أكبر بنك» does not answer "does the biggest shareholder back the merger?".
 */
import { languageMap, languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { ordinalWordValue } from '../text/number-words.js';
import { isArabicToken, isStopWord, rawTokens, stemToken } from '../text/tokenize.js';
import type { Verdict } from '../types.js';
import { ordinalsOf } from './verdict-ordinals.js';

let scales: Map<string, string> | undefined;

/** The scale a superlative stands on ("largest": size), or undefined for any other word. */
function superlativeScale(token: string): string | undefined {
  scales ??= new Map([...languageMap('degree-scales.tsv', 2)].map(([form, scale]) => [stemToken(form), scale]));
  // The elative is «أفعل»: four letters, the first an alif (normalised from «أ»).
  if (isArabicToken(token)) return token.length === 4 && token.startsWith('ا') ? scales.get(stemToken(token)) : undefined;
  return token.endsWith('est') ? scales.get(stemToken(token)) : undefined;
}

interface Superlative {
  scale: string;
  /** The ordinal before it ("third-largest": 3), or 1 when it stands alone. */
  rank: number;
  /** The stem of the first word after it that is no stop word ("bank" of «أكبر بنك»), or null at the end. */
  noun: string | null;
}

function superlativesOf(text: string): Superlative[] {
  // "third-largest" is one word in print and two after the hyphen is read as a break.
  const tokens = rawTokens(normalizeText(text.replace(/(\p{L})-(\p{L})/gu, '$1 $2')));
  return tokens.flatMap((token, position) => {
    const scale = superlativeScale(token);
    // «أكبر من…» compares two things ("bigger than"), it ranks none.
    if (scale === undefined || (isArabicToken(token) && tokens[position + 1] === 'من')) return [];
    const before = position > 0 ? ordinalWordValue(tokens[position - 1]!) : undefined;
    const noun = tokens.slice(position + 1).find((word) => !isStopWord(word));
    return [{ scale, rank: before ?? 1, noun: noun === undefined ? null : stemToken(noun) }];
  });
}

/**
 * The verdict once a superlative the question asks is checked against the rank the passage gives on its scale.
 * `otherNoun(asked, given)`: whether the passage's ranked word is another thing the question names than the asked one's.
 */
export function bySuperlative(verdict: Verdict, question: string, texts: readonly string[], otherNoun: (asked: string | null, given: string | null) => boolean = () => false): Verdict {
  if (verdict !== 'yes') return verdict;
  const asked = superlativesOf(question).filter((superlative) => superlative.rank === 1);
  if (asked.length === 0) return verdict;
  const told = texts.flatMap(superlativesOf).filter((superlative) => asked.some((one) => one.scale === superlative.scale && !otherNoun(one.noun, superlative.noun)));
  // Ranked below the top, and never said to be the top itself.
  return told.some((superlative) => superlative.rank > 1) && !told.some((superlative) => superlative.rank === 1) ? 'no' : verdict;
}

let tops: Set<string> | undefined;

/**
 * The words a first rank is asked of ("the top egyptian university", "the biggest buyer", «أكبر بنك»): the next
 * two words after a superlative of rank one or a word of top-ranks.tsv ("top", "leading").
 */
function rankedFirst(question: string): string[] {
  tops ??= new Set(languageTable('top-ranks.tsv').map(([form]) => normalizeText(form!)));
  const tokens = rawTokens(normalizeText(question));
  return tokens.flatMap((token, position) => {
    // «أكبر من…» compares two things, and "third-largest" asks a rank below the first.
    const first = tops!.has(token) || (superlativeScale(token) !== undefined && tokens[position + 1] !== 'من' && ordinalWordValue(tokens[position - 1] ?? '') === undefined);
    return first ? tokens.slice(position + 1).filter((word) => !isStopWord(word)).slice(0, 2).map(stemToken) : [];
  });
}

/**
 * The verdict once a first rank asked ("is it the top university?") is checked against the ordinal the passage gives
 * the same noun («لتصبح ثالث جامعة مصرية»: no); `sameNoun` reads a question's word and a passage's as one.
 */
export function byOrdinalRank(verdict: Verdict, question: string, texts: readonly string[], sameNoun: (asked: string | null, given: string | null) => boolean): Verdict {
  if (verdict !== 'yes') return verdict;
  const nouns = rankedFirst(question);
  if (nouns.length === 0) return verdict;
  const ranks = texts.flatMap(ordinalsOf).filter((rank) => rank.noun !== null && nouns.some((noun) => sameNoun(noun, rank.noun)));
  return ranks.some((rank) => rank.value > 1) && !ranks.some((rank) => rank.value === 1) ? 'no' : verdict;
}
