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
import { scoreUnit, type UnitChoice } from './unit-score.js';
import { answerUnit, joinedUnit } from './units.js';
import type { AnswerType } from '../question/read-question.js';

/** Questions asking a value a unit holds or not (values.ts): a count or amount, a date, someone, somewhere. */
const VALUE_TYPES: ReadonlySet<AnswerType> = new Set(['number', 'date', 'person', 'place', 'organisation']);

/** The unit with the sentence after it when that one gives what the question asks and the unit does not. */
export function sentenceAfter(scorer: SentenceScorer, paragraph: Paragraph, chosen: UnitChoice): UnitChoice {
  const next = chosen.range.last + 1;
  if (next >= paragraph.sentences.length) return chosen;
  const following = answerUnit(paragraph, next);
  if (!tellsNext(scorer, paragraph, chosen.range, following, chosen.typed)) return chosen;
  const range = joinedUnit(paragraph, chosen.range.first, following.last, TUNING.answer.followChars);
  if (!range) return chosen;
  // A value question's unit now holds the value asked, given by the sentence joined.
  return { ...chosen, range, typed: chosen.typed || VALUE_TYPES.has(scorer.type) };
}

function tellsNext(scorer: SentenceScorer, paragraph: Paragraph, range: SentenceRange, following: SentenceRange, typed: boolean): boolean {
  // A why-question's unit that tells the event but no cause word: a report states the cause plainly next.
  if (scorer.type === 'reason') return !typed;
  // A unit that names the speaker but quotes nothing, and a next sentence that quotes.
  if (scorer.type === 'quote' || scorer.type === 'stance') return !holdsQuotation(quoteOf(paragraph, range)) && holdsQuotation(quoteOf(paragraph, following));
  // A unit naming what is asked without a value of its kind, and a next sentence giving one («انهار جزء من الجسر.
  // وقالت السلطات إن إصلاحه قد يستغرق ثلاثة أسابيع»): the report names its subject, then tells the figure.
  if (VALUE_TYPES.has(scorer.type)) return !typed && scoreUnit(scorer, paragraph, following).typed;
  return false;
}
