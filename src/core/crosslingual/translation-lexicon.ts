/**
 * The lexicon a query translation reads (translation-steps/): the dictionary every other step reads, and for an
 * Arabic question also the everyday English senses of Arabic words FreeDict gives only rare ones
 * (added-senses.ts: «عام» "year", «الأول» "first"). Those senses are the English side of an Arabic question
 * only: the question's own words, the gloss shown to a reader, and whether a word is a dictionary word (a name
 * or not) are read from the dictionary alone, so an Arabic question over Arabic articles reads as before.
 */
import { everydayEnglishSenses } from './added-senses.js';
import { loadLexicon, type Lexicon, type LexiconDirection } from './lexicon.js';
import { lookupArabic, type LexiconMatch } from './lexicon-lookup.js';

let arabicToEnglish: Lexicon | undefined;

export function translationLexicon(direction: LexiconDirection): Lexicon {
  if (direction === 'en-ar') return loadLexicon(direction);
  arabicToEnglish ??= loadLexicon(direction).withSenses(everydayEnglishSenses);
  return arabicToEnglish;
}

/**
 * Arabic words looked up for a translation: a form as written (its clitics set aside) with the everyday senses; a
 * guessed form (a conjugated verb's, a light stem's headwords: «كلفت» read as «كلف») with the dictionary's alone. A
 * guess met by an everyday verb ("cost", "include") counted as the question word found in any paragraph of the other
 * language that uses the verb: in a newsroom of both languages, another story's English paragraph outranked the
 * Arabic one that answers.
 */
export function lookupArabicForTranslation(tokens: readonly string[], verbForms = false): LexiconMatch[] {
  return lookupArabic(tokens, { verbForms, lexicon: translationLexicon('ar-en'), guessedFormsLexicon: loadLexicon('ar-en') });
}
