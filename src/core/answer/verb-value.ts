/**
 * Whether a text holds a value of the kind a subjectless question asks for
 * beside a form of its verb (question/subjectless.ts): «أُسس عام 1957» for
 * «متى أسست؟». Without a subject, the verb and the kind of answer are all that
 * tell the passage that answers from the others that share the verb.
 */
import { stemToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import { readWords, YEAR, type ValueWord } from './values.js';

const isNumeral = (word: ValueWord | undefined) => word !== undefined && /^\d+$/.test(word.token);

/**
 * A year, or a month beside a numeral (a day or a year: «في مارس 1998»): a month word alone is too often another
 * word read so («باب» as «ب» + «آب»). For a number, a numeral that is not a year, or a number word.
 */
function isValue(words: ValueWord[], position: number, kind: 'date' | 'number'): boolean {
  const word = words[position]!;
  if (kind === 'number') return (isNumeral(word) && !YEAR.test(word.token)) || word.kinds.includes('number') || word.kinds.includes('fraction');
  if (isNumeral(word)) return YEAR.test(word.token);
  return word.kinds.includes('month') && (isNumeral(words[position - 1]) || isNumeral(words[position + 1]));
}

/** `verbStems`: the light stems of the verb's forms. */
export function valueBesideVerb(text: string, verbStems: ReadonlySet<string>, kind: 'date' | 'number'): boolean {
  const words = readWords(text);
  const reach = TUNING.answer.verbValueReach;
  for (let position = 0; position < words.length; position += 1) {
    if (!verbStems.has(stemToken(words[position]!.token))) continue;
    for (let other = Math.max(0, position - reach); other <= Math.min(words.length - 1, position + reach); other += 1) {
      if (isValue(words, other, kind)) return true;
    }
  }
  return false;
}
