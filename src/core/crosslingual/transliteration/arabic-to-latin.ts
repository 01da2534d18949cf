/**
 * Arabic → Latin: the Latin spellings of an Arabic word, short vowels (unwritten
 * in Arabic) optionally inserted between consonants.
 */
import { normalizeText } from '../../text/normalize.js';
import { beam, DEFAULT_BEAM, distinctCandidates, o, type ScoredCandidate, type Segment } from './candidates.js';
import { latinMatchKey } from './match-keys.js';

export const ARABIC_TOKEN = /^[\u0621-\u064A]+$/;

const ARABIC_TO_LATIN: Record<string, Segment> = {
  'ا': [o('a'), o('e', 0.3)],
  'ب': [o('b'), o('p', 0.5)],
  'ت': [o('t')],
  'ث': [o('th'), o('s', 0.5)],
  'ج': [o('j'), o('g', 0.3)],
  'ح': [o('h'), o('', 0.8)],
  'خ': [o('kh'), o('h', 0.5), o('k', 0.5)],
  'د': [o('d')],
  'ذ': [o('dh'), o('z', 0.3), o('th', 0.8)],
  'ر': [o('r')],
  'ز': [o('z'), o('s', 0.4)],
  'س': [o('s')],
  'ش': [o('sh'), o('ch', 0.5)],
  'ص': [o('s')],
  'ض': [o('d')],
  'ط': [o('t')],
  'ظ': [o('z'), o('dh', 0.5)],
  'ع': [o(''), o('a', 0.3)],
  'غ': [o('gh'), o('g', 0.3)],
  'ف': [o('f'), o('v', 0.4)],
  'ق': [o('q'), o('k', 0.3)],
  'ك': [o('k'), o('c', 0.3)],
  'ل': [o('l')],
  'م': [o('m')],
  'ن': [o('n')],
  'ه': [o('h')],
  'و': [o('u'), o('o', 0.1), o('w', 0.5), o('v', 0.8)],
  'ي': [o('i'), o('e', 0.2), o('y', 0.5)],
  'ء': [o('')],
};
const ARABIC_LONG_VOWELS = new Set(['ا', 'و', 'ي', 'ع']);
/** Short vowels are not written in Arabic: between two consonants one may be missing. */
const SHORT_VOWEL: Segment = [o(''), o('a', 0.2), o('e', 0.3)];

/**
 * Latin spellings of an Arabic word (normalizeText folds first), most likely
 * first: بوتين → "butin", "botin"…; short vowels, unwritten in Arabic, are
 * optionally inserted between consonants. Empty for non-Arabic tokens.
 */
export function transliterateArabic(word: string, maxCandidates = 12): string[] {
  return scoredArabicCandidates(word, maxCandidates).map(({ text }) => text);
}

export function scoredArabicCandidates(word: string, maxCandidates: number): ScoredCandidate[] {
  const w = normalizeText(word);
  if (!ARABIC_TOKEN.test(w)) return [];
  const letters = [...w];
  const segments: Segment[] = [];
  letters.forEach((letter, index) => {
    const previous = letters[index - 1];
    const final = index === letters.length - 1;
    if (index > 0 && previous === letter && letter !== 'و' && letter !== 'ي') return;
    if (letter === 'ه' && final && index > 0) segments.push([o('a'), o('ah', 0.3), o('h', 0.5)]);
    else if (letter === 'ا' && index === 0) segments.push([o('a'), o('e', 0.2), o('i', 0.3), o('o', 0.4), o('u', 0.4)]);
    else segments.push(ARABIC_TO_LATIN[letter] ?? [o('')]);
    const next = letters[index + 1];
    if (next !== undefined && !ARABIC_LONG_VOWELS.has(letter) && !ARABIC_LONG_VOWELS.has(next)) {
      segments.push(SHORT_VOWEL);
    }
  });
  return distinctCandidates(beam(segments, DEFAULT_BEAM * 2), latinMatchKey, maxCandidates);
}
