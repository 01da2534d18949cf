/**
 * Root keys read from Arabic morphological patterns (knowledge/language/arabic-patterns.tsv):
 * the forms whose radicals ISRI (arabic-root.ts) misreads because a letter of the
 * pattern looks like an affix, so a broken plural meets its singular (ملوك، ملك;
 * مواليد، مولود; مدن، مدينة) and a verbal noun its verb (نشأة، نشأ; إنتاج، أنتج).
 * A word of a pattern's length whose non-radical letters are the pattern's gives
 * that pattern's radicals; the weak and hamzated radicals (ا و ي ء, with أ ى ئ ؤ
 * already folded by normalizeText) fold to one key letter, so بدء، بدأ، بدا meet.
 * Read once per word (the index's root table, and each question word's keys).
 */
import { languageTable } from './language-data.js';
import { normalizeText } from './normalize.js';
import { stripArabicArticle } from './tokenize.js';
import { WordMemo } from './word-memo.js';

const RADICAL_SLOTS = ['ف', 'ع', 'ل'] as const;
const WEAK_RADICALS = /[اوي]/g;
const WEAK_OR_HAMZA = /[اويء]/g;
const WEAK_KEY = '*';

/**
 * The key of a three-letter root: its weak radicals ا و ي as one letter, so a hollow or defective root's forms
 * meet, and hamza with them (بدء، بدأ، بدا) where that leaves two strong radicals: a key of two weak letters
 * (سيناء → ينء) would relate too many unrelated words.
 */
export function weakRootKey(root: string): string {
  const folded = root.replace(WEAK_RADICALS, WEAK_KEY);
  if (!folded.includes('ء')) return folded;
  const withHamza = folded.replace(WEAK_OR_HAMZA, WEAK_KEY);
  return withHamza.indexOf(WEAK_KEY) === withHamza.lastIndexOf(WEAK_KEY) ? withHamza : folded;
}

interface Pattern {
  /** The pattern's own letters by position (null at a radical). */
  letters: (string | null)[];
  /** Position in the word of each radical ف ع ل, -1 for a weak radical the pattern dropped. */
  radicals: number[];
}

function readPattern(written: string): Pattern {
  const form = normalizeText(written);
  const letters = [...form].map((letter) => ((RADICAL_SLOTS as readonly string[]).includes(letter) ? null : letter));
  return { letters, radicals: RADICAL_SLOTS.map((slot) => form.indexOf(slot)) };
}

let patternsByLength: Map<number, Pattern[]> | undefined;

function patterns(length: number): Pattern[] {
  if (!patternsByLength) {
    patternsByLength = new Map();
    for (const [written] of languageTable('arabic-patterns.tsv')) {
      const pattern = readPattern(written!);
      const list = patternsByLength.get(pattern.letters.length) ?? [];
      list.push(pattern);
      patternsByLength.set(pattern.letters.length, list);
    }
  }
  return patternsByLength.get(length) ?? [];
}

function keysOf(stem: string): readonly string[] {
  const keys: string[] = [];
  for (const pattern of patterns(stem.length)) {
    if (!pattern.letters.every((letter, position) => letter === null || letter === stem[position])) continue;
    const key = pattern.radicals.map((position) => (position < 0 ? WEAK_KEY : stem[position]!)).join('').replace(WEAK_OR_HAMZA, WEAK_KEY);
    // A key of two weak radicals relates too many unrelated words to be read from a pattern.
    if (key.indexOf(WEAK_KEY) === key.lastIndexOf(WEAK_KEY) && !keys.includes(key)) keys.push(key);
  }
  return keys;
}

const keysByStem = new WordMemo(keysOf, 4096);

/** The root keys the patterns read in a normalised Arabic stem (no article or suffix); empty when none fits. */
export function patternRootKeys(stem: string): readonly string[] {
  return keysByStem.get(stem);
}

/**
 * Whether a word without its article fits a pattern of five letters or more (مواليد، وزراء): a word of the
 * language, which a name that long seldom is, though the dictionary may list only its singular.
 */
export function fitsLongPattern(token: string): boolean {
  const form = stripArabicArticle(token);
  return form.length >= 5 && patternRootKeys(form).length > 0;
}
