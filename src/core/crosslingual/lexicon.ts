/**
 * The offline English–Arabic lexicon (FreeDict, see knowledge/lexicon/README.md):
 * lazy loading and lookup of normalised tokens.
 *
 * Both files are loaded on first use and cached for the life of the process.
 * Headwords and senses are in normalizeText form; English headwords are tokens
 * joined by single spaces ("guinea pig", "able bodied").
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { repositoryPath } from '../repository-files.js';
import { gunzipSync } from 'node:zlib';
import { ARABIC_ENCLITICS, ARABIC_PROCLITICS } from '../text/arabic-clitics.js';
import { isStopWord, stemArabic, stemEnglish } from '../text/tokenize.js';

export type LexiconDirection = 'en-ar' | 'ar-en';

export const DEFAULT_LEXICON_DIR = repositoryPath('knowledge', 'lexicon');

/** Multi-word headwords longer than this are never tried (there are almost none). */
const MAX_MATCH_TOKENS = 5;

export class Lexicon {
  /**
   * Headword → its senses joined by tabs (split when looked up): one string per
   * entry instead of an array of strings saves about a third of the lexicon's
   * heap, and a serving bot holds both directions.
   */
  private readonly entries: Map<string, string>;
  /** Arabic only: light stem of a headword → headwords, the last-resort lookup. */
  private stemIndex: Map<string, string[]> | undefined;
  readonly maxHeadwordTokens: number;

  constructor(
    readonly direction: LexiconDirection,
    entries: Map<string, string>,
  ) {
    this.entries = entries;
    let longest = 1;
    for (const headword of entries.keys()) {
      // Words = spaces + 1, counted without splitting (a ~100,000-entry loop at every start-up).
      let count = 1;
      for (let at = headword.indexOf(' '); at >= 0; at = headword.indexOf(' ', at + 1)) count += 1;
      if (count > longest) longest = count;
    }
    this.maxHeadwordTokens = Math.min(longest, MAX_MATCH_TOKENS);
  }

  get size(): number {
    return this.entries.size;
  }

  /** Senses of an exact (normalised) headword, in dictionary order. */
  senses(headword: string): readonly string[] | undefined {
    return this.entries.get(headword)?.split('\t');
  }

  has(headword: string): boolean {
    return this.entries.has(headword);
  }

  /** Headwords whose light Arabic stem equals `stem` (single-word headwords only). */
  headwordsWithStem(stem: string): readonly string[] {
    if (!this.stemIndex) {
      this.stemIndex = new Map();
      for (const headword of this.entries.keys()) {
        if (headword.includes(' ')) continue;
        const key = stemArabic(headword);
        const list = this.stemIndex.get(key);
        if (list) list.push(headword);
        else this.stemIndex.set(key, [headword]);
      }
    }
    return this.stemIndex.get(stem) ?? [];
  }

  /** Parses the TSV format written by scripts/build-lexicon.ts. */
  static parse(direction: LexiconDirection, text: string): Lexicon {
    const entries = new Map<string, string>();
    // Walked by offsets rather than split into lines: one string fewer per entry at every start-up.
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', start);
      if (text.charCodeAt(start) !== 35 /* # */ && tab > start && tab < end) {
        const headword = text.slice(start, tab);
        let senses = text.slice(tab + 1, end);
        // The built files have no empty fields; a hand-edited one may, and is cleaned.
        if (senses.includes('\t\t') || senses.startsWith('\t') || senses.endsWith('\t')) senses = senses.split('\t').filter(Boolean).join('\t');
        if (senses) entries.set(headword, senses);
      }
      start = end + 1;
    }
    return new Lexicon(direction, entries);
  }
}

const cache = new Map<string, Lexicon>();

/**
 * The lexicon for one direction, read from `dir` (en-ar.tsv or en-ar.tsv.gz…) on
 * first use and cached per process.
 */
export function loadLexicon(direction: LexiconDirection, dir: string = DEFAULT_LEXICON_DIR): Lexicon {
  const key = `${direction}\u0000${dir}`;
  const cached = cache.get(key);
  if (cached) return cached;
  const plain = join(dir, `${direction}.tsv`);
  let text: string;
  if (existsSync(plain)) text = readFileSync(plain, 'utf8');
  else if (existsSync(`${plain}.gz`)) text = gunzipSync(readFileSync(`${plain}.gz`)).toString('utf8');
  else throw new Error(`Lexicon not found: ${plain}(.gz). Run npm run build-lexicon.`);
  const lexicon = Lexicon.parse(direction, text);
  cache.set(key, lexicon);
  return lexicon;
}

