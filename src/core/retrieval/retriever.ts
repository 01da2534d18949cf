/**
 * Hybrid retrieval: BM25 over index terms and the HNSW vector index each
 * propose candidates; candidates are re-scored with the exact (unhashed) lexical
 * cosine and fused; entries are folded into paragraphs (best view wins).
 */
import { sparseCosine } from '../embeddings/features.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import type { EntryView } from '../index/paragraph-index.js';
import type { Article, Paragraph } from '../types.js';
import { measureEvidence } from './evidence.js';
import type { QueryTerm } from './query.js';

export interface RetrievedParagraph {
  article: Article;
  paragraph: Paragraph;
  /** Fused relevance, comparable within one query. */
  score: number;
  /** The view that matched best. */
  view: EntryView;
  /** Share (idf-weighted) of the question's words found in this paragraph: comparable across queries. */
  evidence: number;
  /** Lexical cosine of the best view: the second absolute signal. */
  similarity: number;
}

export interface RetrieveOptions {
  terms: QueryTerm[];
  /** Text for the vectors (question, or question + conversation context). */
  vectorText: string;
  k: number;
  /** Candidates taken from each of BM25 and HNSW before re-scoring. */
  candidates?: number;
}

export const FUSION_WEIGHTS = { keyword: 0.45, lexical: 0.45, dense: 0.1 };

export async function retrieveParagraphs(index: ParagraphIndex, options: RetrieveOptions): Promise<RetrievedParagraph[]> {
  const candidateCount = options.candidates ?? 50;
  const keywordScores = index.keyword.score(options.terms);
  const keywordTop = [...keywordScores.entries()].sort((left, right) => right[1] - left[1]).slice(0, candidateCount);
  const denseQuery = await index.dense.embedQuery(options.vectorText);
  const denseTop = index.store.search(denseQuery, candidateCount);

  const candidates = new Map<number, { keyword: number; dense: number }>();
  for (const [entry, score] of keywordTop) candidates.set(entry, { keyword: score, dense: 0 });
  for (const { entry, similarity } of denseTop) {
    const existing = candidates.get(entry);
    if (existing) existing.dense = similarity;
    else candidates.set(entry, { keyword: keywordScores.get(entry) ?? 0, dense: similarity });
  }
  if (candidates.size === 0) return [];

  const queryVector = index.lexical.sparseVector(options.vectorText);
  const maxKeyword = Math.max(...[...candidates.values()].map((candidate) => candidate.keyword)) || 1;
  const byParagraph = new Map<string, { entry: number; score: number; similarity: number }>();
  for (const [entry, candidate] of candidates) {
    const similarity = sparseCosine(queryVector, index.lexical.sparseVector(index.textOf(index.entries[entry]!)));
    const score =
      FUSION_WEIGHTS.keyword * (candidate.keyword / maxKeyword) + FUSION_WEIGHTS.lexical * similarity + FUSION_WEIGHTS.dense * candidate.dense;
    const { article, paragraph } = index.entries[entry]!;
    const key = `${article}:${paragraph}`;
    const best = byParagraph.get(key);
    if (!best || score > best.score) byParagraph.set(key, { entry, score, similarity: Math.max(similarity, best?.similarity ?? 0) });
    else best.similarity = Math.max(best.similarity, similarity);
  }

  return [...byParagraph.values()]
    .sort((left, right) => right.score - left.score)
    .slice(0, options.k)
    .map(({ entry, score, similarity }) => {
      const indexEntry = index.entries[entry]!;
      const article = index.articleOf(indexEntry);
      const paragraph = index.paragraphOf(indexEntry);
      return { article, paragraph, score, view: indexEntry.view, similarity, evidence: measureEvidence(index, options.terms, paragraph) };
    });
}
