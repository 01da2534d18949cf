/**
 * Arabic root keys: the root the ISRI stemmer gives (isri-stemmer.ts), as a
 * key that folds the weak letters ا و ي (and hamza) of a three-letter root, so a hollow
 * verb and its noun meet: زار, زيارة, الزيارات → ز*ر; اتفق, اتفاق, الاتفاقية → تفق.
 * Patterns ISRI misreads (broken plurals, some verbal nouns) add their keys (arabic-patterns.ts).
 *
 * Light stems keep زيارة and زار apart; the root key lets a question and a
 * paragraph that use two derivations of one word still match (at a lower weight
 * than the same stem, since unrelated words share roots too).
 */

import { patternRootKeys, weakRootKey } from './arabic-patterns.js';
import { isriStem } from './isri-stemmer.js';
import { stemToken, stripArabicArticle } from './tokenize.js';
import { WordMemo } from './word-memo.js';

/** Word forms whose root key is kept per generation (word-memo.ts holds two). */
const ROOT_KEYS_KEPT = 4096;

/**
 * The root key of a normalised Arabic token, or null when ISRI leaves fewer than
 * three or more than four letters (too ambiguous, or not reduced to a root).
 * The weak letters of a three-letter root fold to one, so hollow and defective
 * derivations meet.
 */
export function arabicRootKey(token: string): string | null {
  return rootKeys.get(token);
}

function computeRootKey(token: string): string | null {
  const root = isriStem(token);
  if (root.length < 3 || root.length > 4) return null;
  return root.length === 3 ? weakRootKey(root) : root;
}

/**
 * Root keys kept per word form: a cost question's measure is compared by root with every word of every unit read
 * (values.ts), and the question's words are keyed again by each paraphrase step.
 */
const rootKeys = new WordMemo(computeRootKey, ROOT_KEYS_KEPT);

const PRESENT_PREFIX = /^[يتنا]/;

/** Keys of one reading of the word: ISRI's, and those of the patterns ISRI misreads (arabic-patterns.ts). */
function addKeysOf(form: string, add: (key: string | null) => void): void {
  add(arabicRootKey(form));
  for (const key of patternRootKeys(form)) add(key);
}

/**
 * The root keys a token may have: ISRI's, and for a present-tense verb the key
 * of the word without its prefix, which ISRI reads as part of a pattern
 * (يزور → ز*ر like زيارة, يسكن → سكن like السكان). A word as typed is read
 * without its article and as the light stem the index holds too; an index stem
 * (`isStem`) is that already, and the index reads all of its stems.
 */
export function arabicRootKeys(token: string, isStem = false): string[] {
  const keys: string[] = [];
  const add = (key: string | null) => {
    if (key && !keys.includes(key)) keys.push(key);
  };
  addKeysOf(token, add);
  if (!isStem) {
    // المدينة → مدينة, مدين (whose root is مدن, like المدن's); المواليد → مواليد.
    const bare = stripArabicArticle(token);
    if (bare !== token) addKeysOf(bare, add);
    const stem = stemToken(token);
    if (stem !== token && stem !== bare) addKeysOf(stem, add);
  }
  if (PRESENT_PREFIX.test(token) && token.length >= 4 && token.length <= 6) {
    const rest = token.slice(1);
    addKeysOf(rest, add);
    // Form V and VI present tense (يتحدث، تتغير): the ت of the form goes too.
    if (rest.startsWith('ت') && rest.length >= 4) add(arabicRootKey(rest.slice(1)));
  }
  // A four-letter key opening with the ت of forms V/VI (تحدث from متحدث) also stands for its three-letter root.
  for (const key of [...keys]) if (key.length === 4 && key.startsWith('ت')) add(weakRootKey(key.slice(1)));
  return keys;
}

