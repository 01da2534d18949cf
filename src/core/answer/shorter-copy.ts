/**
 * Between two paragraphs of one article that hold the answer's unit word for
 * word, the shorter one. An article often says a thing twice: its lead, then a
 * later paragraph that repeats the lead and goes on (an encyclopedia's body
 * section, a report's recap). The longer copy shares more of the question's
 * words by chance, so it tends to rank first; the shorter one holds the same
 * words with less besides them: the paragraph the thing is told in.
 */
import { normalizeText } from '../text/normalize.js';
import { quoteOf } from './citations.js';
import { normalizedText } from './normalized-paragraph.js';
import type { Candidate } from './sentence-choice.js';

/**
 * The ordered candidates with the shortest paragraph of the first one's article that holds the first one's unit word
 * for word put ahead of it. A sibling holding the unit only in part (one word changed, another sentence missing) is
 * no copy: each paragraph keeps its place. A copy holding less of the question than the first (their evidence,
 * retriever.ts) does not go ahead either: the longer paragraph goes on to say what else the question names
 * («…الذي يسقي الزيتون؟» of a recap that adds the olive groves the dam waters), so it is the passage that answers.
 */
export function shorterCopyFirst(ordered: Candidate[]): Candidate[] {
  const [top] = ordered;
  if (!top) return ordered;
  const unit = normalizeText(quoteOf(top.hit.paragraph, top.unit.range));
  if (!unit) return ordered;
  let shortest = top;
  for (const item of ordered.slice(1)) {
    if (item.hit.article.meta.id !== top.hit.article.meta.id || item.hit.paragraph.text.length >= shortest.hit.paragraph.text.length) continue;
    if (normalizedText(item.hit.paragraph).includes(unit) && item.hit.evidence >= top.hit.evidence) shortest = item;
  }
  return shortest === top ? ordered : [shortest, ...ordered.filter((item) => item !== shortest)];
}
