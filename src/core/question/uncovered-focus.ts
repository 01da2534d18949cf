/**
 * A value question about something no article mentions ("how much did the new
 * museum cost?" over articles with no museum): a figure or date found elsewhere
 * is another subject's value, however well the rest of the question (the cost)
 * matches it.
 *
 * The focus is the question's content words other than the measure ("cost"),
 * the answer type's cue ("year") and its names: what the value is of. When one
 * of them is a dictionary word the corpus never uses in either language (a
 * translation the corpus holds counting as use), the answer must hold some other
 * word of the focus ("new" beside "museum"), or it speaks of another subject.
 * Names are left to the answerability model (absentName): an unknown name may
 * only be spelled otherwise, an unknown dictionary word is not there. A city stays
 * in the focus: it says where the value is.
 *
 * Light words (light-words.ts: "again", «رح يرجع», a bare "new") are no part of
 * the focus: a missing auxiliary is no missing subject, and another article's
 * new thing is not the new museum. The question's predicate ("open" in "when did
 * the new museum open?") may be missing, but cannot vouch for the subject: another
 * thing opened too.
 */
import { isDictionaryWord } from '../crosslingual/dictionary-words.js';
import { translateQuery } from '../crosslingual/query-translation.js';
import { readsWhollyIn, vocabularyOf } from '../retrieval/crosslingual-terms.js';
import type { Language } from '../text/language.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import type { QueryTerm } from '../retrieval/query.js';
import { isCityName } from '../text/place-names.js';
import { isArabicToken, stemToken } from '../text/tokenize.js';
import { isLightWord } from './light-words.js';
import { isCueFor } from './answer-type-cues.js';
import type { QuestionReading } from './read-question.js';

/** The answer types whose answer is a value another subject also has (an amount, a date). */
const VALUE_TYPES = new Set(['number', 'date']);

/** The terms of the focus words the corpus has, when some focus word is missing from it; else null (nothing to check). */
export function uncoveredFocus(index: ParagraphIndex, reading: QuestionReading, terms: QueryTerm[]): string[] | null {
  if (!VALUE_TYPES.has(reading.type)) return null;
  const { focus, uncovered } = focusCoverage(index, reading, terms);
  // «قديش الغرامة…» over articles that never speak of a fine: the thing whose amount is asked is not there, and no other
  // word of the question (the court, the town) can vouch for a figure being its amount. A "how many" question's counted
  // noun is left to the model (countedMissing): a unit may name it inside another word ("40 speedboats" for "boats").
  if (reading.counted === null && reading.amountOf !== null && uncovered.includes(reading.amountOf)) return [];
  return uncovered.length > 0 ? focus : null;
}

/**
 * "Is Kazakhstan part of BRICS?" over articles that never mention BRICS: a yes/no question about a thing no
 * article names cannot be confirmed by a passage that shares its other words ("took part"). The dictionary words
 * of a yes/no question's focus that the corpus never uses; the verdict decides which of them matter (verdict.ts:
 * "refuse" is read as a turn of the answer, not as a subject).
 */
export function yesNoUncoveredWords(index: ParagraphIndex, reading: QuestionReading, terms: QueryTerm[], lang: Language): string[] {
  // Judged only where every paragraph reads in the question's language: the lexicon misses many renderings.
  return reading.type === 'yes_no' && readsWhollyIn(index, lang) ? focusCoverage(index, reading, terms).uncovered : [];
}

/**
 * Where most paragraphs read in the question's language, the question is not translated (crosslingual-terms.ts), so
 * "film" seems missing beside an untranslated Arabic article writing «أفلام»: a sense of the word the corpus holds
 * covers it.
 */
export function translatedInCorpus(index: ParagraphIndex, token: string): boolean {
  const from = isArabicToken(token) ? 'ar' : 'en';
  return translateQuery(token, from, vocabularyOf(index)).terms.some((term) => term.via !== 'untranslated');
}

function focusCoverage(index: ParagraphIndex, reading: QuestionReading, terms: QueryTerm[]): { focus: string[]; uncovered: string[] } {
  const keyword = index.keyword;
  const focus = new Set<string>();
  const uncovered: string[] = [];
  for (const token of new Set(reading.content)) {
    // A city («لباكو») is where the value is, which a paragraph holding it may vouch for like a dictionary word.
    if (token === reading.measured || isCueFor(token, reading.type) || (reading.names.has(token) && !isCityName(token)) || isLightWord(token)) continue;
    const group = stemToken(token);
    const found = terms.filter((term) => term.group === group && !term.borrowed && !term.sameSense && keyword.documentFrequency(term.term) > 0);
    if (found.length === 0 && isDictionaryWord(token) && !translatedInCorpus(index, token)) uncovered.push(token);
    if (token !== reading.predicate) for (const term of found) focus.add(term.term);
  }
  return { focus: [...focus], uncovered };
}
