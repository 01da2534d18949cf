/**
 * The measure a cost or amount question asks («كم يكلف…؟», "how much did it cost?") and the words of a text that speak
 * of it, so an amount answers only in a text about that measure (values.ts).
 */
import { withoutProclitics } from '../text/arabic-clitics.js';
import { arabicRootKey } from '../text/arabic-root.js';
import { isArabicToken, stemToken } from '../text/tokenize.js';
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';

let amountWords: { ar: string[]; en: string[] } | undefined;

/**
 * Whether a word of the text speaks of the measure a cost question asks: the measure itself (same stem or root), or,
 * in a text of the other script, any of that language's words of cost and price (count-frames.tsv): «كم يكلف…؟» asked
 * of an English report is answered by "costing an estimated 35 million dollars", "how much did it cost?" by «بكلفة 12 مليون دينار».
 */
export function speaksOfMeasure(token: string, measured: string): boolean {
  if (sameWord(token, measured)) return true;
  if (isArabicToken(token) === isArabicToken(measured)) return false;
  amountWords ??= {
    ar: languageTable('count-frames.tsv').filter((row) => row[1] === 'ar' && row[2] === 'amount').map((row) => normalizeText(row[0]!)),
    en: languageTable('count-frames.tsv').filter((row) => row[1] === 'en' && row[2] === 'amount').map((row) => row[0]!),
  };
  return amountWords[isArabicToken(token) ? 'ar' : 'en'].some((word) => sameWord(token, word));
}

/** The same word, or (Arabic) a word of the same root: «تكلفة» for «يكلف»; "costs" for "cost". */
function sameWord(token: string, wanted: string): boolean {
  if (stemToken(token) === stemToken(wanted)) return true;
  if (!isArabicToken(token) || !isArabicToken(wanted)) return false;
  const root = arabicRootKey(wanted);
  return withoutProclitics(token, 2).some((form) => arabicRootKey(form) === root);
}
