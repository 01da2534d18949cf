/**
 * The value of a number word ("fifteen", «خمسة», «وعشرين») or of an ordinal
 * ("fifth", «الخامس»), from the value column of knowledge/language/values.tsv:
 * the numbers a question gives are read as values (a yes/no question's number is
 * checked against the passage's). Ordinals are kept apart: «للعام الخامس» is no
 * amount of years.
 */
import { withoutProclitics } from './arabic-clitics.js';
import { languageMap, languageTable } from './language-data.js';
import { readWordList } from './word-lists.js';
import { isArabicToken } from './tokenize.js';

let numberWords: Map<string, number> | undefined;
let ordinalWords: Map<string, number> | undefined;

const valuesOf = (ordinal: boolean) =>
  new Map([...languageMap('values.tsv', 3, (row) => Boolean(row[3]) && (row[2] === 'ordinal') === ordinal)].map(([form, value]) => [form, Number(value)]));

function valueIn(words: Map<string, number>, token: string): number | undefined {
  if (!isArabicToken(token)) return words.get(token);
  // «وعشرين»: the conjunction joins the parts of an Arabic number.
  for (const form of withoutProclitics(token, 2)) if (words.has(form)) return words.get(form);
  return undefined;
}

/** The value of a normalised token that is a number word, else undefined. */
export function numberWordValue(token: string): number | undefined {
  return valueIn((numberWords ??= valuesOf(false)), token);
}

/** The rank a normalised token that is an ordinal gives ("fifth", «الخامسة»: 5), else undefined. */
export function ordinalWordValue(token: string): number | undefined {
  return valueIn((ordinalWords ??= valuesOf(true)), token);
}

/** Digits (a code such as "5g" aside) or a number word. */
export function isNumberToken(token: string): boolean {
  return /^\d/.test(token) ? !isCodeWord(token) : numberWordValue(token) !== undefined;
}

let numberEndings: Set<string> | undefined;

/**
 * Whether a normalised token is one digit and letters that name no amount: "5g", "3d" name a thing, where "5kg", "5k",
 * "5th" and "500g" (more than one digit: an amount) are numbers. Endings: knowledge/language/number-endings.txt.
 */
export function isCodeWord(token: string): boolean {
  const ending = /^\d([a-z]+)$/.exec(token)?.[1];
  if (ending === undefined) return false;
  numberEndings ??= new Set([
    ...readWordList('number-endings.txt'),
    ...languageMap('number-suffixes.tsv').keys(),
    ...languageTable('measure-units.tsv').filter((row) => row[1] === 'en').map((row) => row[0]!),
  ]);
  return !numberEndings.has(ending);
}
