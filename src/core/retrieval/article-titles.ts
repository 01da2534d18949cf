/**
 * How well a question matches each article's title (and its translation's
 * title): the lexical cosine of their n-gram vectors. A headline names what the
 * article is about, and its paragraphs often leave that unsaid (a paragraph of a
 * report on Iraq's borders says «يحدها»، not «العراق»), so the title lends its
 * paragraphs a prior. Title vectors are built once per index.
 */
import { sparseCosine } from '../embeddings/features.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { indexTerms } from '../text/tokenize.js';
import { stemPairs } from './passage-match.js';
import type { ArticleHead } from '../types.js';

const titleVectors = new WeakMap<ParagraphIndex, Map<number, Map<number, number>[]>>();

function vectorsOf(index: ParagraphIndex, article: number): Map<number, number>[] {
  let vectors = titleVectors.get(index);
  if (!vectors) titleVectors.set(index, (vectors = new Map()));
  let titles = vectors.get(article);
  if (!titles) {
    const { meta, translation } = index.articles[article]!;
    titles = [meta.title, translation?.title ?? ''].filter((title) => title.trim()).map((title) => index.lexical.sparseVector(title));
    vectors.set(article, titles);
  }
  return titles;
}

/** The best cosine between the question's vector and the article's titles (0..1). */
export function titleMatch(index: ParagraphIndex, article: number, queryVector: Map<number, number>): number {
  return Math.max(0, ...vectorsOf(index, article).map((title) => sparseCosine(queryVector, title)));
}

const titleTermSets = new WeakMap<ArticleHead, Set<string>>();

/** The index terms of an article's title and its translation's title (built once per article). */
export function titleTerms(article: ArticleHead): Set<string> {
  let terms = titleTermSets.get(article);
  if (!terms) titleTermSets.set(article, (terms = new Set([...indexTerms(article.meta.title), ...indexTerms(article.translation?.title ?? '')])));
  return terms;
}

/** Whether every one of the terms is in the article's title (or its translation's). */
export function titleHolds(index: ParagraphIndex, article: number, terms: string[]): boolean {
  const title = titleTerms(index.articles[article]!);
  return terms.every((term) => title.has(term));
}

const titlePairSets = new WeakMap<ArticleHead, Set<string>>();

/** The adjacent word pairs of an article's titles (passage-match.ts keys), built once per article. */
export function titlePairs(article: ArticleHead): Set<string> {
  let pairs = titlePairSets.get(article);
  if (!pairs) titlePairSets.set(article, (pairs = new Set([...stemPairs(article.meta.title), ...stemPairs(article.translation?.title ?? '')])));
  return pairs;
}
