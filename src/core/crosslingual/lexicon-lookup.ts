/**
 * Looking tokens up in the lexicon (lexicon.ts): the longest multi-word
 * headword first, each token under its lookup forms (lexicon-forms.ts), the
 * senses of every lemma found merged in dictionary order.
 */
import { isStopWord, stemArabic } from '../text/tokenize.js';
import { arabicVerbCandidates } from './arabic-verb-forms.js';
import { loadLexicon, type Lexicon } from './lexicon.js';
import { arabicLookupCandidates, englishLemmaCandidates } from './lexicon-forms.js';

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
  /**
   * Arabic: a word none of whose forms is a headword is looked up as a conjugated verb (arabic-verb-forms.ts) before
   * its light stem. Query translation asks it; a gloss does not (a verb's guessed senses cost it more precision than
   * they add recall).
   */
  verbForms?: boolean;
  /**
   * Arabic: the lexicon a guessed form (a conjugated verb's, or the headwords sharing the word's light stem) is read
   * in, when not `lexicon`. A translation reads the dictionary's own senses there (translation-lexicon.ts).
   */
  guessedFormsLexicon?: Lexicon;
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
  stemFallback?: (token: string) => { lexicon: Lexicon; forms: readonly string[] },
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
          const guessed = stemFallback(token);
          const fallback = collectSenses(guessed.lexicon, guessed.forms, merge);
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
 * stripped forms, the forms of a conjugated verb (when asked), and finally any
 * headword with the same light stem.
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
    (token) => {
      const guessed = options.guessedFormsLexicon ?? lexicon;
      const verbs = options.verbForms ? arabicVerbCandidates(token).filter((form) => guessed.has(form)) : [];
      return { lexicon: guessed, forms: verbs.length > 0 ? verbs : guessed.headwordsWithStem(stemArabic(token)) };
    },
  );
}
