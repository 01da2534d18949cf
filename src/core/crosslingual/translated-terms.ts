/**
 * What a translated question is made of (query-translation.ts): its weighted
 * search terms in the other language, how much of it was covered, and the
 * options the translation is read with (defaults: TUNING.translation).
 */
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
  /**
   * An Arabic word spelt like an English word the corpus writes in lower case (not a name there) is that word
   * only as a loanword: not a dictionary word, and this close (الاكسجين → oxygen; default 0.95).
   */
  minLoanwordSimilarity?: number;
}
