import { WordMemo } from './word-memo.js';
import { ARTICLE_PROCLITICS } from './arabic-clitics.js';
import { normalizeText } from './normalize.js';
import { stemEnglish } from './english-forms.js';
import { ARABIC_STOP_WORDS, ENGLISH_STOP_WORDS } from './stop-words.js';

export { stemEnglish };

/** Word forms per generation of kept stems: a few questions' worth of paragraphs. */
const STEMS_KEPT = 25_000;

/** Letters of any script, digits, and the Arabic letter block. */
const TOKEN_PATTERN = /[\p{L}\p{N}]+/gu;
const ARABIC_LETTER = /[\u0600-\u06FF]/;

export function isArabicToken(token: string): boolean {
  return ARABIC_LETTER.test(token);
}

/** Where Arabic letters meet digits inside one run ("أبولو1", "الـ20"). */
const ARABIC_DIGIT_BOUNDARY = /(?<=[\u0621-\u064A])(?=\d)|(?<=\d)(?=[\u0621-\u064A])/;
const ARABIC_GLUED_DIGIT = /[\u0621-\u064A]\d|\d[\u0621-\u064A]/;

/**
 * Tokens of already-normalised text, in order, stop words kept. A number
 * glued to an Arabic word ("أبولو1") is split from it, so it matches the same
 * name and number written apart ("أبولو 1").
 */
export function rawTokens(normalized: string): string[] {
  const tokens = normalized.match(TOKEN_PATTERN) ?? [];
  if (!ARABIC_GLUED_DIGIT.test(normalized)) return tokens;
  return tokens.flatMap((token) => (ARABIC_GLUED_DIGIT.test(token) ? token.split(ARABIC_DIGIT_BOUNDARY) : [token]));
}

export function isStopWord(token: string): boolean {
  if (ENGLISH_STOP_WORDS.has(token) || ARABIC_STOP_WORDS.has(token)) return true;
  // "وماذا", "فهل": a function word with an attached conjunction is still a function word.
  return token.length > 2 && (token.startsWith('و') || token.startsWith('ف')) && ARABIC_STOP_WORDS.has(token.slice(1));
}

// Light stemming in the spirit of Larkey's light10: strip the article and
// attached conjunctions/prepositions, then the suffixes in light10's order (an
// attached pronoun, a plural or dual ending, then ه/يه/ي), each only when at
// least three letters stay (shorter stems collide too often). A taa marbuta
// that a pronoun turned into ت comes back (عاصمتها → عاصمه → عاصم, like عاصمة),
// and the pronoun goes before the plural (مشكلاتها → مشكلات → مشكل).
const PRONOUN_SUFFIXES = ['هما', 'كما', 'هم', 'هن', 'ها', 'كم', 'نا'];
const NUMBER_SUFFIXES = ['تين', 'تان', 'ات', 'ان', 'ون', 'ين', 'وا'];
const FINAL_SUFFIXES = ['يه', 'ه', 'ي'];

/** The word without its article and the conjunction or preposition attached to it (والحكومة → حكومة). */
export function stripArabicArticle(token: string): string {
  for (const prefix of ARTICLE_PROCLITICS) {
    if (token.startsWith(prefix) && token.length - prefix.length >= 2) return token.slice(prefix.length);
  }
  return token;
}

/** The stem without the first of `suffixes` it ends with, when three letters stay; null when none applies. */
function withoutSuffix(stem: string, suffixes: readonly string[]): string | null {
  const suffix = suffixes.find((candidate) => stem.endsWith(candidate) && stem.length - candidate.length >= 3);
  return suffix ? stem.slice(0, -suffix.length) : null;
}

export function stemArabic(token: string): string {
  let stem = stripArabicArticle(token);
  if (stem.length > 3 && (stem.startsWith('و') || stem.startsWith('ف'))) {
    stem = stem.slice(1);
  }
  const bare = withoutSuffix(stem, PRONOUN_SUFFIXES);
  if (bare !== null) stem = bare.length >= 4 && bare.endsWith('ت') && !bare.endsWith('ات') ? `${bare.slice(0, -1)}ه` : bare;
  stem = withoutSuffix(stem, NUMBER_SUFFIXES) ?? stem;
  return withoutSuffix(stem, FINAL_SUFFIXES) ?? stem;
}

export function stemToken(token: string): string {
  return stemsByToken.get(token);
}

/**
 * Stems of the word forms last stemmed: every reading of a question (retrieval, passage match, unit choice, values)
 * stems the same paragraphs' words again, and a look-up costs less than the cuts of a stem.
 */
const stemsByToken = new WordMemo((token) => (isArabicToken(token) ? stemArabic(token) : stemEnglish(token)), STEMS_KEPT);

/** Normalise, tokenise, drop stop words, stem: the keyword index's terms. */
export function indexTerms(text: string): string[] {
  const terms: string[] = [];
  for (const token of rawTokens(normalizeText(text))) {
    if (isStopWord(token)) continue;
    terms.push(stemToken(token));
  }
  return terms;
}
