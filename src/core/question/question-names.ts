/**
 * The names a question is about, read against the corpus: those it holds (in any of their forms: as typed, stemmed,
 * translated, a country's other word, a city behind a clinging letter), those it certainly lacks (a capitalised or
 * certain name no paragraph mentions: the question is about something the articles do not cover), and the subject
 * of the question's verb that no paragraph uses, though Arabic gives it no capital.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { readsWhollyIn } from '../retrieval/crosslingual-terms.js';
import { withoutProclitics } from '../text/arabic-clitics.js';
import { otherCountryForms } from '../text/country-forms.js';
import { cityEnglishNames } from '../text/place-names.js';
import { isArabicWord } from '../text/arabic-words.js';
import { isArabicToken, rawTokens, stemToken } from '../text/tokenize.js';
import { isSlipOfCommonWord } from './common-slips.js';
import { namesTypedInLowerCase, writtenOnlyDefinite } from './corpus-names.js';
import type { QuestionReading } from './read-question.js';
import { translatedInCorpus } from './uncovered-focus.js';

/**
 * A word in Latin letters that no dictionary lists, the corpus never writes and no spelling slip explains is a
 * name typed in lower case ("did tokayev meet erdogan?"): as absent as a capitalised one — judged only where every
 * paragraph reads in English, since a name of an untranslated Arabic article is spelt in many ways.
 */
const LATIN_WORD = /^[a-z][a-z'’-]*$/;

export interface QuestionNames {
  /** Term groups that name something the answer must be about (names and numbers found in the corpus). */
  names: Set<string>;
  /** Names the question writes with a capital (or a certain name) that the corpus never mentions ("Kyrgyzstan"). */
  absentNames: Set<string>;
  /** A name-like word right after the predicate that the corpus never uses («زار اردوغان»), or null. */
  unknownSubject: string | null;
}

interface Asked {
  text: string;
  /** The question's normalised tokens. */
  tokens: string[];
  /** Groups of the question's terms its translation reached, and those a paraphrase found in the corpus. */
  translatedGroups: ReadonlySet<string>;
  /** Of those, the groups a transliteration reached (a name's spelling in the other script). */
  spelledGroups: ReadonlySet<string>;
  paraphrased: ReadonlySet<string>;
}

/**
 * An Arabic word read as a name because FreeDict's small Arabic side lacks its form («المطرية», «مسألة», «الأحيان»),
 * which the corpus holds only in the other language, through the lexicon's senses (of another form of it: «مطر»
 * "rain") and never through a spelling: the wide word list holding it says it is a word of the language. Its rendering
 * is evidence like any other word's, not a name the answer must be about: a report saying "rainforest" answers.
 */
function renderedAsWord(reading: QuestionReading, name: string, group: string, translated: ReadonlySet<string>, spelled: ReadonlySet<string>): boolean {
  return !reading.certainNames.has(name) && translated.has(group) && !spelled.has(group) && isArabicToken(name) && isArabicWord(name);
}

export function questionNames(index: ParagraphIndex, reading: QuestionReading, asked: Asked): QuestionNames {
  const { text, tokens, translatedGroups, spelledGroups, paraphrased } = asked;
  const keyword = index.keyword;
  const names = new Set<string>();
  const absentNames = new Set<string>();
  for (const name of reading.names) {
    const group = stemToken(name);
    if (!reading.certainNames.has(name) && writtenOnlyDefinite(index, name)) continue;
    // "aginst", "recieve": a common word mistyped, which the corpus never writes, is no name it lacks (common-slips.ts).
    if (!reading.certainNames.has(name) && keyword.surfaceDocumentFrequency(name) === 0 && isSlipOfCommonWord(name)) continue;
    // A country the corpus writes otherwise ("Vietnam": "Vietnamese") is still a name the answer must be about.
    const countryOtherwise = paraphrased.has(group) && otherCountryForms(name).length > 0;
    const cityInEnglish = cityEnglishNames(name);
    // «بطرابلس»: a city the corpus writes without the clinging letter («طرابلس») is a name it holds.
    const clinging = cityInEnglish.length > 0 && withoutProclitics(name).slice(1).some((form) => keyword.surfaceDocumentFrequency(form) > 0);
    // «لشبونة» over an English report saying "Lisbon" is no absent name (the city's English name from its CLDR time zone).
    const heldInEnglish = cityInEnglish.some((english) => rawTokens(english).every((word) => keyword.surfaceDocumentFrequency(word) > 0));
    const held = keyword.surfaceDocumentFrequency(name) > 0 || keyword.documentFrequency(group) > 0;
    if (!held && renderedAsWord(reading, name, group, translatedGroups, spelledGroups)) continue;
    if (held || translatedGroups.has(group) || countryOtherwise || clinging) names.add(group);
    // A city's name met only by a paraphrase («الرياض» by the root of «الرياضة») is not held: places have no root-mates.
    else if ((reading.certainNames.has(name) || (LATIN_WORD.test(name) && readsWhollyIn(index, 'en'))) && (!paraphrased.has(group) || cityInEnglish.length > 0) && !translatedInCorpus(index, name) && !heldInEnglish) absentNames.add(group);
  }
  // A word typed in lower case that is also an English word ("rice") is a name when the corpus writes it as one.
  for (const token of namesTypedInLowerCase(index, text, reading.content.filter((token) => !reading.names.has(token)))) names.add(stemToken(token));
  // «كم مرة زار اردوغان كازاخستان؟»: Arabic gives no capital, yet a name-like word no paragraph uses, right after the
  // question's verb, is who or what the question is about (answer-confidence.ts weighs it against the unit's people).
  const subject = reading.predicate ? tokens[tokens.indexOf(reading.predicate) + 1] : undefined;
  const subjectGroup = subject ? stemToken(subject) : '';
  const unknown = subject !== undefined && reading.names.has(subject) && !names.has(subjectGroup) && !paraphrased.has(subjectGroup) && !translatedGroups.has(subjectGroup);
  const unknownSubject = unknown && keyword.surfaceDocumentFrequency(subject) === 0 && keyword.documentFrequency(subjectGroup) === 0 ? subject : null;
  return { names, absentNames, unknownSubject };
}
