/**
 * Headwords and senses as the lexicon keeps them: notes and explanations
 * dropped, alternatives split, normalised tokens, short senses only.
 */
import { normalizeText } from '../../src/core/text/normalize.js';
import { rawTokens } from '../../src/core/text/tokenize.js';

/** Longer "senses" are definitions, not translations: too noisy to search with. */
const MAX_SENSE_TOKENS = 4;
const ARABIC_LETTER = /[\u0621-\u064A]/;
export const LATIN_LETTER = /[a-z]/;

/** Removes notes: "(…)", "[…]", an unclosed "(…" and the explanation after " - ". */
export function stripNotes(text: string): string {
  return text
    .replace(/\([^)]*\)/g, ' ')
    .replace(/\[[^\]]*\]/g, ' ')
    .replace(/[([].*$/, ' ')
    .replace(/\s[-–—]\s.*$/, ' ')
    .replace(/^\s*[-–—]\s*/, '');
}

export function splitAlternatives(text: string): string[] {
  return stripNotes(text).split(/[،,؛;/]/);
}

/** Normalised English: tokens of normalizeText joined by single spaces. */
export function cleanEnglish(text: string): string {
  return rawTokens(normalizeText(text)).join(' ');
}

/** Normalised Arabic sense: Arabic-script tokens only, short, non-empty. */
export function cleanArabic(text: string): string | undefined {
  const tokens = rawTokens(normalizeText(text)).filter((token) => ARABIC_LETTER.test(token) && !LATIN_LETTER.test(token));
  if (tokens.length === 0 || tokens.length > MAX_SENSE_TOKENS) return undefined;
  return tokens.join(' ');
}

export function cleanEnglishSense(text: string): string | undefined {
  const tokens = rawTokens(normalizeText(text));
  if (tokens.length === 0 || tokens.length > MAX_SENSE_TOKENS) return undefined;
  if (tokens.some((token) => ARABIC_LETTER.test(token))) return undefined;
  if (!tokens.some((token) => LATIN_LETTER.test(token))) return undefined;
  return tokens.join(' ');
}
