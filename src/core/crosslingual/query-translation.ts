/**
 * Offline query translation for cross-lingual retrieval: an English question
 * becomes weighted Arabic search terms (and an Arabic question English terms),
 * using the FreeDict lexicon, the corpus's own vocabulary to choose senses, and
 * transliteration for names the lexicon lacks.
 *
 *  1. Lexicon: multi-word entries before single words, longest first; stop words
 *     (and question phrasing such as "how many") dropped; lemmatised lookup, the
 *     surface form first.
 *  2. Sense choice: a sense whose words never occur in the corpus is dropped (it
 *     cannot match); the rest share the source word's weight in proportion to how
 *     specific they are (inverse document frequency). When no sense occurs, a
 *     corpus word spelt almost like one stands in (الاوكسجين → الاكسجين), then the
 *     senses of a derivationally related word (national → nation), weighted down.
 *  3. Names: capitalised words inside an English sentence and words the lexicon
 *     does not know are transliterated and matched against the vocabulary by
 *     character-bigram similarity (an n-gram index built once per vocabulary);
 *     all-capital acronyms are also spelt out letter by letter (HD → اتش دي).
 *  4. The source tokens themselves are returned too ('untranslated'): they still
 *     match numbers and Latin-script names in the other language's text.
 */
import { isFillerWord, isQuestionWord } from '../question/question-words.js';
import { TUNING } from '../tuning.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, isStopWord, rawTokens, stemToken } from '../text/tokenize.js';
import {
  arabicLookupCandidates,
  englishDerivedCandidates,
  englishLemmaCandidates,
  loadLexicon,
  lookupArabic,
  lookupEnglish,
  type LexiconMatch,
} from './lexicon.js';
import { keySimilarity } from './transliteration/match-keys.js';
import { NameIndex, type NameMatch } from './transliteration/name-index.js';

export interface CorpusVocabulary {
  /** Normalised surface tokens (normalizeText + rawTokens, not stemmed) of the indexed text, with document frequency. */
  documentFrequency(token: string): number;
  readonly documentCount: number;
  /** All normalised surface tokens, for transliteration matching (may be large: index it by n-gram once). */
  tokens(): Iterable<string>;
}

export interface TranslatedTerm {
  /** Search text in the target language (normalizeText form; may be several words). */
  term: string;
  /**
   * Relative weight in the query: a source word's lexicon senses share 1 (less
   * through a related word), its name matches share `nameWeight`, and untranslated
   * tokens get `untranslatedWeight`.
   */
  weight: number;
  /** The source word or multi-word entry it came from (normalised). */
  source: string;
  via: 'lexicon' | 'transliteration' | 'untranslated';
}

export interface QueryTranslation {
  terms: TranslatedTerm[];
  /** Non-stop-word question tokens that contain a letter (numbers need no translation). */
  sourceTokens: number;
  /** Of those, the ones translated by the lexicon or transliterated to a corpus word. */
  coveredTokens: number;
}

export interface TranslateOptions {
  /** Bigram Dice similarity a name match needs (default 0.72). */
  minNameSimilarity?: number;
  /** …for words less likely to be names: unknown lower-case words, capitalised words the lexicon translated (default 0.85). */
  minLooseNameSimilarity?: number;
  /** Name matches kept per word, within `nameMargin` of the best (default 3, 0.1). */
  maxNameMatches?: number;
  nameMargin?: number;
  /** Scale of transliteration (name) terms; a word's matches share it by similarity (default 1). */
  nameWeight?: number;
  /** Weight of the untranslated source tokens (default 1). */
  untranslatedWeight?: number;
  /** Most senses kept per source word, the most specific first (default 6). */
  maxSenses?: number;
  /** Weight of senses found through a derivationally related word (national → nation; default 0.6). */
  derivedWeight?: number;
  /**
   * When no sense occurs in the corpus, corpus words spelt like a sense (bigram
   * Dice ≥ this; الاوكسجين → الاكسجين) stand in for it, weighted by similarity
   * (default 0.7; above 1 disables).
   */
  minSpellingSimilarity?: number;
}

/** A plain in-memory vocabulary from documents' texts (tests, evaluation, small corpora). */
export class TextVocabulary implements CorpusVocabulary {
  private readonly df = new Map<string, number>();
  readonly documentCount: number;

  constructor(documents: Iterable<string>) {
    let count = 0;
    for (const text of documents) {
      count += 1;
      for (const token of new Set(rawTokens(normalizeText(text)))) this.df.set(token, (this.df.get(token) ?? 0) + 1);
    }
    this.documentCount = count;
  }

