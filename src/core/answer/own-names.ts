/**
 * What the question already names, so that an answer's value is something it
 * does not: "which Asian ports…" is not answered with "Asia", nor «مين
 * الصحفي اللي قابل الوزيرة ليلى حداد؟» with «ليلى حداد». A word is the question's
 * own when it is one of the question's words or search terms (its paraphrases and
 * renderings: "asia" for "asian"), shares a stem with one, or names the same
 * place in the other language («آسيا», "Asia").
 */
import type { Language } from '../text/language.js';
import { normalizeText } from '../text/normalize.js';
import { placeCodes } from '../text/place-names.js';
import { rawTokens, stemToken } from '../text/tokenize.js';
import { peopleInText } from '../summary/names-in-text.js';
import { valueKinds, type ValueKind } from './values.js';

export interface QuestionForms {
  /** The question's language: the people it names are read in the unit's text in that language. */
  lang: Language;
  stems: ReadonlySet<string>;
  places: ReadonlySet<string>;
  /** Verdicts of isQuestionsOwn so far: every word of every unit read is asked, and most recur. */
  verdicts: Map<string, boolean>;
}

/** The forms of the question's words and of its search terms (not those borrowed from an earlier question). */
export function questionForms(lang: Language, words: Iterable<string>): QuestionForms {
  const stems = new Set<string>();
  const places = new Set<string>();
  for (const word of words) {
    for (const token of rawTokens(normalizeText(word))) {
      stems.add(token);
      stems.add(stemToken(token));
      for (const code of placeCodes(token)) places.add(code);
    }
  }
  return { lang, stems, places, verdicts: new Map() };
}

export function isQuestionsOwn(token: string, forms: QuestionForms): boolean {
  let own = forms.verdicts.get(token);
  if (own === undefined) forms.verdicts.set(token, (own = namesTheQuestionsOwn(token, forms)));
  return own;
}

function namesTheQuestionsOwn(token: string, forms: QuestionForms): boolean {
  if (forms.stems.has(token) || forms.stems.has(stemToken(token))) return true;
  if (forms.places.size === 0) return false;
  for (const code of placeCodes(token)) if (forms.places.has(code)) return true;
  return false;
}

/**
 * Whether the only value of the kind asked that the unit holds, read in the question's language, is a name the
 * question already says: the people the press introduces in it are all the question's own, or the text holds a
 * place, organisation or person only in the question's own names ("countries in Africa" for "which African
 * countries…").
 */
export function holdsOnlyOwnValue(wanted: ValueKind, texts: { text: string; lang: Language }[], questionWords: ReadonlySet<string>, forms: QuestionForms): boolean {
  if (wanted !== 'person' && wanted !== 'place' && wanted !== 'organisation') return false;
  if (wanted === 'person' && namesOnlyTheQuestionsPeople(texts, forms)) return true;
  const read = texts.filter((entry) => entry.lang === forms.lang).map((entry) => entry.text).join('\n');
  if (!read) return false;
  return valueKinds(read, questionWords).has(wanted) && !valueKinds(read, questionWords, { own: (token) => isQuestionsOwn(token, forms) }).has(wanted);
}

/**
 * A unit whose people (as the press introduces them: a title, a speech verb, a quoted full name; read in the
 * question's language) are all the question's own: it does not say who else did what is asked. A unit naming no
 * one that way is not judged here.
 */
function namesOnlyTheQuestionsPeople(texts: { text: string; lang: Language }[], forms: QuestionForms): boolean {
  const read = texts.filter((entry) => entry.lang === forms.lang);
  const people = read.flatMap((entry) => peopleInText(entry.text, entry.lang));
  return people.length > 0 && people.every((person) => rawTokens(normalizeText(person)).some((word) => isQuestionsOwn(word, forms)));
}
