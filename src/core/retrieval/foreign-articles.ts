/**
 * Articles a reader cannot read in their own language (an Arabic report with
 * no English translation, for an English question) in a corpus where others
 * can be: there, the question's lexicon translation is the only way in, so it
 * counts at full weight for those articles' paragraphs, while for the others
 * (read in the question's own words) it stays at the corpus-wide weight that
 * keeps uncertain senses from adding noise (crosslingual-terms.ts).
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import type { Language } from '../text/language.js';
import type { QueryTerm } from './query.js';

const byIndex = new WeakMap<ParagraphIndex, Partial<Record<Language, Uint8Array>>>();

/** Per article (index order): 1 when it has no view in `language` (neither its own text nor a translation). */
export function foreignArticles(index: ParagraphIndex, language: Language): Uint8Array {
  let cached = byIndex.get(index);
  if (!cached) byIndex.set(index, (cached = {}));
  return (cached[language] ??= Uint8Array.from(index.articles, (article) => (article.meta.language !== language && article.translation === null ? 1 : 0)));
}

export interface QuestionTranslation {
  /** The translated words, for the n-gram side. */
  text: string;
  /** How much the translated terms count corpus-wide (the share of paragraphs not readable in the question's language). */
  weight: number;
}

/** The question's terms with its translated ones at full weight: how a foreign article's paragraphs are searched. */
export function fullWeightTerms(terms: QueryTerm[], translation: QuestionTranslation): QueryTerm[] {
  return terms.map((term) => (term.translated && translation.weight > 0 ? { ...term, weight: term.weight / translation.weight } : term));
}
