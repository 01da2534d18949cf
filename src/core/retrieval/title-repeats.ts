/**
 * A paragraph that repeats its article's title. An encyclopaedia entry or a profile names its subject in the title
 * and again sentence after sentence («وانطلق مهرجان جرش…، ويعد مهرجان جرش…»); counted in full, each repeat makes
 * that paragraph match any question naming the subject, whatever it asks, and the paragraph that answers says the
 * name once or leaves it to the title. Among the few paragraphs read (retriever.ts), a paragraph's character n-grams
 * of its title count in full only as often as the title holds them, and at a weight beyond (tuning.ts).
 *
 * Only which of those few comes first changes: the others keep their order and the scores their values (the best
 * score stays the best), since the answer reads the scores as how well the paragraphs match the question's words and
 * the paragraphs after the first for its second excerpt; a question read in two languages is left as it is (its
 * title and paragraph may be in different scripts).
 */
import { countFeatures } from '../embeddings/features.js';
import type { EntryView, ParagraphIndex } from '../index/paragraph-index.js';
import { TUNING } from '../tuning.js';
import type { ArticleHead } from '../types.js';
import type { CandidateScorer } from './candidate-scorer.js';

/** A read paragraph: its fused score and what its title repeats earn of it. */
export interface ReadCandidate {
  candidate: { score: number };
  repeats: number;
}

const titleFeatures = new WeakMap<ArticleHead, Map<EntryView, Map<number, number>>>();

/** The n-gram feature counts of the article title a view is read under (the translation's for a translated view). */
function titleFeatureCounts(article: ArticleHead, view: EntryView): Map<number, number> {
  let views = titleFeatures.get(article);
  if (!views) titleFeatures.set(article, (views = new Map()));
  let counts = views.get(view);
  if (!counts) views.set(view, (counts = countFeatures(view === 'original' ? article.meta.title : (article.translation?.title ?? ''))));
  return counts;
}

/**
 * What an entry's fused score owes to its title's n-grams beyond the title's own count: the n-gram weight times the
 * drop in its n-gram BM25 (`ngram`, scaled by `scale` as fused) when those count at the tuned weight.
 */
export function titleRepeatShare(index: ParagraphIndex, scorer: CandidateScorer, entry: number, ngram: number, scale: number): number {
  const indexEntry = index.entries[entry]!;
  const capped = scorer.cappedNgram(entry, titleFeatureCounts(index.articleOf(indexEntry), indexEntry.view), TUNING.retrieval.titleRepeats);
  return (TUNING.retrieval.fusion.ngram * (ngram - capped)) / scale;
}

/**
 * Puts first among the read few the paragraph whose score without its title repeats is best; the others keep their
 * order, and the scores, highest first, go to the new order.
 */
export function orderWithoutRepeats(read: ReadCandidate[]): void {
  const scores = read.map(({ candidate }) => candidate.score).sort((left, right) => right - left);
  const plain = (item: ReadCandidate) => item.candidate.score - item.repeats;
  const first = read.reduce<ReadCandidate | undefined>((best, item) => (!best || plain(item) > plain(best) ? item : best), undefined);
  const rest = read.filter((item) => item !== first).sort((left, right) => right.candidate.score - left.candidate.score);
  [...(first ? [first] : []), ...rest].forEach((item, position) => {
    item.candidate.score = scores[position]!;
  });
}