  documentFrequency(token: string): number {
    return this.df.get(token) ?? 0;
  }

  tokens(): Iterable<string> {
    return this.df.keys();
  }
}

interface VocabularyIndex {
  /** Light stem (stemToken) → the highest document frequency of its surface forms (a lower bound). */
  stemFrequency: Map<string, number>;
  names: { ar?: NameIndex; latin?: NameIndex };
  tokens: string[];
}

const indexes = new WeakMap<CorpusVocabulary, VocabularyIndex>();

function vocabularyIndex(vocabulary: CorpusVocabulary): VocabularyIndex {
  let index = indexes.get(vocabulary);
  if (index) return index;
  const stemFrequency = new Map<string, number>();
  const tokens: string[] = [];
  for (const token of vocabulary.tokens()) {
    tokens.push(token);
    const stem = stemToken(token);
    const df = vocabulary.documentFrequency(token);
    stemFrequency.set(stem, Math.max(stemFrequency.get(stem) ?? 0, df));
  }
  index = { stemFrequency, names: {}, tokens };
  indexes.set(vocabulary, index);
  return index;
}

function nameIndex(vocabulary: CorpusVocabulary, script: 'ar' | 'latin'): NameIndex {
  const index = vocabularyIndex(vocabulary);
  let names = index.names[script];
  if (!names) {
    names = new NameIndex(script, index.tokens);
    index.names[script] = names;
  }
  return names;
}

/**
 * Document frequency of a word in the corpus: its surface form, else its
 * clitic-stripped / lemmatised forms, else its light stem.
 */
function wordFrequency(word: string, vocabulary: CorpusVocabulary, index: VocabularyIndex): number {
  const surface = vocabulary.documentFrequency(word);
  if (surface > 0) return surface;
  const forms = isArabicToken(word) ? arabicLookupCandidates(word) : englishLemmaCandidates(word);
  for (const form of forms) {
    const df = vocabulary.documentFrequency(form);
    if (df > 0) return df;
  }
  return index.stemFrequency.get(stemToken(word)) ?? 0;
}

/** Frequency of a (possibly multi-word) sense: every content word must occur; the rarest counts. */
function senseFrequency(sense: string, vocabulary: CorpusVocabulary, index: VocabularyIndex): number {
  const words = sense.split(' ').filter((word) => !isStopWord(word));
  if (words.length === 0) return 0;
  let rarest = Infinity;
  for (const word of words) {
    const df = wordFrequency(word, vocabulary, index);
    if (df === 0) return 0;
    rarest = Math.min(rarest, df);
  }
  return rarest;
}

function idf(df: number, documentCount: number): number {
  return Math.log(1 + (documentCount - df + 0.5) / (df + 0.5));
}

/** Vocabulary tokens the word's transliterations reach, close to the best match. */
function nameTerms(token: string, names: NameIndex, vocabulary: CorpusVocabulary, options: Required<TranslateOptions>): NameMatch[] {
  const matches = names.match(token, { minSimilarity: options.minNameSimilarity, limit: options.maxNameMatches * 2 });
  const best = matches[0]?.similarity ?? 0;
  return matches
    .filter((match) => match.similarity >= best - options.nameMargin && vocabulary.documentFrequency(match.token) > 0)
    .slice(0, options.maxNameMatches);
}

interface WordShape {
  /** Written with a capital inside a sentence (or unknown and sentence-initial): likely a name. */
  capitalised: boolean;
  sentenceInitial: boolean;
  /** All capitals, 2–5 letters: read letter by letter (HD → اتش دي). */
  acronym: boolean;
}

