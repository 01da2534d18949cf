/**
 * Name transliteration between Latin and Arabic script, and fuzzy matching of the
 * candidates against a corpus vocabulary.
 *
 * Foreign names are spelt many ways in Arabic press text (Tokayev: توكاييف,
 * توكايف; Elway: إلواي, ألواي), and Arabic names many ways in Latin script. Rather
 * than guess the one spelling, the rules below produce a handful of cheap
 * candidates and the corpus decides: every candidate is compared with the
 * vocabulary by Dice similarity of character bigrams, on a "matching key" where
 * letters that transliterate alike are folded together (ت/ط, س/ص/ث, ك/ق…; in
 * Latin script every vowel is one symbol, c/k/q are one letter…).
 */
import { normalizeText } from '../text/normalize.js';
import { withoutProclitics } from '../text/arabic-clitics.js';

type Option = readonly [output: string, cost: number];
type Segment = readonly Option[];

const DEFAULT_BEAM = 24;
const ARABIC_TOKEN = /^[\u0621-\u064A]+$/;
const LATIN_TOKEN = /^[a-z]+$/;

// ---------------------------------------------------------------------------
// Matching keys
// ---------------------------------------------------------------------------

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

// ---------------------------------------------------------------------------
// Candidate generation (a small beam over per-segment options)
// ---------------------------------------------------------------------------

function beam(segments: readonly Segment[], width: number): { text: string; cost: number }[] {
  let states: { text: string; cost: number }[] = [{ text: '', cost: 0 }];
  for (const options of segments) {
    const next = new Map<string, number>();
    for (const state of states) {
      for (const [output, cost] of options) {
        const text = state.text + output;
        const total = state.cost + cost;
        const known = next.get(text);
        if (known === undefined || total < known) next.set(text, total);
      }
    }
    states = [...next.entries()]
      .map(([text, cost]) => ({ text, cost }))
      .sort((a, b) => a.cost - b.cost)
      .slice(0, width);
  }
  return states;
}

const o = (output: string, cost = 0): Option => [output, cost];

/** Whole-word endings, tried when the rest of the word is exactly this. */
const LATIN_ENDINGS: Record<string, Segment> = {
  stan: [o('ستان')],
  burg: [o('بورغ'), o('برغ', 0.3), o('بورج', 0.5)],
  burgh: [o('بره'), o('برغ', 0.3)],
  tion: [o('شن'), o('سيون', 0.4), o('تيون', 0.8)],
  sky: [o('سكي')],
  ski: [o('سكي')],
  ville: [o('فيل')],
  land: [o('لاند'), o('لند', 0.4)],
  ia: [o('يا')],
  ya: [o('يا')],
  ey: [o('ي'), o('اي', 0.4)],
  ay: [o('اي'), o('ي', 0.4)],
  ie: [o('ي')],
  ee: [o('ي')],
  ov: [o('وف')],
  ova: [o('وفا')],
  ev: [o('يف'), o('ييف', 0.2), o('وف', 0.6)],
  eva: [o('يفا'), o('ييفا', 0.2)],
};

/** Multi-letter spellings, longest first, anywhere in the word. */
const LATIN_GROUPS: [string, Segment][] = [
  ['sch', [o('ش')]],
  ['tch', [o('تش'), o('ش', 0.3)]],
  ['dzh', [o('ج')]],
  ['sh', [o('ش')]],
  ['ch', [o('تش'), o('ش', 0.3), o('ك', 0.6)]],
  ['kh', [o('خ'), o('ك', 0.5)]],
  ['gh', [o('غ'), o('', 0.6), o('ك', 0.9), o('ج', 1)]],
  ['ph', [o('ف')]],
  ['th', [o('س'), o('ت', 0.3), o('ز', 0.6)]],
  ['ck', [o('ك')]],
  ['qu', [o('كو'), o('ك', 0.5)]],
  ['ts', [o('تس')]],
  ['tz', [o('تس')]],
  ['zh', [o('ج'), o('ز', 0.5)]],
  ['dj', [o('ج')]],
  ['wh', [o('و')]],
  ['ee', [o('ي')]],
  ['ea', [o('ي'), o('يا', 0.5)]],
  ['ie', [o('ي'), o('يي', 0.5)]],
  ['ei', [o('اي'), o('ي', 0.3)]],
  ['ey', [o('اي'), o('ي', 0.3)]],
  ['oo', [o('و')]],
  ['ou', [o('و'), o('او', 0.5)]],
  ['ue', [o('و')]],
  ['ai', [o('اي'), o('ي', 0.4), o('ا', 0.6)]],
  ['ay', [o('اي'), o('ي', 0.4), o('ا', 0.6)]],
  ['au', [o('او'), o('و', 0.4), o('ا', 0.8)]],
  ['aw', [o('او'), o('و', 0.4)]],
  ['ow', [o('او'), o('و', 0.3)]],
  ['oi', [o('وي'), o('وا', 0.6)]],
  ['oy', [o('وي')]],
  ['ia', [o('يا'), o('ي', 0.6)]],
  ['io', [o('يو'), o('ي', 0.6)]],
  ['ua', [o('وا')]],
];

