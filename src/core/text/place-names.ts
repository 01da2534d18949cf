/**
 * Names of countries, territories and world regions (knowledge/language/place-names.tsv,
 * Unicode CLDR in English and Arabic). A question that names a place names
 * something an answer must be about, whether or not the articles mention it:
 * «قرغيزستان» is a name even though a dictionary has it, and a place the corpus
 * never mentions means the question is about something else.
 */
import { distance } from 'fastest-levenshtein';
import { withoutProclitics } from './arabic-clitics.js';
import { normalizeText } from './normalize.js';
import { isArabicToken, rawTokens } from './tokenize.js';
import { readWordTable } from './word-lists.js';
import { TUNING } from '../tuning.js';

/**
 * Normalised one-word names, with and without the Arabic article. Names of
 * several words ("United States") are left out: their words alone are common
 * words («الولايات», "united"); the question's word pairs cover them.
 */
let places: Set<string> | undefined;

function placeNames(): Set<string> {
  if (places) return places;
  places = new Set();
  for (const [, , name] of readWordTable('place-names.tsv')) {
    const tokens = rawTokens(normalizeText(name!));
    if (tokens.length !== 1) continue;
    const word = tokens[0]!;
    places.add(word);
    if (word.startsWith('ال') && word.length > 4) places.add(word.slice(2));
  }
  return places;
}

/** Whether a normalised token is (with or without attached particles) a place name. */
export function isPlaceName(token: string): boolean {
  const words = placeNames();
  const forms = isArabicToken(token) ? withoutProclitics(token, 3) : [token];
  for (const form of forms) {
    if (words.has(form)) return true;
    if (form.length < TUNING.names.fuzzyLength) continue;
    for (const word of words) if (Math.abs(word.length - form.length) <= 1 && word[0] === form[0] && distance(word, form) <= 1) return true;
  }
  return false;
}
