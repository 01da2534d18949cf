/**
 * Question words (standard, dialect and chat spellings, with the intent each
 * asks for) and the question's other topic-less words (dialect function words,
 * fillers, frame words such as "the name of" or «كم عدد»), read from
 * knowledge/language/. One list for retrieval, the cross-lingual translator and
 * the question reader.
 */
import { languageMap, languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { writtenOut } from '../text/shorthand.js';
import { isStopWord } from '../text/tokenize.js';

export type QuestionIntent = 'what' | 'which' | 'who' | 'whose' | 'when' | 'where' | 'why' | 'how' | 'how_many' | 'how_much' | 'yes_no';

let intents: Map<string, QuestionIntent> | undefined;
let fillers: Set<string> | undefined;

function intentTable(): Map<string, QuestionIntent> {
  intents ??= languageMap('question-words.tsv', 2) as Map<string, QuestionIntent>;
  return intents;
}

/** Dialect function words, chat fillers and question frame words (each word of a listed phrase). */
function fillerWords(): Set<string> {
  fillers ??= new Set(languageTable('function-words.tsv').flatMap((row) => normalizeText(row[0]!).split(' ')).filter(Boolean));
  return fillers;
}

/** The intent of a (normalised) token that is a question word. */
export function questionIntent(token: string): QuestionIntent | undefined {
  const table = intentTable();
  const own = table.get(token);
  if (own) return own;
  // An attached conjunction or preposition: وماذا، فهل، بماذا، لمن، بأنهي، بإيه (not ك: كما is "as").
  return token.length > 2 && /^[وفبل]/.test(token) ? table.get(token.slice(1)) : undefined;
}

export function isQuestionWord(token: string): boolean {
  return questionIntent(token) !== undefined;
}

/** A word that frames the question or fills it, rather than naming its topic. */
export function isFillerWord(token: string): boolean {
  if (fillerWords().has(token)) return true;
  return token.length > 2 && /^[وف]/.test(token) && fillerWords().has(token.slice(1));
}

/** Chat shorthand for function words ("bc" because, "b4" before, "w" with) names no topic either. */
function isShorthandStopWord(token: string): boolean {
  return writtenOut(token)?.split(' ').every(isStopWord) ?? false;
}

/** Stop word, question word or filler: nothing a paragraph should be matched on. */
export function isTopicless(token: string): boolean {
  return isStopWord(token) || isQuestionWord(token) || isFillerWord(token) || isShorthandStopWord(token);
}
