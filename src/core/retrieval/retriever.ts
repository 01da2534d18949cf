/**
 * Hybrid retrieval: BM25 over index terms and the HNSW vector index each
 * propose candidates; candidates are re-scored with the exact (unhashed) lexical
 * cosine and fused; entries are folded into paragraphs (best view wins); the
 * best few (chosen title-weighed, title-leaders.ts) are read and re-scored on word order and coverage (passage-match.ts)
 * and weighed by their article title's match with the question (article-titles.ts), then ordered with the title's
 * words they repeat beyond the title's own count discounted when choosing the first (title-repeats.ts); a paragraph
 * that opens on the one before («وأضاف “…”», "She added…") is credited with the question's names
 * that one holds, and with all its words when it tells the question's event and that one does not (carried-words.ts).
 *
 * Re-scoring reads each candidate's stored word rows, not its text
 * (CandidateScorer): the same scores, about thirty times faster, which is most
 * of what an answer costs.
 */
import { CandidateScorer } from './candidate-scorer.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import type { EntryView } from '../index/paragraph-index.js';
import type { ArticleHead, Paragraph } from '../types.js';
import { measureEvidence } from './evidence.js';
import { signalMaxima } from './language-pools.js';
import { readLeaders } from './read-leaders.js';
import { TUNING } from '../tuning.js';
import type { QueryTerm } from './query.js';

export interface RetrievedParagraph {
  article: ArticleHead;
  /** Read from the index's store: the few paragraphs retrieval returns are the ones whose words are read. */
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
  /** The question's text, for the vectors. */
  vectorText: string;
  /** The previous question of a conversation: counts at half weight. */
  contextText?: string;
  k: number;
  /** Candidates taken from each of BM25 and HNSW before re-scoring. */
  candidates?: number;
  /** Told when the question's vector could not be computed (an embedding API down); retrieval goes on without it. */
  onDenseFailure?: (error: unknown) => void;
  /** Only paragraphs of these articles (a period of publication): more candidates are drawn, the others dropped. */
  keepArticle?: (article: ArticleHead) => boolean;
  /** A cost question's measure (a term group): its paraphrases are searched as keywords too («كم كلفت» finds «تكلفتها»). */
  measure?: string | null;
  /** The question asks what will happen: a paragraph that speaks of the future weighs more (future-tense.ts). */
  future?: boolean;
  /** The question asks what or who its topic is, and these are its topic's terms (see analyse-question.ts). */
  subjectTerms?: string[];
  /** The question's term groups that name something (analyse-question.ts): the words a paragraph carries from the one before. */
  names?: ReadonlySet<string>;
  /** The term group of the question's predicate (question-predicate.ts), or null. */
  predicate?: string | null;
}

/**
 * Fusion weights (tuning.ts), each signal scaled by its best value among the
 * candidates: character n-gram BM25 carries almost all of the held-out accuracy;
 * word BM25 and the dense vector are kept small so names and exact words still break ties.
 */
const FUSION_WEIGHTS = TUNING.retrieval.fusion;

/**
 * The question's vector, or null when the embedder fails (OpenAI unreachable,
 * rate limited past its retries): keyword, n-gram and lexicon search still
 * find the paragraphs, so a failing embedding service costs the vector
 * candidates, not the answer.
 */
async function embedQuestion(index: ParagraphIndex, options: RetrieveOptions): Promise<Float32Array | null> {
  try {
    return await index.dense.embedQuery(options.contextText ? `${options.vectorText} ${options.contextText}` : options.vectorText);
  } catch (error) {
    options.onDenseFailure?.(error);
    return null;
  }
}

export async function retrieveParagraphs(index: ParagraphIndex, options: RetrieveOptions): Promise<RetrievedParagraph[]> {
  const keepArticle = options.keepArticle;
  const candidateCount = (options.candidates ?? TUNING.retrieval.candidates) * (keepArticle ? TUNING.retrieval.filteredCandidates : 1);
  const denseQuery = await embedQuestion(index, options);
  // From here to the end nothing awaits: the keyword scores are the index's reused table (see KeywordIndex.best).
  // Paraphrase terms (a root-mate, a clitic reading) count as evidence, not in BM25: measured on XQuAD-dev, in BM25
  // they lowered Arabic r@1 (README, Evaluation). A corrected spelling and a dialect word's MSA reading are the words
  // the user meant, and are searched.
  const keywordScores = index.keyword.best(options.terms.filter((term) => !term.paraphrase || term.corrected || term.standard || term.cue || term.degree || term.synonym || term.verbForm || term.group === options.measure), candidateCount);
  const keywordTop = keywordScores.top;
  const denseTop = denseQuery ? index.store.search(denseQuery, candidateCount) : [];

  const candidates = new Map<number, { keyword: number; dense: number }>();
  for (const [entry, score] of keywordTop) candidates.set(entry, { keyword: score, dense: 0 });
  for (const { entry, similarity } of denseTop) {
    const existing = candidates.get(entry);
    if (existing) existing.dense = similarity;
    else candidates.set(entry, { keyword: keywordScores.scoreOf(entry), dense: similarity });
  }
  if (keepArticle) for (const entry of candidates.keys()) if (!keepArticle(index.articleOf(index.entries[entry]!))) candidates.delete(entry);
  if (candidates.size === 0) return [];

  const scorer = new CandidateScorer(index, options.vectorText, options.contextText);
  const scored = [...candidates].map(([entry, candidate]) => ({ entry, ...candidate, ...scorer.score(entry) }));
  // A question also searched through its translation is scored per language (language-pools.ts).
  const crossLingual = options.terms.some((term) => term.translated);
  const maxima = signalMaxima(index, scored, crossLingual);
  const byParagraph = new Map<string, { entry: number; score: number; similarity: number }>();
  const ngramOf = new Map<number, { ngram: number; scale: number }>();
  for (const { entry, keyword, ngram, dense, similarity } of scored) {
    const scale = maxima.of(entry);
    const score = FUSION_WEIGHTS.keyword * (keyword / scale.keyword) + FUSION_WEIGHTS.ngram * (ngram / scale.ngram) + FUSION_WEIGHTS.dense * dense;
    ngramOf.set(entry, { ngram, scale: scale.ngram });
    const { article, paragraph } = index.entries[entry]!;
    const key = `${article}:${paragraph}`;
    const best = byParagraph.get(key);
    if (!best || score > best.score) byParagraph.set(key, { entry, score, similarity: Math.max(similarity, best?.similarity ?? 0) });
    else best.similarity = Math.max(best.similarity, similarity);
  }

  // The best few are read and re-scored, then ordered (read-leaders.ts).
  const fused = [...byParagraph.values()].sort((left, right) => right.score - left.score);
  readLeaders(index, options, fused, { scorer, ngramOf, crossLingual, languages: maxima.languages });
  return fused
    .sort((left, right) => right.score - left.score)
    .slice(0, options.k)
    .map(({ entry, score, similarity }) => {
      const indexEntry = index.entries[entry]!;
      const article = index.articleOf(indexEntry);
      const paragraph = index.readParagraph(indexEntry);
      return { article, paragraph, score, view: indexEntry.view, similarity, evidence: measureEvidence(index, options.terms, paragraph) };
    });
}
