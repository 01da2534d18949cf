/**
 * The subject of a question asking where it lies: «أين تقع فلسطين؟», «وين موجودة البترا؟», "where is Petra located?".
 * An encyclopaedia entry or a profile says where its subject is in its lead, often without the verb («فلسطين منطقة
 * جغرافية في غرب آسيا»), while another article's paragraph naming the place beside the verb («تقع سوريا… ويحدها غربا
 * فلسطين») shares more of the question's words; so the question is read as "what is X?" is, its subject the words
 * besides the verb, and the lead of an article titled so weighs more (retrieval's lead prior, read-leaders.ts). Only
 * the verbs of being located (knowledge/language/location-verbs.tsv): «أين ولد…» asks of an event, which the lead seldom
 * tells.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { TUNING } from '../tuning.js';
import type { QuestionReading } from './read-question.js';

let verbs: Set<string> | undefined;

/** The words naming what a where-is-it question asks the place of, or null for any other question. */
export function locatedSubject(reading: Pick<QuestionReading, 'intent' | 'predicate' | 'content'>): string[] | null {
  verbs ??= new Set(languageTable('location-verbs.tsv').map((row) => normalizeText(row[0]!)));
  const { intent, predicate, content } = reading;
  if (intent !== 'where' || !predicate || !verbs.has(predicate)) return null;
  const subject = content.filter((word) => word !== predicate);
  return subject.length >= 1 && subject.length <= TUNING.retrieval.subjectWords ? subject : null;
}
