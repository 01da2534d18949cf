/**
 * A question typed in haste, read as meant before anything else reads it. A misspelt function word ("waht", "mcuh",
 * "becuase": knowledge/language/function-word-slips.tsv) is no dictionary word: left as typed it is a name the answer
 * must hold, or a "how much" question loses its number. A possessive "'s" goes with its apostrophe: normalisation keeps
 * "peru's" as "perus", which no suffix cut takes back to Peru (a name ending in a vowel other than "a", "al-omari's").
 * Only Latin words change; a slip the corpus itself writes is left as it is (a name spelt so).
 */
import { languageMap } from '../text/language-data.js';

let slips: Map<string, string> | undefined;

const LATIN_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;
const POSSESSIVE = /['’][sS]$/;

/** The word a lower-case Latin word is a common misspelling of, or undefined. */
function functionWordMeant(word: string): string | undefined {
  slips ??= languageMap('function-word-slips.tsv');
  return slips.get(word);
}

/** The question with its function words' slips mended and possessives taken off; `corpusWrites` says whether the articles hold a word as written. */
export function mendedQuestion(question: string, corpusWrites: (word: string) => boolean): string {
  return question.replace(LATIN_WORD, (typed) => {
    const word = typed.replace(POSSESSIVE, '');
    const meant = functionWordMeant(word.toLowerCase());
    if (meant === undefined || corpusWrites(word.toLowerCase())) return word;
    return /^[A-Z]/.test(word) ? meant[0]!.toUpperCase() + meant.slice(1) : meant;
  });
}
