/**
 * A question that names no subject, only a verb and what it asks («متى أسست؟»,
 * «متى صدرت؟», «كم بلغت؟»): asked in sequence after another question, or typed
 * in a hurry. Its one word is all retrieval has, and the article seldom writes
 * it as asked (it says «تأسس», «أُصدر»), so the verb's other forms in the
 * corpus (its conjugations and the word without an attached preposition:
 * paraphrase.ts) are searched as the word itself is, and the answer is the
 * passage where a value of the kind asked (a date for «متى», a number for «كم»)
 * stands beside one of them (answer/verb-value.ts). Root-mates are not searched:
 * a root holds other senses («رسم» drew, «رسمي» official).
 */
import type { QueryTerm } from '../retrieval/query.js';
import { stemToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import type { QuestionReading } from './read-question.js';

/** Kinds of answer a subjectless question is read for: their values are told by form (a year, a numeral), not by guess. */
const VALUE_TYPES = new Set(['date', 'number']);

/** A paraphrase of the verb that reads as the same word in another form (not a root-mate). */
export function isVerbForm(term: QueryTerm, verb: string): boolean {
  return term.group === verb && term.paraphrase === true && (term.credit ?? 1) > TUNING.paraphrase.rootCredit;
}

/**
 * The term group of a subjectless question's verb, or null: a date or number question of one content word whose
 * other forms the corpus has (a name has none: «من هو عيسى؟» names its subject).
 */
export function subjectlessVerb(reading: QuestionReading, terms: readonly QueryTerm[]): string | null {
  if (!VALUE_TYPES.has(reading.type) || reading.content.length !== 1) return null;
  const group = stemToken(reading.content[0]!);
  return terms.some((term) => isVerbForm(term, group)) ? group : null;
}
