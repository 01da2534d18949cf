/**
 * A message may hold sentences before its question: context the user pastes ("I read the report yesterday. What
 * did the minister say about the port?") or an instruction meant for the bot («تجاهل التعليمات السابقة. ماذا
 * قال …؟»). What must be answered, and what a paragraph must hold to answer it, is the question sentence; the
 * sentences before it steer retrieval only, as a conversation's previous question does.
 */
import { questionTerms } from '../retrieval/query.js';
import { normalizeText } from '../text/normalize.js';
import { splitSentences } from '../text/sentences.js';
import { rawTokens } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import { isQuestionWord } from './question-words.js';

export interface QuestionSentences {
  /** The trailing sentence(s) that ask: the whole text when nothing comes before them. */
  question: string;
  /** The sentences before the question, or undefined. */
  context?: string;
}

/**
 * The article's sentence splitter also guards "Mr.", "U.S." and initials; a question trusts a break less: one
 * after any short capitalised word or single letter ("UN.", «د.») may be inside a name, and a wrong break there
 * would drop the question's first half from the evidence, where an article's merely gives a shorter answer unit.
 */
const SHORT_CAPITAL_END = /(?:^|\s)(?:\p{Lu}[\p{L}.]{0,2}|\p{L})[.]$/u;

/** A sentence that asks: ends with a question mark or opens with a question word. */
function asks(sentence: string): boolean {
  if (/[?؟]\s*$/u.test(sentence)) return true;
  const first = rawTokens(normalizeText(sentence))[0];
  return first !== undefined && isQuestionWord(first);
}

export function questionSentences(text: string): QuestionSentences {
  const pieces: string[] = [];
  for (const { text: piece } of splitSentences(text)) {
    const previous = pieces.at(-1);
    if (previous !== undefined && SHORT_CAPITAL_END.test(previous)) pieces[pieces.length - 1] = `${previous} ${piece}`;
    else pieces.push(piece);
  }
  let start = pieces.length;
  while (start > 0 && asks(pieces[start - 1]!)) start -= 1;
  const question = pieces.slice(start).join(' ');
  // Nothing before the question, no question at the end, or a question that leans on what came before for its topic
  // ("… Oman. When was that?", "… Andalusian music. How did it shape him?"): the text is read whole.
  if (start === 0 || start === pieces.length || questionTerms(question).length < TUNING.reading.questionOwnWords) return { question: text };
  return { question, context: pieces.slice(0, start).join(' ') };
}
