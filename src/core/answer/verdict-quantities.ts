/**
 * The numbers a yes/no question gives, checked against the passage that answers
 * it: «هل بلغت التكلفة 500 مليون دولار؟» over «بلغت تكلفتها 400 مليون دولار» is
 * answered "no", not "yes" because the passage speaks of the cost. A number the
 * passage does not give at all leaves the question open ("the article does not
 * say"), whatever else the passage shares with it.
 * Ranks («للعام الخامس» over «للعام الرابع», answered "no") are read by
 * verdict-ordinals.ts and compared here as quantities.
 * Number words and their values: text/number-words.ts; bound words: knowledge/language/number-bounds.tsv.
 */
import { languageMap } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isCodeWord, numberWordValue as wordValue } from '../text/number-words.js';
import { isArabicToken, isStopWord, stemToken } from '../text/tokenize.js';
import { YEAR } from './values.js';
import { bareUnit, inBaseUnits, inOneUnit, measureOf, type Measure } from './verdict-measures.js';

export interface Quantity {
  value: number;
  /** The stem of the word the number counts or measures ("dollar", «سنو»), when one follows it; YEAR_NOUN for a year. */
  noun: string | null;
  /** The stems of the next words before a stop word ("2000 suspected cholera cases": cholera, case), when the first is an adjective. */
  also?: string[];
  /** "more than 600", «أكثر من 800»: the number is a bound, not the value. */
  bound: 'above' | 'below' | null;
  /** The unit's dimension and size when the counted word is a unit of measure ("hours", «أسبوع»): verdict-measures.ts. */
  measure?: Measure;
}

let bounds: Map<string, string> | undefined;

/** The bound a word before a number sets ("more than", «أقل من»): knowledge/language/number-bounds.tsv. */
function boundOf(words: readonly string[]): Quantity['bound'] {
  bounds ??= languageMap('number-bounds.tsv', 2);
  const kinds = words.map((word) => bounds!.get(word));
  return kinds.includes('above') ? 'above' : kinds.includes('below') ? 'below' : null;
}
const MAGNITUDE = 1000;
/** How many words after the first may still name what a number counts ("suspected cholera cases"). */
const NOUN_PHRASE = 2;
export const YEAR_NOUN = '#year';

/** A digit group as written: «900,000» and «1.5» are one number each. */
function digitValue(token: string): number {
  if (/^\d{1,3}(,\d{3})+$/.test(token)) return Number(token.replaceAll(',', ''));
  return Number(token.replace(',', '.'));
}

/** «420 سائقا», «ومراقبا»: an accusative Arabic noun (counted by eleven to ninety-nine, an object) ends in the alef of tanween, no part of the word. */
export const withoutTanween = (word: string) => (isArabicToken(word) && word.length > 3 && word.endsWith('ا') ? word.slice(0, -1) : word);

let suffixes: Map<string, string> | undefined;

/** "20k lira" → "20 thousand lira": a magnitude letter glued to a number written out (number-suffixes.tsv). */
function withMagnitudesWritten(normalized: string): string {
  suffixes ??= languageMap('number-suffixes.tsv');
  return normalized.replace(/(\d)([a-z]+)(?![\p{L}\p{M}])/gu, (whole, digit: string, suffix: string) => (suffixes!.has(suffix) ? `${digit} ${suffixes!.get(suffix)}` : whole));
}

