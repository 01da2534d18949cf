/**
 * A question whose topic the articles never mention ("who won the world cup?" over reports that never speak of a
 * cup; «شو قال رئيس الجمعية عن الشعاب المرجانية؟» over reports that never speak of coral reefs): a paragraph sharing
 * its other words (someone who "won" an election, a quote by the head of another association) tells of something
 * else. Read of who- and what-did-they-say questions; value questions have their own reading
 * (uncovered-focus.ts), and so do yes/no questions (the verdict).
 *
 * Read only where the question names nothing the articles hold (a question naming their people or places is about
 * what they report, in words they may not use), and only when the topic's words no article uses, in either
 * language, are no fewer than those the articles hold: one unknown word beside several known ones is more often a
 * synonym the articles do not use than another subject. The topic is the question's content words but the answer
 * type's cue, light words ("new", «رح») and what the question sets aside ("besides…"); a verb asking who did a deed
 * ("won", "wrote": deed-words.tsv) holds no subject of its own. A word no article uses counts when it is a dictionary
 * word, or an Arabic word of the language read as a name only for want of a capital («الشعاب»), but not a place,
 * which the articles may write otherwise.
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import type { QueryTerm } from '../retrieval/query.js';
import type { AnswerType } from '../types.js';
import { isArabicWord } from '../text/arabic-words.js';
import { countryCodes } from '../text/country-forms.js';
import { isCityName, isPlaceName } from '../text/place-names.js';
import { withoutProclitics } from '../text/arabic-clitics.js';
import { isArabicToken, stemToken } from '../text/tokenize.js';
import { deedOf } from './deed-words.js';
import { isCueFor } from './answer-type-cues.js';
import { isLightWord } from './light-words.js';
import type { QuestionReading } from './read-question.js';
import { translatedInCorpus } from './uncovered-focus.js';

/**
 * Who did it and what someone said: the topic is what the one asked about is named beside. A what- or how-question
 * ("how can function problems typically be restated?", «ما هي الأفرع الحيوية؟») often words the article's own
 * content in other terms, whose unknown words are a paraphrase, not another subject; the other kinds asked (where,
 * which organisation, what stance) have shown no such question answered about something else, and are left alone.
 */
const ASKS_OF_SOMEONE: ReadonlySet<AnswerType> = new Set(['person', 'quote']);

/**
 * A dictionary word, or an Arabic word of the language read as a name for want of a capital; not a place, a country's
 * or a people's name («الكازاخي», «ببكين»), which the articles may write otherwise.
 */
function isWordOfTheLanguage(reading: QuestionReading, token: string): boolean {
  if (withoutProclitics(token).some((form) => isPlaceName(form) || isCityName(form) || countryCodes(form).size > 0)) return false;
  if (!reading.names.has(token)) return isDictionaryWord(token);
  return !reading.certainNames.has(token) && isArabicToken(token) && isArabicWord(token);
}

/** «بلاده» "his country": after normalisation a final «ه» may be a pronoun, not a taa marbuta the stem keeps. */
function pronounSuffixed(index: ParagraphIndex, token: string): boolean {
  return isArabicToken(token) && token.endsWith('ه') && token.length > 4 && index.keyword.documentFrequency(stemToken(token.slice(0, -1))) > 0;
}

/** The topic's words no article uses, when they are no fewer than those the articles hold; else null. */
export function uncoveredTopic(index: ParagraphIndex, reading: QuestionReading, terms: QueryTerm[], names: ReadonlySet<string>): string[] | null {
  // A question naming someone or something the articles hold is about what they report.
  if (names.size > 0 || !ASKS_OF_SOMEONE.has(reading.type)) return null;
  const uncovered: string[] = [];
  let held = 0;
  const seen = new Set<string>();
  for (const token of reading.content) {
    if (seen.has(token) || isCueFor(token, reading.type) || isLightWord(token)) continue;
    seen.add(token);
    const group = stemToken(token);
    const searched = terms.filter((term) => term.group === group && !term.borrowed);
    // A word not searched at all is set aside by the question ("besides foreign relations": exclusion.ts).
    if (searched.length === 0) continue;
    const found = searched.some((term) => !term.sameSense && index.keyword.documentFrequency(term.term) > 0) || pronounSuffixed(index, token);
    if (found || translatedInCorpus(index, token)) {
      if (deedOf(token) === null) held += 1;
    } else if (isWordOfTheLanguage(reading, token)) uncovered.push(token);
  }
  return uncovered.length > 0 && uncovered.length >= held ? uncovered : null;
}
