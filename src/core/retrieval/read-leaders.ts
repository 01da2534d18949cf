/**
 * The best few fused candidates are read: re-scored on word order and coverage (passage-match.ts), on the words a
 * paragraph carries from the one before (carried-words.ts), weighed by their article title's match (article-titles.ts),
 * and ordered with the title's repeated words discounted when choosing the first (title-repeats.ts). Apart from
 * retriever.ts because it is the one step that reads paragraphs' words rather than index scores.
 */
import type { CandidateScorer } from './candidate-scorer.js';
import { carriedNames, carriedScene } from './carried-words.js';
import { titleHolds, titlePairs } from './article-titles.js';
import { titleWeighedLeaders } from './title-leaders.js';
import { orderWithoutRepeats, titleRepeatShare, type ReadCandidate } from './title-repeats.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { weighByEvidence } from './language-pools.js';
import { PassageMatcher } from './passage-match.js';
import { TUNING } from '../tuning.js';
import { weighBeforeReading } from './weigh-before-reading.js';
import type { QueryTerm } from './query.js';

/** What reading needs of the question (retriever.ts's RetrieveOptions). */
export interface LeaderOptions {
  terms: QueryTerm[];
  vectorText: string;
  future?: boolean;
  names?: ReadonlySet<string>;
  predicate?: string | null;
  subjectTerms?: string[];
}

export interface FusedCandidate {
  entry: number;
  score: number;
  similarity: number;
}

export interface ReadingContext {
  scorer: CandidateScorer;
  /** Each entry's n-gram score and the scale it was fused at. */
  ngramOf: ReadonlyMap<number, { ngram: number; scale: number }>;
  crossLingual: boolean;
  /** How many languages' candidates compete (language-pools.ts). */
  languages: number;
}

/** Re-scores the leaders of `fused` in place; the caller sorts. */
export function readLeaders(index: ParagraphIndex, options: LeaderOptions, fused: FusedCandidate[], context: ReadingContext): void {
  const { scorer, ngramOf, crossLingual } = context;
  // The best few are read and re-scored on word order and word coverage (passage-match.ts), then weighed by how
  // well their article's title matches (article-titles.ts): a factor, not a bonus, so two paragraphs of one
  // article keep their ratio (the answer's second-excerpt rule reads it). A question asking what or who the
  // article's own subject is ("what is bitcoin?" of an article titled so) is answered by its lead paragraph,
  // the one that says what its subject is, more often than by the others.
  // Evidence is the currency the two languages' candidates are compared in: needed only when both compete.
  if (context.languages > 1) weighByEvidence(index, options.terms, fused);
  const headlineCredit = weighBeforeReading(index, options, fused);
  const matcher = new PassageMatcher(options.vectorText, (stem) => index.keyword.idf(stem));
  const queryVector = index.lexical.sparseVector(options.vectorText);
  const read: ReadCandidate[] = [];
  for (const candidate of titleWeighedLeaders(index, fused, queryVector)) {
    const indexEntry = index.entries[candidate.entry]!;
    const paragraph = index.readParagraph(indexEntry);
    const { ngram, scale } = ngramOf.get(candidate.entry)!;
    let repeats = crossLingual ? 0 : titleRepeatShare(index, scorer, candidate.entry, ngram, scale);
    candidate.score += matcher.score(indexEntry.view === 'original' ? paragraph.text : (paragraph.translation ?? ''), titlePairs(index.articleOf(indexEntry)));
    if (options.predicate) candidate.score += TUNING.retrieval.carriedScene * carriedScene(index, options.terms, options.predicate, index.articleOf(indexEntry), paragraph);
    // A name both the headline and the paragraph before say is carried once.
    if (options.names) candidate.score += Math.max(0, TUNING.retrieval.carriedNames * carriedNames(index, options.terms, options.names, index.articleOf(indexEntry), paragraph) - (headlineCredit.get(candidate.entry) ?? 0));
    candidate.score *= candidate.titleFactor;
    repeats *= candidate.titleFactor;
    if (indexEntry.paragraph === 1 && options.subjectTerms?.length && titleHolds(index, indexEntry.article, options.subjectTerms)) {
      candidate.score *= 1 + TUNING.retrieval.leadPrior;
      repeats *= 1 + TUNING.retrieval.leadPrior;
    }
    read.push({ candidate, repeats });
  }
  // The title's repeats choose the first of the few read, not their scores (title-repeats.ts).
  orderWithoutRepeats(read);
}