/** The quantities of `text` in reading order. Years are quantities too (a different year answers "no"). */
export function quantitiesOf(text: string): Quantity[] {
  // A code ("5g") is one word, not a number and the word it counts.
  const tokens = withMagnitudesWritten(normalizeText(text)).match(/\d[a-z]+(?![\p{L}\p{M}\p{N}])|\d+(?:[.,]\d+)*|[\p{L}\p{M}]+/gu)?.flatMap((token) => (/^\d[a-z]/.test(token) && !isCodeWord(token) ? [token[0]!, token.slice(1)] : [token])) ?? [];
  const quantities: Quantity[] = [];
  for (let position = 0; position < tokens.length; position += 1) {
    const first = tokens[position]!;
    const firstValue = /^\d/.test(first) && !isCodeWord(first) ? digitValue(first) : wordValue(first);
    // "more than a week", «نص ساعة», «عامين»: a unit whose count the words before it give.
    const bare = firstValue === undefined ? bareUnit(tokens, position, (before) => boundOf(before) !== null) : undefined;
    if (bare) quantities.push({ value: bare.count, noun: stemToken(first), bound: boundOf(tokens.slice(Math.max(0, bare.start - 3), bare.start)), measure: measureOf(first)! });
    if (firstValue === undefined) continue;
    // Read the whole number: "two hundred million", «خمسة وعشرين», «400 مليون».
    let total = 0;
    let current = firstValue;
    // "half a billion": a fraction's article before the magnitude it takes.
    const skipsArticle = firstValue < 1 && (tokens[position + 1] === 'a' || tokens[position + 1] === 'an') && (wordValue(tokens[position + 2] ?? '') ?? 0) >= MAGNITUDE;
    let end = position + (skipsArticle ? 2 : 1);
    for (; end < tokens.length; end += 1) {
      const next = tokens[end]!;
      const value = /^\d/.test(next) ? undefined : wordValue(next);
      if (value === undefined) break;
      if (value >= MAGNITUDE) { total += (current || 1) * value; current = 0; }
      else if (value === 100) current = (current || 1) * 100;
      else current += value;
    }
    // A fraction alone ("half of the buses", «ربع») is a share of a whole (verdict-shares.ts), not an amount.
    if (total + current < 1 && end === position + 1 && !/^\d/.test(first)) continue;
    const before = tokens.slice(Math.max(0, position - 3), position);
    const following = tokens[end];
    const bound = boundOf(before);
    // "more than 2000 suspected cases": a bounded number before a noun is a count, not a year.
    // "1000 metres": a number before a unit of measure is no year either.
    const isYear = end === position + 1 && YEAR.test(first) && !(bound !== null && following !== undefined && !isStopWord(following)) && !measureOf(following);
    const noun = isYear ? YEAR_NOUN : following && !isStopWord(following) ? stemToken(withoutTanween(following)) : null;
    // "the one that collapsed", «واحد من»: the word for one with nothing it counts is a pronoun, no amount.
    if (noun === null && total + current === 1 && end === position + 1 && !/^\d/.test(first)) continue;
    const measure = measureOf(following);
    const next = tokens.slice(end + 1, end + 1 + NOUN_PHRASE);
    const ending = next.findIndex((token) => isStopWord(token) || /^\d/.test(token));
    // A unit of measure is the whole of what is counted: "950,000 hectares last year" counts no years.
    const also = noun === null || noun === YEAR_NOUN || measure ? [] : next.slice(0, ending < 0 ? next.length : ending).map((token) => stemToken(withoutTanween(token)));
    quantities.push({ value: total + current, noun, ...(also.length > 0 ? { also } : {}), bound, ...(measure ? { measure } : {}) });
    position = end - 1;
  }
  return quantities;
}

/** Whether `given` (a value the passage gives) settles `question` (a value the question gives). */
function settles(given: Quantity, question: Quantity): 'same' | 'other' | 'open' {
  const [passage, asked] = inBaseUnits(given, question);
  if (asked.bound === 'above') return passage.value > asked.value || (passage.value === asked.value && passage.bound !== 'below') ? 'same' : passage.bound === 'above' ? 'open' : 'other';
  if (asked.bound === 'below') return passage.value < asked.value || (passage.value === asked.value && passage.bound !== 'above') ? 'same' : passage.bound === 'below' ? 'open' : 'other';
  if (passage.value === asked.value) return 'same';
  // "more than 600" does not say whether 900 joined.
  if (passage.bound === 'above' && asked.value > passage.value) return 'open';
  if (passage.bound === 'below' && asked.value < passage.value) return 'open';
  return 'other';
}

/**
 * `sameNoun(questionNoun, passageNoun)`: whether two counted words are one (in either language).
 * 'agrees' when each number of the question is given, 'differs' when the passage gives another value of one of
 * them, 'absent' when it gives none of one (or only a bound that leaves it open).
 */
export function compareQuantities(question: Quantity[], passages: Quantity[], sameNoun: (asked: string | null, given: string | null) => boolean): 'agrees' | 'differs' | 'absent' {
  let absent = false;
  for (const asked of question) {
    // The question's counted words and the passage's, each with the words after it ("2000 suspected cases" — «2140 إصابة مشتبها بها»).
    const comparable = passages.filter(
      (given) => inOneUnit(given.measure, asked.measure) !== null || [asked.noun, ...(asked.also ?? [])].some((noun) => [given.noun, ...(given.also ?? [])].some((other) => sameNoun(noun, other))),
    );
    const readings = comparable.map((given) => settles(given, asked));
    if (readings.includes('same')) continue;
    if (readings.includes('other')) return 'differs';
    absent = true;
  }
  return absent ? 'absent' : 'agrees';
}
