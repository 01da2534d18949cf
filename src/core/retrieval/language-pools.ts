/**
 * A cross-lingual question is matched in two currencies: its own words on the
 * paragraphs readable in its language, the offline lexicon's translations (a
 * few uncertain senses, at reduced weight) on the others. Scaled by one best
 * candidate, the second currency always loses to the first, so a question about
 * an untranslated article was answered from any paragraph that shares its
 * common words. Each language's candidates are scaled by their own best instead,
 * and the leading few are then weighed by their evidence share (evidence.ts),
 * which counts the question's words found in either language the same way.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { otherLanguage, type Language } from '../text/language.js';
import { TUNING } from '../tuning.js';
import { headEvidence } from './evidence.js';
import type { QueryTerm } from './query.js';

/** The language an index entry is written in: its article's, or the other for a translation view. */
export function entryLanguage(index: ParagraphIndex, entry: number): Language {
  const indexEntry = index.entries[entry]!;
  const language = index.articleOf(indexEntry).meta.language;
  return indexEntry.view === 'original' ? language : otherLanguage(language);
}

export interface SignalScores {
  entry: number;
  keyword: number;
  ngram: number;
}

/**
 * Per candidate, the best keyword and n-gram scores it is scaled by: the best of
 * its own language's candidates when the question is searched in both
 * languages, else the best of all; and how many languages the candidates are in.
 */
export function signalMaxima(index: ParagraphIndex, scored: SignalScores[], crossLingual: boolean): { languages: number; of: (entry: number) => { keyword: number; ngram: number } } {
  const poolOf = (entry: number): string => (crossLingual ? entryLanguage(index, entry) : 'all');
  const maxima = new Map<string, { keyword: number; ngram: number }>();
  for (const { entry, keyword, ngram } of scored) {
    const pool = poolOf(entry);
    const best = maxima.get(pool);
    if (!best) maxima.set(pool, { keyword, ngram });
    else {
      best.keyword = Math.max(best.keyword, keyword);
      best.ngram = Math.max(best.ngram, ngram);
    }
  }
  return {
    languages: maxima.size,
    of: (entry) => {
      const best = maxima.get(poolOf(entry))!;
      return { keyword: best.keyword || 1, ngram: best.ngram || 1 };
    },
  };
}

/** Adds each leading candidate's evidence share (weighted) to its score; the list is re-sorted. */
export function weighByEvidence(index: ParagraphIndex, terms: QueryTerm[], fused: { entry: number; score: number }[]): void {
  const { weight, candidates } = TUNING.retrieval.crossLingualEvidence;
  for (const candidate of fused.slice(0, candidates)) {
    const indexEntry = index.entries[candidate.entry]!;
    const article = index.articleOf(indexEntry);
    candidate.score += weight * headEvidence(index, terms, article.paragraphs[indexEntry.paragraph - 1]!, article.translation !== null);
  }
  fused.sort((left, right) => right.score - left.score);
}
