/**
 * A stance question asks how someone sees something, in one of many words: "how does she see the plan" is
 * answered by "she takes a cautious view of it", «كيف يرى…» by «وجهة نظره…» or «وصفها بأنها…». The question's
 * stance cue (answer-type-cues.tsv) is searched in the other cues of its language too, as the cue itself is:
 * framing the search, never evidence a paragraph must hold.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, rawTokens, stemToken } from '../text/tokenize.js';
import type { QueryTerm } from '../retrieval/query.js';
import { TUNING } from '../tuning.js';
import { isCueFor } from './answer-type-cues.js';
import type { AnswerType, QuestionReading } from './read-question.js';

let cueStems: { ar: string[]; en: string[] } | undefined;

export function stanceCueStems(): { ar: string[]; en: string[] } {
  if (!cueStems) {
    const rows = languageTable('answer-type-cues.tsv').filter((row) => row[2] === 'stance');
    const of = (lang: string) => [...new Set(rows.filter((row) => row[1] === lang).map((row) => stemToken(normalizeText(row[0]!))))];
    cueStems = { ar: of('ar'), en: of('en') };
  }
  return cueStems;
}

/** The other stance cues of each stance cue a stance question writes, as searched frame terms of its group. */
export function stanceCueTerms(reading: QuestionReading): QueryTerm[] {
  if (reading.type !== 'stance') return [];
  const terms: QueryTerm[] = [];
  for (const token of reading.content) {
    if (!isCueFor(token, 'stance')) continue;
    const group = stemToken(token);
    const mates = stanceCueStems()[isArabicToken(token) ? 'ar' : 'en'].filter((stem) => stem !== group);
    for (const stem of mates) terms.push({ term: stem, weight: TUNING.reading.stanceCueWeight, group, frame: true, cue: true });
  }
  return terms;
}

let frames: Set<string> | undefined;

/** A cue framing the question ("…, in her view?", «من وجهة نظره», «برأيه»): what is asked is the content, not a view. */
function framesQuestion(tokens: readonly string[], position: number): boolean {
  frames ??= new Set(languageTable('view-frames.tsv').map((row) => normalizeText(row[0]!)));
  const token = tokens[position]!;
  if (isArabicToken(token) && token.startsWith('ب') && isCueFor(token.slice(1), 'stance')) return true;
  return tokens.slice(Math.max(0, position - 2), position).some((before) => frames!.has(before));
}

/**
 * Whether the question asks how someone sees something: a stance question, or a yes/no question asking whether
 * someone thinks so («هل يرى…», "does she think…"), its cue not a frame of another question (view-frames.tsv). Its
 * answer gives that view in a cue's words («وجهة نظره», "takes a cautious view"), which the unit choice and the
 * answer order look for (answer/view-held.ts).
 */
export function asksForView(type: AnswerType, question: string): boolean {
  if (type !== 'stance' && type !== 'yes_no') return false;
  const tokens = rawTokens(normalizeText(question));
  return tokens.some((token, position) => isCueFor(token, 'stance') && !framesQuestion(tokens, position));
}
