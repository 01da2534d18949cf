/**
 * How the question's words are written: capitalised inside a sentence (likely a
 * name), sentence-initial, or an acronym read letter by letter (HD → اتش دي).
 */
import { normalizeText } from '../text/normalize.js';
import { rawTokens } from '../text/tokenize.js';
import { romanNumeralValue } from './roman-numerals.js';

export interface WordShape {
  /** Written with a capital inside a sentence (or unknown and sentence-initial): likely a name. */
  capitalised: boolean;
  sentenceInitial: boolean;
  /** All capitals, 2–5 letters: read letter by letter (HD → اتش دي). */
  acronym: boolean;
  /** The value of a word written as a Roman numeral ("XLIX": 49; roman-numerals.ts), else undefined. */
  romanValue?: number;
}

/** Shapes of the question's words, by normalised token (the first occurrence wins). */
export function wordShapes(question: string): Map<string, WordShape> {
  const shapes = new Map<string, WordShape>();
  const pattern = /[\p{L}\p{N}'’]+|[.!?:;]/gu;
  let sentenceStart = true;
  for (const match of question.normalize('NFKC').matchAll(pattern)) {
    const word = match[0];
    if (/^[.!?:;]$/.test(word)) {
      sentenceStart = true;
      continue;
    }
    const capital = /^\p{Lu}/u.test(word);
    for (const token of rawTokens(normalizeText(word))) {
      if (shapes.has(token)) continue;
      shapes.set(token, {
        capitalised: capital && !sentenceStart,
        sentenceInitial: sentenceStart,
        acronym: /^[A-Z]{2,5}$/.test(word.replace(/['’]s$/, '')),
        romanValue: romanNumeralValue(word),
      });
    }
    sentenceStart = false;
  }
  return shapes;
}

// How English letter names are written in Arabic (acronyms are often spelt out).
const LETTER_NAMES: Record<string, string[]> = {
  a: ['اي', 'ايه'], b: ['بي'], c: ['سي'], d: ['دي'], e: ['اي', 'ي'], f: ['اف'], g: ['جي'], h: ['اتش', 'اش', 'ايتش'],
  i: ['اي', 'اي'], j: ['جاي', 'جي'], k: ['كي', 'كاي'], l: ['ال', 'ايل'], m: ['ام', 'ايم'], n: ['ان', 'ين'], o: ['او'],
  p: ['بي'], q: ['كيو'], r: ['ار'], s: ['اس', 'ايس'], t: ['تي'], u: ['يو'], v: ['في'], w: ['دبليو'], x: ['اكس'],
  y: ['واي'], z: ['زد', 'زي'],
};

/** Arabic spellings of an acronym read letter by letter: "hd" → "اتش دي", "اش دي"… */
export function acronymSpellings(acronym: string): string[] {
  let spellings = [''];
  for (const letter of acronym) {
    const names = LETTER_NAMES[letter];
    if (!names) return [];
    spellings = spellings.flatMap((prefix) => names.map((name) => (prefix ? `${prefix} ${name}` : name))).slice(0, 16);
  }
  return [...new Set(spellings)];
}

