/**
 * The cue words that refine what kind of answer a question wants ("which year",
 * «أي صحيفة», "opinion"): answer-type-cues.tsv, read on the word without its
 * article and written out when it is shorthand ("yr").
 */
import { languageMap } from '../text/language-data.js';
import { ordinalWordValue } from '../text/number-words.js';
import { writtenOut } from '../text/shorthand.js';
import { isArabicToken, stemEnglish, stripArabicArticle } from '../text/tokenize.js';
import type { AnswerType } from '../types.js';
import { isFillerWord } from './question-words.js';

/** «بال»، «لل»، «كال», after a conjunction or not. */
const PREPOSITION_AND_ARTICLE = /^[وف]?(?:بال|لل|كال)/;

let cues: Map<string, AnswerType> | undefined;
/** A cue word's type, read on the word without its article (and written out when it is shorthand: "yr"). */
function cueType(token: string): AnswerType | undefined {
  cues ??= new Map([...languageMap('answer-type-cues.tsv', 2)].map(([form, type]) => [stripArabicArticle(form), type as AnswerType]));
  const word = stripArabicArticle(token);
  return cues.get(word) ?? cues.get(writtenOut(word) ?? '') ?? (isArabicToken(word) ? undefined : cues.get(stemEnglish(word)));
}

/**
 * The cue of the token at a position. «بالنص الاول»: the dialects' «نص» before an ordinal is «نصف», "the first half"
 * of a year, not «بالنص» "word for word" (a request for the quote).
 */
export function cueAt(tokens: string[], position: number): AnswerType | undefined {
  // «بالنسبة ل…» "as for": a function word that holds a cue («نسبة», "share") behind a preposition and the article is none.
  if (isFillerWord(tokens[position]!) && PREPOSITION_AND_ARTICLE.test(tokens[position]!)) return undefined;
  const type = cueType(tokens[position]!);
  const half = type === 'quote' && tokens[position]!.endsWith('نص') && ordinalWordValue(tokens[position + 1] ?? '') !== undefined;
  return half ? undefined : type;
}

/** Whether a (normalised) token is a cue for the kind of answer `type` ("opinion" for a stance, "year" for a date). */
export function isCueFor(token: string, type: AnswerType): boolean {
  return cueType(token) === type;
}
