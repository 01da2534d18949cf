/**
 * The value of a number word ("fifteen", «خمسة», «وعشرين»), from the value
 * column of knowledge/language/values.tsv: the numbers a question gives are
 * read as values (a yes/no question's number is checked against the passage's).
 */
import { withoutProclitics } from './arabic-clitics.js';
import { languageMap } from './language-data.js';
import { isArabicToken } from './tokenize.js';

let numberWords: Map<string, number> | undefined;

/** The value of a normalised token that is a number word, else undefined. */
export function numberWordValue(token: string): number | undefined {
  numberWords ??= new Map([...languageMap('values.tsv', 3, (row) => Boolean(row[3]))].map(([form, value]) => [form, Number(value)]));
  if (!isArabicToken(token)) return numberWords.get(token);
  // «وعشرين»: the conjunction joins the parts of an Arabic number.
  for (const form of withoutProclitics(token, 2)) if (numberWords.has(form)) return numberWords.get(form);
  return undefined;
}

/** Digits or a number word. */
export function isNumberToken(token: string): boolean {
  return /^\d/.test(token) || numberWordValue(token) !== undefined;
}