// ع is kept apart in matching keys (folding it into ا matches too many Arabic
// words); it starts Arabic names written with an initial vowel (Omar → عمر).
const LATIN_INITIAL_VOWELS: Record<string, Segment> = {
  a: [o('ا'), o('ع', 1)],
  e: [o('ا'), o('اي', 0.5)],
  i: [o('ا'), o('اي', 0.4), o('ع', 1)],
  o: [o('او'), o('ا', 0.4), o('ع', 1)],
  u: [o('او'), o('ا', 0.4), o('يو', 0.6), o('ع', 1)],
};

const LATIN_VOWELS: Record<string, Segment> = {
  a: [o('ا'), o('', 0.7)],
  e: [o(''), o('ي', 0.5), o('ا', 1.2)],
  i: [o('ي'), o('', 0.6)],
  o: [o('و'), o('', 0.8)],
  u: [o('و'), o('', 0.8)],
};

const LATIN_FINAL_VOWELS: Record<string, Segment> = {
  a: [o('ا')],
  e: [o(''), o('ي', 0.8)],
  i: [o('ي')],
  o: [o('و')],
  u: [o('و')],
  y: [o('ي')],
};

function latinConsonant(c: string, next: string | undefined, final: boolean): Segment {
  const soft = next !== undefined && 'eiy'.includes(next);
  switch (c) {
    case 'b': return [o('ب')];
    case 'c': return soft ? [o('س')] : [o('ك')];
    case 'd': return [o('د')];
    case 'f': return [o('ف')];
    case 'g': return soft ? [o('ج'), o('غ', 0.5), o('ك', 1)] : [o('غ'), o('ج', 0.4), o('ك', 0.8)];
    case 'h': return final ? [o(''), o('ه', 0.5)] : [o('ه'), o('', 0.7)];
    case 'j': return [o('ج')];
    case 'k': return [o('ك')];
    case 'l': return [o('ل')];
    case 'm': return [o('م')];
    case 'n': return [o('ن')];
    case 'p': return [o('ب')];
    case 'q': return [o('ك')];
    case 'r': return [o('ر')];
    case 's': return final ? [o('س'), o('ز', 0.4), o('', 0.8)] : [o('س'), o('ز', 0.6)];
    case 't': return [o('ت')];
    case 'v': return [o('ف')];
    case 'w': return [o('و')];
    case 'x': return [o('كس')];
    case 'y': return [o('ي')];
    case 'z': return [o('ز')];
    default: return [o('')];
  }
}

function latinSegments(word: string): Segment[] {
  const segments: Segment[] = [];
  let i = 0;
  while (i < word.length) {
    const c = word[i] as string;
    const rest = word.slice(i);
    // Doubled consonants are written once (shadda is not written in the press).
    if (i > 0 && c === word[i - 1] && !'aeiou'.includes(c)) {
      i += 1;
      continue;
    }
    if (i > 0 && rest.length < word.length - 1 && LATIN_ENDINGS[rest]) {
      segments.push(LATIN_ENDINGS[rest] as Segment);
      break;
    }
    if (i === 0 && LATIN_INITIAL_VOWELS[c]) {
      const group = LATIN_GROUPS.find(([spelling]) => rest.startsWith(spelling) && 'aeiou'.includes(spelling[1] as string));
      if (group) {
        // Initial vowel group: the word starts with alef in Arabic (Ou- → أو).
        segments.push(group[1].map(([output, cost]) => o(output.startsWith('ا') ? output : `ا${output}`, cost)));
        i += group[0].length;
      } else {
        segments.push(LATIN_INITIAL_VOWELS[c] as Segment);
        i += 1;
      }
      continue;
    }
    const group = LATIN_GROUPS.find(([spelling]) => rest.startsWith(spelling));
    if (group) {
      segments.push(group[1]);
      i += group[0].length;
      continue;
    }
    const final = i === word.length - 1;
    if (final && LATIN_FINAL_VOWELS[c]) segments.push(LATIN_FINAL_VOWELS[c] as Segment);
    else if (LATIN_VOWELS[c]) segments.push(LATIN_VOWELS[c] as Segment);
    else segments.push(latinConsonant(c, word[i + 1], final));
    i += 1;
  }
  return segments;
}

