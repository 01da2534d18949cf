/**
 * Arabic root extraction: the ISRI stemmer (Taghva, Elkhoury and Coombs,
 * "Arabic Stemming without a Root Dictionary", ITCC 2005), adapted to Marsad's
 * normalised text (taa marbuta written ه, alef and yaa forms folded), plus a
 * key that folds the weak letters ا و ي (and hamza) of a three-letter root, so a hollow
 * verb and its noun meet: زار, زيارة, الزيارات → ز*ر; اتفق, اتفاق, الاتفاقية → تفق.
 * Patterns ISRI misreads (broken plurals, some verbal nouns) add their keys (arabic-patterns.ts).
 *
 * Light stems keep زيارة and زار apart; the root key lets a question and a
 * paragraph that use two derivations of one word still match (at a lower weight
 * than the same stem, since unrelated words share roots too).
 */

import { patternRootKeys, weakRootKey } from './arabic-patterns.js';
import { stemToken, stripArabicArticle } from './tokenize.js';
import { WordMemo } from './word-memo.js';

/** Word forms whose root key is kept per generation (word-memo.ts holds two). */
const ROOT_KEYS_KEPT = 4096;

const PREFIXES_3 = ['كال', 'بال', 'ولل', 'وال'];
const PREFIXES_2 = ['ال', 'لل'];
const PREFIXES_1 = ['ل', 'ب', 'ف', 'س', 'و', 'ي', 'ت', 'ن', 'ا'];
const SUFFIXES_3 = ['تمل', 'همل', 'تان', 'تين', 'كمل'];
const SUFFIXES_2 = ['ون', 'ات', 'ان', 'ين', 'تن', 'كم', 'هن', 'نا', 'يا', 'ها', 'تم', 'كن', 'ني', 'وا', 'ما', 'هم'];
const SUFFIXES_1 = ['ه', 'ي', 'ك', 'ت', 'ا', 'ن'];

function suffix1(word: string): string {
  return SUFFIXES_1.some((suffix) => word.endsWith(suffix)) ? word.slice(0, -1) : word;
}

function prefix1(word: string): string {
  return PREFIXES_1.some((prefix) => word.startsWith(prefix)) ? word.slice(1) : word;
}

function fourLetters(word: string): string {
  if (word[0] === 'م') return word.slice(1); // مفعل
  if (word[1] === 'ا') return word[0]! + word.slice(2); // فاعل
  if ('اوي'.includes(word[2]!)) return word.slice(0, 2) + word[3]; // فعال فعول فعيل
  if (word[3] === 'ه') return word.slice(0, 3); // فعلة
  const stripped = suffix1(word);
  return stripped.length === 4 ? prefix1(stripped) : stripped;
}

function fiveLetters(word: string): string {
  const [w0, w1, w2, w3, w4] = [...word];
  if ('ات'.includes(w2!) && w0 === 'ا') return w1! + word.slice(3); // افتعل افاعل
  if ('ايو'.includes(w3!) && w0 === 'م') return word.slice(1, 3) + w4; // مفعول مفعال مفعيل
  if ('اتم'.includes(w0!) && w4 === 'ه') return word.slice(1, 4); // مفعلة تفعلة افعلة
  if ('ميت'.includes(w0!) && w2 === 'ت') return w1! + word.slice(3); // مفتعل يفتعل تفتعل
  if ('مت'.includes(w0!) && w2 === 'ا') return w1! + word.slice(3); // مفاعل تفاعل
  if ('او'.includes(w2!) && w4 === 'ه') return word.slice(0, 2) + w3; // فعولة فعالة
  if ('ام'.includes(w0!) && w1 === 'ن') return word.slice(2); // انفعل منفعل
  if (w3 === 'ا' && w0 === 'ا') return word.slice(1, 3) + w4; // افعال
  if (w4 === 'ن' && w3 === 'ا') return word.slice(0, 3); // فعلان
  if (w3 === 'ي' && w0 === 'ت') return word.slice(1, 3) + w4; // تفعيل
  if (w3 === 'و' && w1 === 'ا') return w0! + w2 + w4; // فاعول
  if (w2 === 'ا' && w1 === 'و') return w0! + word.slice(3); // فواعل
  if (w3 === 'ي' && w2 === 'ا') return word.slice(0, 2) + w4; // فعائل (ئ folded to ي)
  if (w4 === 'ه' && w1 === 'ا') return w0! + word.slice(2, 4); // فاعلة
  if (w4 === 'ي' && w2 === 'ا') return word.slice(0, 2) + w3; // فعالي
  const stripped = suffix1(word);
  return stripped.length === 5 ? prefix1(stripped) : stripped;
}

function fiveLettersQuadriliteral(word: string): string {
  if ('اتم'.includes(word[0]!)) return word.slice(1); // تفعلل افعلل مفعلل
  if (word[4] === 'ه') return word.slice(0, 4); // فعللة
  if (word[2] === 'ا') return word.slice(0, 2) + word.slice(3); // فعالل
  return word;
}

function endOfFive(word: string): string {
  if (word.length === 4) return fourLetters(word);
  if (word.length === 5) return fiveLettersQuadriliteral(word);
  return word;
}

function sixLetters(word: string): string {
  if (word.startsWith('است') || word.startsWith('مست')) return word.slice(3); // استفعل مستفعل
  if (word[0] === 'م' && word[3] === 'ا' && word[5] === 'ه') return word.slice(1, 3) + word[4]; // مفعالة
  if (word[0] === 'ا' && word[2] === 'ت' && word[4] === 'ا') return word[1]! + word[3] + word[5]; // افتعال
  if (word[0] === 'ا' && word[3] === 'و' && word[2] === word[4]) return word[1]! + word.slice(4); // افعوعل
  if (word[0] === 'ت' && word[2] === 'ا' && word[4] === 'ي') return word[1]! + word[3] + word[5]; // تفاعيل
  const stripped = suffix1(word);
  return stripped.length === 6 ? prefix1(stripped) : stripped;
}

function endOfSix(word: string): string {
  if (word.length === 5) return endOfFive(fiveLetters(word));
  if (word.length === 6) {
    if (word[0] === 'ا' && word[4] === 'ا') return word.slice(1, 4) + word[5]; // افعلال
    if (word.startsWith('مت')) return word.slice(2); // متفعلل
  }
  return word;
}

/** ISRI's root (or stem, for words it leaves) of a normalised Arabic token. */
export function isriStem(token: string): string {
  let word = token;
  if (word.length >= 6) {
    const prefix = PREFIXES_3.find((candidate) => word.startsWith(candidate));
    if (prefix) word = word.slice(3);
  }
  if (word === token && word.length >= 5) {
    const prefix = PREFIXES_2.find((candidate) => word.startsWith(candidate));
    if (prefix) word = word.slice(2);
  }
  const beforeSuffix = word;
  if (word.length >= 6 && SUFFIXES_3.some((suffix) => word.endsWith(suffix))) word = word.slice(0, -3);
  if (word === beforeSuffix && word.length >= 5 && SUFFIXES_2.some((suffix) => word.endsWith(suffix))) word = word.slice(0, -2);
  if (word.length >= 4 && word.startsWith('وو')) word = word.slice(1);
  switch (word.length) {
    case 4:
      return fourLetters(word);
    case 5:
      return endOfFive(fiveLetters(word));
    case 6:
      return endOfSix(sixLetters(word));
    case 7: {
      word = suffix1(word);
      if (word.length === 7) word = prefix1(word);
      return word.length === 6 ? endOfSix(sixLetters(word)) : word;
    }
    default:
      return word;
  }
}

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

