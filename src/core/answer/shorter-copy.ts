/**
 * Between two paragraphs of one article that hold the answer's unit word for
 * word, the shorter one. An article often says a thing twice: its lead, then a
 * later paragraph that repeats the lead and goes on (an encyclopedia's body
 * section, a report's recap). The longer copy shares more of the question's
 * words by chance, so it tends to rank first; the shorter one holds the same
 * words with less besides them: the paragraph the thing is told in.
 */
import { normalizeText } from '../text/normalize.js';
import { TUNING } from '../tuning.js';
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
  if (shortest !== top) return [shortest, ...ordered.filter((item) => item !== shortest)];
  const longer = longerCopyHoldingMore(ordered, top);
  return longer ? [longer, ...ordered.filter((item) => item !== longer)] : ordered;
}

/**
 * The other way round: a first paragraph that another of its article repeats whole and goes on from, when that copy
 * holds more of the question and is at most `longerCopyLength` times as long (the lead told again with the clause
 * asked about, «…من المجر شمالًا…» for «من جهة الشمال»). The two share their best unit, so nothing else parts them. A
 * paragraph much longer that opens with the lead is another passage, its evidence spread over sentences of its own.
 */
function longerCopyHoldingMore(ordered: Candidate[], top: Candidate): Candidate | undefined {
  const whole = normalizedText(top.hit.paragraph);
  const reach = TUNING.answer.longerCopyLength * top.hit.paragraph.text.length;
  return ordered.slice(1).find((item) => item.hit.article.meta.id === top.hit.article.meta.id && item.hit.evidence > top.hit.evidence && item.hit.paragraph.text.length <= reach && normalizedText(item.hit.paragraph).includes(whole));
}
