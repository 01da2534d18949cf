/**
 * The sentence after the chosen unit, when the question asks for what a report
 * tells next: a why-question's cause after the event («أغلقت البلدية السوق.
 * ورصدت الفرق تشققات في سقفه»), a what-did-they-say question's quoted words after
 * the gist («قال المحافظ إن التأخير سببه خلاف مع المقاول. "اخترنا أن ننهيه كما
 * يجب"، قال للصحفيين»). Joined only while the two stay short (followChars).
 */
import { TUNING } from '../tuning.js';
import type { Paragraph } from '../types.js';
import { quoteOf, type SentenceRange } from './citations.js';
import { holdsQuotation } from './quotations.js';
import type { SentenceScorer } from './sentence-scorer.js';
import { answerUnit, joinedUnit } from './units.js';

/** The unit's range with the sentence after it when that one gives what the question asks and the unit does not. */
export function sentenceAfter(scorer: SentenceScorer, paragraph: Paragraph, range: SentenceRange, typed: boolean): SentenceRange {
  const next = range.last + 1;
  if (next >= paragraph.sentences.length) return range;
  const following = answerUnit(paragraph, next);
  if (!tellsNext(scorer, paragraph, range, following, typed)) return range;
  return joinedUnit(paragraph, range.first, following.last, TUNING.answer.followChars) ?? range;
}

function tellsNext(scorer: SentenceScorer, paragraph: Paragraph, range: SentenceRange, following: SentenceRange, typed: boolean): boolean {
  // A why-question's unit that tells the event but no cause word: a report states the cause plainly next.
  if (scorer.type === 'reason') return !typed;
  // A unit that names the speaker but quotes nothing, and a next sentence that quotes.
  if (scorer.type === 'quote' || scorer.type === 'stance') return !holdsQuotation(quoteOf(paragraph, range)) && holdsQuotation(quoteOf(paragraph, following));
  return false;
}
