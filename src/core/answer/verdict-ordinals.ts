/**
 * The ranks a text gives, as quantities a yes/no question's can be compared with (verdict-quantities.ts): an ordinal is
 * a rank of the word it qualifies («للعام الخامس» over «للعام الرابع» is answered "no"), and the rank of a period tells
 * how long something has lasted ("the third week of a heatwave").
 */
import { normalizeText } from '../text/normalize.js';
import { ordinalWordValue } from '../text/number-words.js';
import { isArabicToken, isStopWord, stemToken } from '../text/tokenize.js';
import { isPeriodStem } from './verdict-frequency.js';
import { measureOf } from './verdict-measures.js';
import type { Quantity } from './verdict-quantities.js';

/** «لليوم الثالث على التوالي», "the third week of a heatwave": a rank of a period tells how long, read as that many of it. */
export function lengthsOf(text: string): Quantity[] {
  return ordinalsOf(text).flatMap((rank) => {
    if (rank.noun === null || !isPeriodStem(rank.noun)) return [];
    const measure = measureOf(rank.noun, true);
    return [measure ? { ...rank, measure } : rank];
  });
}

/**
 * The ranks `text` gives ("the fifth year", «للعام الخامس», «أول عضو»), each with the stem of the word it ranks:
 * the next word in English and for an Arabic ordinal without the article (which leads its noun), the word before
 * for one with it (which follows its noun as an adjective).
 */
export function ordinalsOf(text: string): Quantity[] {
  const tokens = (normalizeText(text).match(/[\p{L}\p{M}]+/gu) ?? []).filter((token) => !isStopWord(token) || ordinalWordValue(token) !== undefined);
  return tokens.flatMap((token, position) => {
    const value = ordinalWordValue(token);
    if (value === undefined) return [];
    const follows = isArabicToken(token) && /^(?:[وفبلك]?ال|لل)/.test(token);
    const noun = follows ? tokens[position - 1] : tokens[position + 1];
    return noun && ordinalWordValue(noun) === undefined ? [{ value, noun: stemToken(noun), bound: null }] : [];
  });
}