/**
 * Lookup forms of an English token, surface form first: -ies/-ied → -y, -es, -s,
 * -ed (also → -e), -ing (also → -e), consonant doubling undone, then stemEnglish.
 */
export function englishLemmaCandidates(token: string): string[] {
  const forms = [token];
  const add = (form: string): void => {
    if (form.length >= 3 && !forms.includes(form)) forms.push(form);
  };
  const undouble = (stem: string): void => {
    if (/([b-df-hj-np-tv-z])\1$/.test(stem)) add(stem.slice(0, -1));
  };
  if (token.length > 3) {
    if (token.endsWith('ies')) add(`${token.slice(0, -3)}y`);
    if (token.endsWith('es')) add(token.slice(0, -2));
    if (token.endsWith('s') && !token.endsWith('ss')) add(token.slice(0, -1));
    if (token.endsWith('ied')) add(`${token.slice(0, -3)}y`);
    if (token.endsWith('ed')) {
      const stem = token.slice(0, -2);
      add(stem);
      add(`${stem}e`);
      undouble(stem);
    }
    if (token.endsWith('ing') && token.length > 5) {
      const stem = token.slice(0, -3);
      add(stem);
      add(`${stem}e`);
      undouble(stem);
    }
  }
  add(stemEnglish(token));
  return forms;
}

/**
 * Derivationally related forms of an English word, for when neither it nor its
 * inflections translate into anything the corpus contains: national → nation,
 * canarian → canary, typically → typical, manufacturer → manufacture,
 * proclamation → proclaim. Less certain than lemmas: callers weight them down.
 */
export function englishDerivedCandidates(token: string): string[] {
  const forms: string[] = [];
  const add = (form: string): void => {
    if (form.length >= 3 && form !== token && !forms.includes(form)) forms.push(form);
  };
  const rules: [RegExp, string[]][] = [
    [/ically$/, ['ic', 'ical']],
    [/ally$/, ['al', '']],
    [/ily$/, ['y']],
    [/ly$/, ['', 'le']],
    [/ians?$/, ['y', 'ia', 'a', '']],
    [/ese$/, ['', 'a']],
    [/ial$/, ['y', 'e', '']],
    [/al$/, ['', 'e']],
    [/ical$/, ['ic', 'y']],
    [/ic$/, ['y', 'ics', 'e', '']],
    [/ness$/, ['']],
    [/ments?$/, ['']],
    [/ity$/, ['', 'e']],
    [/ations?$/, ['e', 'ate', '']],
    [/ions?$/, ['e', '']],
    [/ers?$/, ['e', '']],
    [/ors?$/, ['e', '']],
    [/ists?$/, ['ism', 'y', '']],
    [/ive$/, ['e', 'ion', '']],
    [/ful$/, ['']],
    [/ous$/, ['', 'y']],
    [/izes?$|ised?$|ized$/, ['', 'e']],
  ];
  for (const lemma of englishLemmaCandidates(token)) {
    for (const [pattern, replacements] of rules) {
      if (!pattern.test(lemma)) continue;
      const stem = lemma.replace(pattern, '');
      for (const replacement of replacements) add(stem + replacement);
    }
  }
  return forms;
}


/**
 * Lookup forms of a normalised Arabic token, surface form first: proclitics
 * stripped (keeping at least three letters), each with and without the article;
 * then an attached pronoun stripped, restoring taa marbuta (مدينتها → مدينه).
 */
export function arabicLookupCandidates(token: string): string[] {
  const forms = [token];
  const add = (form: string): void => {
    if (form.length >= 2 && !forms.includes(form)) forms.push(form);
  };
  for (const prefix of ARABIC_PROCLITICS) {
    if (token.startsWith(prefix) && token.length - prefix.length >= 3) {
      const base = token.slice(prefix.length);
      add(base);
      if (prefix.endsWith('ال') || prefix.endsWith('لل')) add(`ال${base}`);
    }
  }
  if (!token.startsWith('ال')) add(`ال${token}`);
  // Pronouns never follow the article: strip them from the article-less forms.
  for (const form of forms.filter((candidate) => !candidate.startsWith('ال'))) {
    for (const suffix of ARABIC_ENCLITICS) {
      if (!form.endsWith(suffix) || form.length - suffix.length < 3) continue;
      const base = form.slice(0, -suffix.length);
      const restored = base.endsWith('ت') ? `${base.slice(0, -1)}ه` : undefined;
      if (restored) add(restored);
      add(base);
      if (restored) add(`ال${restored}`);
      add(`ال${base}`);
      break;
    }
  }
  return forms;
}

