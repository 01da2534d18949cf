/**
 * Steps 3–4 of a query translation: names (transliterated), acronyms (spelt
 * out), numbers, and the untranslated tokens themselves; and how much of the
 * question the translation covers.
 */
import { loadLexicon } from '../lexicon.js';
import { arabicLookupCandidates, englishLemmaCandidates } from '../lexicon-forms.js';
import { senseFrequency } from '../vocabulary.js';
import { acronymSpellings } from '../word-shapes.js';
import { numberWordValue } from '../../text/number-words.js';
import type { QueryTranslator } from './query-translator.js';

/** The definite article's letters at a word's start, after a one-letter conjunction or preposition at most. */
const ARTICLE_LETTERS = /^[وفبكل]?ال\p{L}{2}/u;

/** "dr" and "doc" for doctor: a short sense whose letters the word holds in order, from its first. */
function abbreviates(sense: string, word: string): boolean {
  if (sense.length > 4 || sense.length >= word.length || sense[0] !== word[0]) return false;
  let at = 0;
  for (const letter of sense) {
    at = word.indexOf(letter, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/**
 * Whether the dictionary reads an Arabic word (as written, or with its clitics set aside) as some English word other
 * than `english` in any of their forms: «السيد» is "mister", not a spelling of "seeds"; «اطلس» is "atlas" itself, and
 * «الدكتور» "dr". A word the dictionary lacks (a name) is not.
 */
function readsAsOtherWord(arabic: string, english: string): boolean {
  const lexicon = loadLexicon('ar-en');
  const senses = arabicLookupCandidates(arabic).flatMap((form) => lexicon.senses(form) ?? []);
  if (senses.length === 0) return false;
  const forms = new Set(englishLemmaCandidates(english));
  const agrees = (word: string) => englishLemmaCandidates(word).some((form) => forms.has(form)) || abbreviates(word, english);
  return !senses.some((sense) => sense.split(' ').some(agrees));
}

/**
 * The values of an Arabic question's number words by the position of their first word, a compound read whole: «أربع
 * عشرة» 14, «خمسة وعشرون» 25 (a unit before ten or its «و» and tens).
 */
function arabicNumberValues(tokens: readonly string[]): Map<number, number> {
  const values = new Map<number, number>();
  for (let position = 0; position < tokens.length; position += 1) {
    const value = numberWordValue(tokens[position]!);
    if (value === undefined) continue;
    const nextToken = tokens[position + 1] ?? '';
    const next = numberWordValue(nextToken);
    const compound = value < 10 && next !== undefined && (next === 10 || (next % 10 === 0 && next < 100 && nextToken.startsWith('و')));
    values.set(position, compound ? value + next : value);
    if (compound) position += 1;
  }
  return values;
}

export interface Coverage {
  sourceTokens: number;
  coveredTokens: number;
}

export function addNamesAndUntranslated(translator: QueryTranslator): Coverage {
  const { options, from, known } = translator;
  const covered = new Set<number>();
  let sourceTokens = 0;
  const numberValues = from === 'ar' ? arabicNumberValues(translator.tokens) : new Map<number, number>();
  translator.tokens.forEach((token, position) => {
    // Numbers need no translation but are still searched: 1970s, 15th → 1970, 15.
    const number = /^(\d+)(?:s|st|nd|rd|th)$/.exec(token)?.[1] ?? (/^\p{N}+$/u.test(token) ? token : undefined);
    if (number !== undefined) {
      translator.addTerm({ term: number, weight: options.untranslatedWeight, source: token, via: 'untranslated' });
      return;
    }
    // An Arabic number word is searched in digits too («أحد عشر», «خمسة» → 11, 5): English press writes numbers past nine
    // so, and many below. Not one (a pronoun as often as a number), nor a hundred or a million alone («مئات»).
    const value = numberValues.get(position);
    if (value !== undefined && Number.isInteger(value) && value >= 2 && value < 100) translator.addTerm({ term: String(value), weight: options.untranslatedWeight, source: token, via: 'lexicon' });
    // "Super Bowl XLIX" is «سوبر بول 49» in the Arabic press: the numeral's value is searched too, as its translation.
    const roman = from === 'en' ? translator.shapes.get(token)?.romanValue : undefined;
    if (roman !== undefined) translator.addTerm({ term: String(roman), weight: options.untranslatedWeight, source: token, via: 'lexicon' });
    if (!translator.isContent(token)) return;
    sourceTokens += 1;
    const translated = translator.translated.has(position);
    if (translated) covered.add(position);
    const shape = translator.shapes.get(token);
    // A question typed without capitals cannot show its names: a word the dictionary does not know is read as one
    // (lower-case "omaris" → «العمري»), as a capitalised word would be.
    const unknownInLowerCase = translator.typedLowerCase && !known.has(position);
    const nameLike = unknownInLowerCase || (shape !== undefined && (shape.capitalised || (shape.sentenceInitial && !known.has(position))));
    // Names: capitalised words, and words the lexicon does not know at all.
    let minSimilarity: number | undefined;
    if (nameLike) minSimilarity = translated ? options.minLooseNameSimilarity : options.minNameSimilarity;
    else if (!known.has(position) || (from === 'ar' && !translated) || translator.typedLowerCase) minSimilarity = options.minLooseNameSimilarity;
    if (minSimilarity !== undefined && token.length >= 3 && /^\p{L}+$/u.test(token)) {
      // A word translated through the dictionary is spelt out only into a name or a loanword, not into another Arabic
      // word that merely sounds alike (lower-case "seeds" → «السيد», "session" → «الصين», "China" → «لكننا»); so is a
      // word it knows but whose senses the corpus lacks, unless written as a name ("raise" is not «رئيسة»).
      const dictionaryWord = translated || (known.has(position) && !nameLike);
      const found = translator.namesOf(token, minSimilarity).filter((match) => from === 'ar' || !dictionaryWord || !readsAsOtherWord(match.token, token));
      for (const { token: target, similarity } of found) {
        translator.addTerm({ term: target, weight: (options.nameWeight * similarity) / found.length, source: token, via: 'transliteration' });
      }
      if (found.length > 0) covered.add(position);
    }
    // A word the dictionary reads without its «ال» may be a name beginning with those letters (Almaty: «الماتي»).
    if (translated && from === 'ar' && ARTICLE_LETTERS.test(token)) {
      const names = translator.wholeNamesOf(token);
      for (const { token: target, similarity } of names) translator.addTerm({ term: target, weight: (options.nameWeight * similarity) / names.length, source: token, via: 'transliteration' });
    }
    if (shape?.acronym && from === 'en') {
      const spelt = acronymSpellings(token).filter((spelling) => senseFrequency(spelling, translator.vocabulary, translator.index) > 0);
      for (const spelling of spelt) translator.addTerm({ term: spelling, weight: options.nameWeight / spelt.length, source: token, via: 'transliteration' });
      if (spelt.length > 0) covered.add(position);
    }
    if (!translated || nameLike) translator.addTerm({ term: token, weight: options.untranslatedWeight, source: token, via: 'untranslated' });
  });
  return { sourceTokens, coveredTokens: covered.size };
}
