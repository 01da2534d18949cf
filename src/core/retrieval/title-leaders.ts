/**
 * Which fused candidates are read and re-scored (retriever.ts): the best few
 * once each is weighed by its article title's match with the question. Only the
 * read ones receive the title prior, so a paragraph that leaves its article's
 * subject unsaid (a singer's paragraph saying «بصوتها», a lion's saying «الذكور»)
 * and sits just below the read few on its words alone was never offered the
 * prior; choosing the read few among a wider reach, title-weighed, offers it.
 * The titles' vectors are cached per article, so the wider reach costs a few
 * sparse cosines per question, no paragraph read.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { TUNING } from '../tuning.js';
import { titleMatch } from './article-titles.js';

interface Candidate {
  entry: number;
  score: number;
  /** 1 + titlePrior × the title's match, set on the candidates chosen here. */
  titleFactor?: number;
}

/** The candidates to read, best title-weighed first; each carries its title factor. `fused` is sorted best first. */
export function titleWeighedLeaders<C extends Candidate>(index: ParagraphIndex, fused: C[], queryVector: Map<number, number>): (C & { titleFactor: number })[] {
  const reach = fused.slice(0, TUNING.retrieval.titleReach);
  for (const candidate of reach) candidate.titleFactor = 1 + TUNING.retrieval.titlePrior * titleMatch(index, index.entries[candidate.entry]!.article, queryVector);
  return (reach as (C & { titleFactor: number })[]).sort((left, right) => right.score * right.titleFactor - left.score * left.titleFactor).slice(0, TUNING.retrieval.passage.candidates);
}
