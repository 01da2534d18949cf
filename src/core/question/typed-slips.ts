/**
 * A question typed in haste, read as meant before anything else reads it. A misspelt function word ("waht", "mcuh",
 * "aginst": knowledge/language/function-word-slips.tsv) is no dictionary word: left as typed it is a name the answer
 * must hold, or a "how much" question loses its number. A possessive "'s" the articles never write on that word goes
 * with its apostrophe where normalisation's joined form ("peru's": "perus") keys apart from the word, which no suffix
 * cut undoes; where the articles write the joined form ("Hanbit's investment") or it keys as the word ("georgias"),
 * the question is left as the articles are indexed. Only Latin words change; a slip the articles write is left.
 */
import { languageMap, languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { stemToken } from '../text/tokenize.js';
import { isTopicless } from './question-words.js';

let slips: Map<string, string> | undefined;

const LATIN_WORD = /[A-Za-z]+(?:['’][A-Za-z]+)?/g;
const POSSESSIVE = /['’][sS]$/;

/** The word a lower-case Latin word is a common misspelling of, or undefined. */
function functionWordMeant(word: string): string | undefined {
  slips ??= languageMap('function-word-slips.tsv');
  return slips.get(word);
}

/** The question's first two words, when Latin. */
const OPENING_SLIP = /^(\s*[A-Za-z]+)\s+([A-Za-z]+)/;

let auxiliarySlips: { slips: Map<string, string>; next: Set<string> } | undefined;

/**
 * The auxiliary a dictionary word opening the question was typed for, when a determiner or subject pronoun follows it
 * ("dose the strike…": does; knowledge/language/auxiliary-slips.tsv), else undefined: there it cannot be read as itself.
 */
function auxiliaryMeant(word: string, after: string): string | undefined {
  if (!auxiliarySlips) {
    const rows = languageTable('auxiliary-slips.tsv');
    auxiliarySlips = {
      slips: new Map(rows.filter((row) => row[1] === 'slip').map((row) => [row[0]!, row[2]!])),
      next: new Set(rows.filter((row) => row[1] === 'next').map((row) => row[0]!)),
    };
  }
  return auxiliarySlips.next.has(after) ? auxiliarySlips.slips.get(word) : undefined;
}

/** The question with its function words' slips mended and the possessives that hide a word taken off; `corpusWrites` says whether the articles hold a (normalised) word as written. */
export function mendedQuestion(question: string, corpusWrites: (word: string) => boolean): string {
  return question.replace(OPENING_SLIP, (typed, slip: string, after: string) => {
    const meant = auxiliaryMeant(slip.toLowerCase(), after.toLowerCase());
    return meant === undefined ? typed : typed.replace(slip, /^[A-Z]/.test(slip) ? meant[0]!.toUpperCase() + meant.slice(1) : meant);
  }).replace(LATIN_WORD, (typed) => {
    if (POSSESSIVE.test(typed)) return hidingPossessive(typed, corpusWrites) ? typed.replace(POSSESSIVE, '') : typed;
    const meant = functionWordMeant(typed.toLowerCase());
    if (meant === undefined || corpusWrites(typed.toLowerCase())) return typed;
    return /^[A-Z]/.test(typed) ? meant[0]!.toUpperCase() + meant.slice(1) : meant;
  });
}

/** "peru's": a possessive whose joined form the articles never write and which keys apart from its word; "what's" is a contraction. */
function hidingPossessive(typed: string, corpusWrites: (word: string) => boolean): boolean {
  const word = normalizeText(typed.replace(POSSESSIVE, ''));
  const joined = normalizeText(typed);
  return !isTopicless(word) && !corpusWrites(joined) && stemToken(joined) !== stemToken(word);
}
