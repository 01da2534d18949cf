/**
 * What a number question counts, measures or grades: the noun after "how many" / «كم», the measure a cost question
 * names, the noun after a dialect «قديش», the adjective after an English "how". Apart from read-question.ts, which
 * reads the whole question and asks these of its tokens.
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import { languageMap } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { dialectVerbForms } from '../text/dialect-forms.js';
import { measuredAttributes } from '../text/english-attributes.js';
import { writtenOut } from '../text/shorthand.js';
import { isArabicToken, isStopWord, stemEnglish } from '../text/tokenize.js';
import { isInflectedOrDialectWord } from './dialect-words.js';
import { isQuestionWord, questionIntent } from './question-words.js';

let countFrames: Map<string, string> | undefined;

function frameRole(token: string): string | undefined {
  countFrames ??= new Map([...languageMap('count-frames.tsv', 2)].map(([form, role]) => [normalizeText(form), role]));
  if (!isArabicToken(token)) return countFrames.get(token) ?? countFrames.get(stemEnglish(token));
  // The dialects' present («بيكلف»، «هيكلف»، «كيكلف») is the MSA verb with a prefix: the same frame.
  return countFrames.get(token) ?? dialectVerbForms(token, { affixesOnly: true }).map((form) => countFrames!.get(form)).find(Boolean);
}

/**
 * What a number question counts or measures (count-frames.tsv): the noun after "how many" / «كم» (frame
 * words such as «عدد» skipped), or the measure a cost question names («كم يكلف…», «قديش كلفت…», "how
 * much does it cost"), whose answer is a number beside a unit in a sentence about cost.
 */
export function countedOrMeasured(tokens: string[]): { counted: string | null; measured: string | null } {
  const measured = tokens.filter((token) => frameRole(token) === 'amount').at(-1) ?? null;
  if (measured) return { counted: null, measured };
  const at = tokens.findIndex((token, position) => questionIntent(token) === 'how_many' || (token === 'many' && tokens[position - 1] === 'how'));
  if (at < 0) return { counted: null, measured: null };
  const next = tokens.slice(at + 1, at + 4).find((token) => frameRole(token) !== 'skip' && !isStopWord(token) && !isQuestionWord(token));
  // "how many hrs": the counted noun as the articles write it.
  return { counted: next === undefined ? null : isArabicToken(next) ? next : (writtenOut(next) ?? next), measured: null };
}

/**
 * The dialects' «قديش» / «قديه» / «شكد» / «شحال» ask an amount as «كم» does, and a noun right after names what is asked
 * for («قديش مطر نزل»): the verb after it is the predicate, the noun the subject. Unlike «كم», they are as often followed
 * by a verb or a particle («قديش صارت النسبة»، «شكد يدفعون»، «قديش رح يضل»): only a definite noun or a dictionary word no
 * dialect form is read as the noun (after a frame word: «قديش عدد السكان»). It is not made the counted noun: a dialect
 * noun («شحال الخطية») is not the word the report writes, and a unit must name a counted noun.
 */
export function dialectNoun(tokens: string[]): string | null {
  const dialect = tokens.findIndex((token) => questionIntent(token) === 'how_much' && isArabicToken(token));
  if (dialect < 0) return null;
  const next = tokens.slice(dialect + 1).find((token) => frameRole(token) !== 'skip');
  if (next === undefined || isStopWord(next) || isQuestionWord(next)) return null;
  return next.startsWith('ال') || (isDictionaryWord(next) && !isInflectedOrDialectWord(next)) ? next : null;
}

/** The adjective right after an English "how" whose attribute a number measures ("hot" in "how hot did it get"), or null. */
export function gradedAdjective(tokens: string[]): string | null {
  const at = tokens.findIndex((token) => token === 'how' || (questionIntent(token) === 'how' && !isArabicToken(token)));
  const next = at >= 0 ? tokens[at + 1] : undefined;
  return next !== undefined && measuredAttributes(next) ? next : null;
}