export interface LexiconMatch {
  /** Token span [start, end) of the input that matched. */
  start: number;
  end: number;
  /** Headwords whose senses were used, the one closest to the surface form first. */
  headwords: string[];
  /** Senses of all those headwords, deduplicated, in order. */
  senses: string[];
}

export interface LookupOptions {
  lexicon?: Lexicon;
  /** Merge the senses of every lemma candidate found (default) or stop at the first. */
  mergeLemmas?: boolean;
}

function collectSenses(lexicon: Lexicon, forms: readonly string[], merge: boolean): { headwords: string[]; senses: string[] } {
  const headwords: string[] = [];
  const senses: string[] = [];
  for (const form of forms) {
    const found = lexicon.senses(form);
    if (!found) continue;
    headwords.push(form);
    for (const sense of found) if (!senses.includes(sense)) senses.push(sense);
    if (!merge) break;
  }
  return { headwords, senses };
}

function lookupSpans(
  tokens: readonly string[],
  lexicon: Lexicon,
  merge: boolean,
  formsOfLast: (token: string) => string[],
  formsOfFirst: (token: string) => string[],
  formsOfSingle: (token: string) => string[],
  stemFallback?: (token: string) => readonly string[],
): LexiconMatch[] {
  const matches: LexiconMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    let matched: LexiconMatch | undefined;
    // Multi-word entries first, longest first; they must start and end on content words.
    for (let n = Math.min(lexicon.maxHeadwordTokens, tokens.length - i); n >= 2 && !matched; n -= 1) {
      const span = tokens.slice(i, i + n);
      const first = span[0] as string;
      const last = span[n - 1] as string;
      if (span.includes('') || isStopWord(first) || isStopWord(last)) continue;
      const middle = span.slice(1, n - 1).join(' ');
      const forms: string[] = [];
      for (const head of formsOfFirst(first)) {
        for (const tail of formsOfLast(last)) {
          const form = [head, middle, tail].filter(Boolean).join(' ');
          if (!forms.includes(form)) forms.push(form);
        }
      }
      const { headwords, senses } = collectSenses(lexicon, forms, merge);
      if (headwords.length > 0) matched = { start: i, end: i + n, headwords, senses };
    }
    if (!matched) {
      const token = tokens[i] as string;
      if (token && !isStopWord(token)) {
        const { headwords, senses } = collectSenses(lexicon, formsOfSingle(token), merge);
        if (headwords.length === 0 && stemFallback) {
          const fallback = collectSenses(lexicon, stemFallback(token), merge);
          headwords.push(...fallback.headwords);
          senses.push(...fallback.senses);
        }
        if (headwords.length > 0) matched = { start: i, end: i + 1, headwords, senses };
      }
    }
    if (matched) {
      matches.push(matched);
      i = matched.end;
    } else {
      i += 1;
    }
  }
  return matches;
}

/**
 * English tokens (normalised, in question order, stop words may be included; an
 * empty string is a gap no entry may span) → lexicon matches. Multi-word entries are matched before single words, longest
 * first, lemmatising their last word; single words are looked up by surface form,
 * then by lemma candidates. Stop words are never looked up on their own.
 */
export function lookupEnglish(tokens: readonly string[], options: LookupOptions = {}): LexiconMatch[] {
  const lexicon = options.lexicon ?? loadLexicon('en-ar');
  const merge = options.mergeLemmas ?? true;
  return lookupSpans(tokens, lexicon, merge, englishLemmaCandidates, (token) => [token], englishLemmaCandidates);
}

/**
 * Arabic tokens (normalised) → lexicon matches: multi-word entries first (the
 * first word may carry proclitics), then single words by surface form, clitic-
 * stripped forms, and finally any headword with the same light stem.
 */
export function lookupArabic(tokens: readonly string[], options: LookupOptions = {}): LexiconMatch[] {
  const lexicon = options.lexicon ?? loadLexicon('ar-en');
  const merge = options.mergeLemmas ?? true;
  return lookupSpans(
    tokens,
    lexicon,
    merge,
    (token) => [token],
    arabicLookupCandidates,
    arabicLookupCandidates,
    (token) => lexicon.headwordsWithStem(stemArabic(token)),
  );
}

/** Whether a normalised word (or light stem) is a headword of the lexicon in its language, in any of its lookup forms. */
export function isDictionaryWord(word: string): boolean {
  if (/[\u0600-\u06FF]/.test(word)) {
    const lexicon = loadLexicon('ar-en');
    return arabicLookupCandidates(word).some((form) => lexicon.has(form));
  }
  const lexicon = loadLexicon('en-ar');
  return englishLemmaCandidates(word).some((form) => lexicon.has(form));
}