/**
 * Arabic spellings (normalizeText form) a Latin-script name may have in the
 * Arabic press, most likely first: "kazakhstan" → كازاخستان, "putin" → بوتين,
 * "elway" → الواي. Empty for tokens that are not plain Latin letters.
 */
export function transliterateLatin(word: string, maxCandidates = 12): string[] {
  return scoredLatinCandidates(word, maxCandidates).map(({ text }) => text);
}

/** A candidate spelling and how unlikely the rules found it (0 = the preferred reading). */
export interface ScoredCandidate {
  text: string;
  cost: number;
}

function scoredLatinCandidates(word: string, maxCandidates: number): ScoredCandidate[] {
  const w = normalizeText(word);
  if (!LATIN_TOKEN.test(w)) return [];
  return distinctCandidates(beam(latinSegments(w), DEFAULT_BEAM), arabicMatchKey, maxCandidates);
}

function distinctCandidates(states: ScoredCandidate[], toKey: (text: string) => string, max: number): ScoredCandidate[] {
  const seen = new Set<string>();
  const out: ScoredCandidate[] = [];
  for (const state of states) {
    if (!state.text) continue;
    const key = toKey(state.text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(state);
    if (out.length >= max) break;
  }
  return out;
}

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

function scoredArabicCandidates(word: string, maxCandidates: number): ScoredCandidate[] {
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

// ---------------------------------------------------------------------------
// N-gram matching against a vocabulary
// ---------------------------------------------------------------------------

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

// Arabic tokens carry proclitics (و، ف، ب، ل، ك، ال…): names are matched without them.
const arabicVariants = (token: string): string[] => withoutProclitics(token, 3);

function latinVariants(token: string): string[] {
  // "Tesla's" is normalised to "teslas": try the word without the s as well.
  return token.length > 4 && token.endsWith('s') && !token.endsWith('ss') ? [token, token.slice(0, -1)] : [token];
}

export interface NameMatch {
  /** The vocabulary token (surface form, as given to the index). */
  token: string;
  similarity: number;
  /** The candidate spelling that matched best. */
  candidate: string;
}

export interface NameMatchOptions {
  /** Dice similarity a match needs (default 0.75; keys of ≤ 3 letters must be equal). */
  minSimilarity?: number;
  /** Most matches returned (default 3). */
  limit?: number;
  /** Candidate spellings tried (default 12). */
  candidates?: number;
  /** Score lost per unit of rule cost of the candidate (unlikely spellings; default 0.1). */
  costPenalty?: number;
}

/**
 * A vocabulary in one script indexed by the bigrams of its tokens' matching keys,
 * built once and queried with candidate spellings.
 */
export class NameIndex {
  private readonly keys: string[] = [];
  private readonly keyTokens: string[][] = [];
  private readonly keyGrams: string[][] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly seen: Uint32Array;
  private stamp = 0;
  private readonly cache = new Map<string, NameMatch[]>();

  constructor(
    readonly script: Script,
    tokens: Iterable<string>,
  ) {
    const pattern = script === 'ar' ? ARABIC_TOKEN : LATIN_TOKEN;
    const toKey = script === 'ar' ? arabicMatchKey : latinMatchKey;
    const variantsOf = script === 'ar' ? arabicVariants : latinVariants;
    const keyIds = new Map<string, number>();
    for (const token of tokens) {
      if (token.length < 3 || !pattern.test(token)) continue;
      for (const variant of variantsOf(token)) {
        const key = toKey(variant);
        if (key.length < 2) continue;
        let id = keyIds.get(key);
        if (id === undefined) {
          id = this.keys.length;
          keyIds.set(key, id);
          this.keys.push(key);
          this.keyTokens.push([]);
          const grams = keyBigrams(key);
          this.keyGrams.push(grams);
          for (const gram of grams) {
            const list = this.postings.get(gram);
            if (list) list.push(id);
            else this.postings.set(gram, [id]);
          }
        }
        const owners = this.keyTokens[id] as string[];
        if (!owners.includes(token)) owners.push(token);
      }
    }
    this.seen = new Uint32Array(this.keys.length);
  }

  get size(): number {
    return this.keys.length;
  }

  /**
   * Vocabulary tokens whose key is most similar to any of the candidate spellings
   * (bigram Dice minus the candidate's rule cost × costPenalty).
   *
   * Prefix filtering keeps this fast on large vocabularies: a key reaching the
   * threshold must share at least one of the candidate's rarest bigrams, so only
   * those posting lists are read, and each key found is then verified exactly.
   */
  search(candidates: readonly (string | ScoredCandidate)[], options: NameMatchOptions = {}): NameMatch[] {
    const minSimilarity = options.minSimilarity ?? 0.75;
    const limit = options.limit ?? 3;
    const costPenalty = options.costPenalty ?? 0.1;
    const toKey = this.script === 'ar' ? arabicMatchKey : latinMatchKey;
    const best = new Map<number, { similarity: number; candidate: string }>();
    for (const entry of candidates) {
      const candidate = typeof entry === 'string' ? entry : entry.text;
      const penalty = typeof entry === 'string' ? 0 : costPenalty * entry.cost;
      const threshold = Math.max(minSimilarity + penalty, 1e-6);
      if (threshold > 1) continue;
      const key = toKey(candidate);
      if (key.length < 2) continue;
      const grams = keyBigrams(key);
      const gramSet = new Set(grams);
      const size = grams.length;
      // Dice ≥ t needs the other set's size within [size·t/(2−t), size·(2−t)/t]
      // and an overlap of at least t·(size + other)/2 bigrams.
      const minSize = (size * threshold) / (2 - threshold);
      const maxSize = (size * (2 - threshold)) / threshold;
      const minOverlap = Math.max(1, Math.ceil((threshold * (size + minSize)) / 2 - 1e-9));
      const prefix = size - minOverlap + 1;
      const lists = grams
        .map((gram) => this.postings.get(gram) ?? [])
        .sort((a, b) => a.length - b.length)
        .slice(0, Math.max(1, prefix));
      this.stamp += 1;
      if (this.stamp === 0xffffffff) {
        this.seen.fill(0);
        this.stamp = 1;
      }
      for (const list of lists) {
        for (const id of list) {
          if (this.seen[id] === this.stamp) continue;
          this.seen[id] = this.stamp;
          const other = this.keyGrams[id] as string[];
          if (other.length < minSize || other.length > maxSize) continue;
          const otherKey = this.keys[id] as string;
          // Short keys share bigrams by chance: demand an exact match.
          if ((key.length <= 3 || otherKey.length <= 3) && key !== otherKey) continue;
          let common = 0;
          for (const gram of other) if (gramSet.has(gram)) common += 1;
          const similarity = (2 * common) / (size + other.length) - penalty;
          if (similarity < minSimilarity) continue;
          const known = best.get(id);
          if (!known || similarity > known.similarity) best.set(id, { similarity, candidate });
        }
      }
    }
    const byToken = new Map<string, NameMatch>();
    for (const [id, { similarity, candidate }] of best) {
      for (const token of this.keyTokens[id] as string[]) {
        const known = byToken.get(token);
        if (!known || similarity > known.similarity) byToken.set(token, { token, similarity, candidate });
      }
    }
    return [...byToken.values()]
      .sort((a, b) => b.similarity - a.similarity || a.token.length - b.token.length || (a.token < b.token ? -1 : 1))
      .slice(0, limit);
  }

  /**
   * Transliterates `word` into this index's script and returns the best-matching
   * vocabulary tokens: a Latin word against an Arabic index, or the reverse. A word
   * already in the index's script is matched as it is (spelling variants).
   */
  match(word: string, options: NameMatchOptions = {}): NameMatch[] {
    const cacheKey = [word, options.minSimilarity, options.limit, options.candidates, options.costPenalty].join('\u0000');
    const cached = this.cache.get(cacheKey);
    if (cached) return cached.map((match) => ({ ...match }));
    const matches = this.matchUncached(word, options);
    if (this.cache.size >= 10_000) this.cache.clear();
    this.cache.set(cacheKey, matches);
    return matches.map((match) => ({ ...match }));
  }

  private matchUncached(word: string, options: NameMatchOptions): NameMatch[] {
    const normalised = normalizeText(word);
    const count = options.candidates ?? 12;
    const candidates: (string | ScoredCandidate)[] = [];
    if (this.script === 'ar') {
      if (ARABIC_TOKEN.test(normalised)) candidates.push(...arabicVariants(normalised));
      else for (const variant of latinVariants(normalised)) candidates.push(...scoredLatinCandidates(variant, count));
    } else if (LATIN_TOKEN.test(normalised)) {
      candidates.push(...latinVariants(normalised));
    } else {
      // Proclitics are stripped first: لبوتين → بوتين.
      for (const variant of arabicVariants(normalised)) candidates.push(...scoredArabicCandidates(variant, count * 2));
    }
    return this.search(candidates, options);
  }
}