/** Shapes of the question's words, by normalised token (the first occurrence wins). */
function wordShapes(question: string): Map<string, WordShape> {
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
function acronymSpellings(acronym: string): string[] {
  let spellings = [''];
  for (const letter of acronym) {
    const names = LETTER_NAMES[letter];
    if (!names) return [];
    spellings = spellings.flatMap((prefix) => names.map((name) => (prefix ? `${prefix} ${name}` : name))).slice(0, 16);
  }
  return [...new Set(spellings)];
}

/** Question phrasing that the stop-word list keeps but that never helps retrieval (question and filler words). */
const isQuestionPhrasing = (token: string): boolean => isQuestionWord(token) || isFillerWord(token);

const DEFAULTS: Required<TranslateOptions> = TUNING.translation;

interface SenseChoice {
  sense: string;
  specificity: number;
}

/** The senses that occur in the corpus, the most specific first. */
function keptSenses(senses: readonly string[], vocabulary: CorpusVocabulary, index: VocabularyIndex, max: number): SenseChoice[] {
  return senses
    .map((sense) => ({ sense, df: senseFrequency(sense, vocabulary, index) }))
    .filter(({ df }) => df > 0)
    .map(({ sense, df }) => ({ sense, specificity: idf(df, vocabulary.documentCount) }))
    .sort((a, b) => b.specificity - a.specificity)
    .slice(0, max);
}

/** Forms of an Arabic word without proclitics (the article included), at least three letters. */
function arabicBases(word: string): string[] {
  const bases = arabicLookupCandidates(word).filter((form) => !form.startsWith('ال') && form.length >= 3);
  return bases.length > 0 ? bases : [word];
}

/**
 * Bigram Dice of two words as written (no phonetic folding), over their
 * proclitic-free forms that start with the same letter: spelling variants
 * (اوكسجين / اكسجين) pass, words that only share the article or a prefix do not.
 */
function spellingSimilarity(a: string, b: string): number {
  const formsOf = (word: string): string[] => (isArabicToken(word) ? arabicBases(word) : [word]);
  let best = 0;
  for (const x of formsOf(a)) {
    for (const y of formsOf(b)) {
      if (x[0] !== y[0] || Math.abs(x.length - y.length) > 2) continue;
      best = Math.max(best, keySimilarity(x, y));
    }
  }
  return best;
}

/**
 * Corpus words spelt almost like a single-word sense (spelling variants of
 * loanwords and names: الاوكسجين → الاكسجين, الكاربون → الكربون), for senses that
 * do not occur as written. Specificity is scaled by the similarity.
 */
function respelledSenses(senses: readonly string[], vocabulary: CorpusVocabulary, options: Required<TranslateOptions>): SenseChoice[] {
  if (options.minSpellingSimilarity > 1) return [];
  const script = senses.some((sense) => isArabicToken(sense)) ? 'ar' : 'latin';
  const names = nameIndex(vocabulary, script);
  const found = new Map<string, number>();
  for (const sense of senses.slice(0, options.maxSenses)) {
    if (sense.includes(' ') || sense.length < 4) continue;
    for (const match of names.match(sense, { minSimilarity: options.minSpellingSimilarity, limit: 4 })) {
      // Re-check on the letters as written (no phonetic folding): native words
      // share too many folded bigrams by chance.
      const similarity = spellingSimilarity(sense, match.token);
      if (similarity < options.minSpellingSimilarity) continue;
      const specificity = similarity * idf(vocabulary.documentFrequency(match.token), vocabulary.documentCount);
      if (specificity > (found.get(match.token) ?? 0)) found.set(match.token, specificity);
    }
  }
  return [...found].map(([sense, specificity]) => ({ sense, specificity })).sort((a, b) => b.specificity - a.specificity);
}

/**
 * Translates a question into weighted search terms in the other language,
 * keeping only what can match `vocabulary` (the indexed corpus).
 */
export function translateQuery(
  question: string,
  from: 'en' | 'ar',
  vocabulary: CorpusVocabulary,
  translateOptions: TranslateOptions = {},
): QueryTranslation {
  const options = { ...DEFAULTS, ...translateOptions };
  const index = vocabularyIndex(vocabulary);
  const tokens = rawTokens(normalizeText(question));
  const isContent = (token: string): boolean => !isStopWord(token) && !isQuestionPhrasing(token) && /\p{L}/u.test(token);
  const contentTokens = tokens.map((token) => (isQuestionPhrasing(token) ? '' : token));
  const matches: LexiconMatch[] = from === 'en' ? lookupEnglish(contentTokens) : lookupArabic(contentTokens);
  const names = nameIndex(vocabulary, from === 'en' ? 'ar' : 'latin');
  const shapes = from === 'en' ? wordShapes(question) : new Map<string, WordShape>();

  const terms: TranslatedTerm[] = [];
  const addTerm = (term: TranslatedTerm): void => {
    const known = terms.find((existing) => existing.term === term.term && existing.via === term.via);
    if (known) known.weight = Math.max(known.weight, term.weight);
    else terms.push(term);
  };
  const addSenses = (choices: SenseChoice[], source: string, scale: number): void => {
    const total = choices.reduce((sum, { specificity }) => sum + specificity, 0);
    for (const { sense, specificity } of choices) {
      const share = total > 0 ? specificity / total : 1 / choices.length;
      addTerm({ term: sense, weight: scale * share, source, via: 'lexicon' });
    }
  };

  const lexicon = loadLexicon(from === 'en' ? 'en-ar' : 'ar-en');
  const known = new Set<number>(); // the lexicon has an entry for the token
  const translated = new Set<number>(); // …and one of its senses occurs in the corpus
  const covered = new Set<number>();

  for (const match of matches) {
    const source = tokens.slice(match.start, match.end).join(' ');
    for (let i = match.start; i < match.end; i += 1) known.add(i);
    let kept: SenseChoice[] = [];
    if (from === 'en') {
      // English: the form closest to the question's word (surface form, then its
      // lemmas) whose senses occur in the corpus. Arabic: every clitic reading of
      // the token is as likely as the next, so their senses are pooled.
      for (const headword of match.headwords) {
        kept = keptSenses(lexicon.senses(headword) ?? [], vocabulary, index, options.maxSenses);
        if (kept.length > 0) break;
      }
    } else {
      kept = keptSenses(match.senses, vocabulary, index, options.maxSenses);
    }
    if (kept.length === 0) kept = respelledSenses(match.senses, vocabulary, options);
    if (kept.length === 0) continue;
    addSenses(kept, source, 1);
    for (let i = match.start; i < match.end; i += 1) translated.add(i);
  }

  // Words whose own forms found nothing usable: try derivationally related words.
  if (from === 'en') {
    tokens.forEach((token, position) => {
      if (translated.has(position) || !isContent(token) || shapes.get(token)?.capitalised) return;
      const senses: string[] = [];
      for (const form of englishDerivedCandidates(token)) {
        for (const sense of lexicon.senses(form) ?? []) if (!senses.includes(sense)) senses.push(sense);
      }
      const kept = keptSenses(senses, vocabulary, index, options.maxSenses);
      if (kept.length === 0) return;
      addSenses(kept, token, options.derivedWeight);
      translated.add(position);
      known.add(position);
    });
  }

  let sourceTokens = 0;
  tokens.forEach((token, position) => {
    // Numbers need no translation but are still searched: 1970s, 15th → 1970, 15.
    const number = /^(\d+)(?:s|st|nd|rd|th)$/.exec(token)?.[1] ?? (/^\p{N}+$/u.test(token) ? token : undefined);
    if (number !== undefined) {
      addTerm({ term: number, weight: options.untranslatedWeight, source: token, via: 'untranslated' });
      return;
    }
    if (!isContent(token)) return;
    sourceTokens += 1;
    if (translated.has(position)) covered.add(position);
    const shape = shapes.get(token);
    const nameLike = shape !== undefined && (shape.capitalised || (shape.sentenceInitial && !known.has(position)));
    // Names: capitalised words, and words the lexicon does not know at all.
    let minSimilarity: number | undefined;
    if (nameLike) minSimilarity = translated.has(position) ? options.minLooseNameSimilarity : options.minNameSimilarity;
    else if (!known.has(position) || (from === 'ar' && !translated.has(position))) minSimilarity = options.minLooseNameSimilarity;
    if (minSimilarity !== undefined && token.length >= 3 && /^\p{L}+$/u.test(token)) {
      const found = nameTerms(token, names, vocabulary, { ...options, minNameSimilarity: minSimilarity });
      for (const { token: target, similarity } of found) {
        addTerm({ term: target, weight: (options.nameWeight * similarity) / found.length, source: token, via: 'transliteration' });
      }
      if (found.length > 0) covered.add(position);
    }
    if (shape?.acronym && from === 'en') {
      const spelt = acronymSpellings(token).filter((spelling) => senseFrequency(spelling, vocabulary, index) > 0);
      for (const spelling of spelt) addTerm({ term: spelling, weight: options.nameWeight / spelt.length, source: token, via: 'transliteration' });
      if (spelt.length > 0) covered.add(position);
    }
    if (!translated.has(position) || nameLike) {
      addTerm({ term: token, weight: options.untranslatedWeight, source: token, via: 'untranslated' });
    }
  });

  return { terms, sourceTokens, coveredTokens: covered.size };
}

/**
 * Corpus words spelt almost like `word` in its own script (a typo, a missing
 * letter: "kazakstan" → "kazakhstan"), most similar first, from the same
 * bigram index the name matcher uses.
 */
export function similarSpellings(vocabulary: CorpusVocabulary, word: string, minSimilarity: number, limit: number): NameMatch[] {
  return nameIndex(vocabulary, isArabicToken(word) ? 'ar' : 'latin').search([word], { minSimilarity, limit });
}
