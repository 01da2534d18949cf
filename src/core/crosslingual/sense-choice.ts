/**
 * Which lexicon senses of a word to search for: those that occur in the corpus,
 * the most specific first; when none does, corpus words spelt almost like one
 * (spelling variants of loanwords and names).
 */
import { isArabicToken } from '../text/tokenize.js';
import { arabicLookupCandidates } from './lexicon-forms.js';
import { keySimilarity } from './transliteration/match-keys.js';
import { idf, nameIndex, senseFrequency, type CorpusVocabulary, type VocabularyIndex } from './vocabulary.js';

/** What respelling a sense needs of the translation options. */
interface RespellOptions {
  maxSenses: number;
  minSpellingSimilarity: number;
}

export interface SenseChoice {
  sense: string;
  specificity: number;
}

/** The senses that occur in the corpus, the most specific first. */
export function keptSenses(senses: readonly string[], vocabulary: CorpusVocabulary, index: VocabularyIndex, max: number): SenseChoice[] {
  return senses
    .map((sense) => ({ sense, df: senseFrequency(sense, vocabulary, index) }))
    .filter(({ df }) => df > 0)
    .map(({ sense, df }) => ({ sense, specificity: idf(df, vocabulary.documentCount) }))
    .sort((a, b) => b.specificity - a.specificity)
    .slice(0, max);
}

/**
 * The senses that occur in the corpus in the order given (the order a reader expects them: gloss-senses.ts), the
 * first `max`, each weighted by its rank (1, 1/2, 1/3…). Weighting by specificity instead gives the rarest sense the
 * largest share, and keeping the most specific drops the usual one («العالم»: "scholar" before "world"; «مجموعة»:
 * "compiled", "summed" kept and "group" left out).
 */
export function keptInOrder(senses: readonly string[], vocabulary: CorpusVocabulary, index: VocabularyIndex, max: number): SenseChoice[] {
  return senses
    .filter((sense) => senseFrequency(sense, vocabulary, index) > 0)
    .slice(0, max)
    .map((sense, rank) => ({ sense, specificity: 1 / (rank + 1) }));
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
export function respelledSenses(senses: readonly string[], vocabulary: CorpusVocabulary, options: RespellOptions): SenseChoice[] {
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

