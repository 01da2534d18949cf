/**
 * Matching keys: a name's spelling with the letters that transliterate alike
 * folded together (ت/ط, س/ص/ث, ك/ق…; in Latin script every vowel is one
 * symbol, c/k/q are one letter…), and the Dice similarity of two keys' character
 * bigrams. Foreign names are spelt many ways in Arabic press text (Tokayev:
 * توكاييف, توكايف), and Arabic names many ways in Latin script: keys let the
 * corpus decide which spelling a candidate is.
 */
import { normalizeText } from '../../text/normalize.js';

const ARABIC_KEY_FOLDS: Record<string, string> = {
  'ط': 'ت', 'ص': 'س', 'ث': 'س', 'ض': 'د', 'ذ': 'ز', 'ظ': 'ز', 'ق': 'ك', 'ح': 'ه', 'ء': '',
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ى': 'ي', 'ئ': 'ي', 'ؤ': 'و', 'ة': 'ه',
};

/**
 * Matching key of an Arabic word: normalizeText form, letters that transliterate
 * alike folded (ط→ت, ص/ث→س, ض→د, ذ/ظ→ز, ق→ك, ح→ه, hamza dropped), a final
 * ه (ة) read as ا, and runs of one letter collapsed (توكاييف → توكايف).
 */
export function arabicMatchKey(word: string): string {
  let key = '';
  for (const char of normalizeText(word)) {
    const folded = ARABIC_KEY_FOLDS[char] ?? char;
    if (!/^[\u0621-\u064A]?$/.test(folded)) continue;
    key += folded;
  }
  key = key.replace(/ه$/, 'ا');
  return key.replace(/(.)\1+/g, '$1');
}

/**
 * Matching key of a Latin word: lower-case letters only; ph→f, ck/q/c(a,o,u)→k,
 * c(e,i,y)→s, x→ks, v→f, p→b, sh/sch/ch→x, kh→k, gh→g, th→t, dh→d, g(e,i)→j;
 * every vowel (and y between consonants) is `a`; runs collapsed.
 */
export function latinMatchKey(word: string): string {
  const w = normalizeText(word).replace(/[^a-z]/g, '');
  let key = '';
  const isVowel = (c: string | undefined): boolean => c !== undefined && 'aeiou'.includes(c);
  for (let i = 0; i < w.length; i += 1) {
    const c = w[i] as string;
    const next = w[i + 1];
    const two = w.slice(i, i + 2);
    const three = w.slice(i, i + 3);
    if (three === 'sch') { key += 'x'; i += 2; continue; }
    if (two === 'sh' || two === 'ch') { key += 'x'; i += 1; continue; }
    if (two === 'ph') { key += 'f'; i += 1; continue; }
    if (two === 'ck') { key += 'k'; i += 1; continue; }
    if (two === 'kh') { key += 'k'; i += 1; continue; }
    if (two === 'gh') { key += 'g'; i += 1; continue; }
    if (two === 'th') { key += 't'; i += 1; continue; }
    if (two === 'dh') { key += 'd'; i += 1; continue; }
    switch (c) {
      case 'a': case 'e': case 'i': case 'o': case 'u':
        key += 'a';
        break;
      case 'y':
        key += i === 0 || (isVowel(w[i - 1]) && isVowel(next)) ? 'y' : 'a';
        break;
      case 'c':
        key += next !== undefined && 'eiy'.includes(next) ? 's' : 'k';
        break;
      case 'g':
        key += next !== undefined && 'eiy'.includes(next) ? 'j' : 'g';
        break;
      case 'q': key += 'k'; break;
      case 'x': key += 'ks'; break;
      case 'v': key += 'f'; break;
      case 'p': key += 'b'; break;
      default: key += c;
    }
  }
  return key.replace(/(.)\1+/g, '$1');
}

export type Script = 'ar' | 'latin';

/** Padded character bigrams of a key, as a set. */
export function keyBigrams(key: string): string[] {
  const padded = `#${key}#`;
  const grams = new Set<string>();
  for (let i = 0; i + 2 <= padded.length; i += 1) grams.add(padded.slice(i, i + 2));
  return [...grams];
}

/** Dice similarity of two keys' padded bigram sets (0…1). */
export function keySimilarity(a: string, b: string): number {
  const x = keyBigrams(a);
  const y = new Set(keyBigrams(b));
  if (x.length + y.size === 0) return 0;
  let common = 0;
  for (const gram of x) if (y.has(gram)) common += 1;
  return (2 * common) / (x.length + y.size);
}

/** Similarity of a word in either script and a candidate in the same script, on matching keys. */
export function nameSimilarity(a: string, b: string, script: Script): number {
  const key = script === 'ar' ? arabicMatchKey : latinMatchKey;
  return keySimilarity(key(a), key(b));
}
