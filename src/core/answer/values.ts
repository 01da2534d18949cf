/**
 * Which kinds of value a piece of text holds (a count, a date, a person, a
 * place, an organisation, a reason, reported speech), for answering by type: a
 * "how many" question is answered by a unit that holds a number, and a unit
 * without one does not answer it. Words match whole (after the Arabic article
 * and attached prepositions are set aside), never inside another word: «ست» is
 * a number, the «ست» inside «أفغانستان» is not. Each word's kinds are read by
 * value-words.ts (word lists values.tsv and evidence-words.tsv in knowledge/language/).
 */
import type { AnswerType } from '../question/read-question.js';
import { withoutProclitics } from '../text/arabic-clitics.js';
import { countedWord } from './counted.js';
import { holdsQuotation } from './quotations.js';
import { isArabicToken, stemToken } from '../text/tokenize.js';
import { ownNames, readWords } from './value-words.js';
import { speaksOfMeasure } from './measure-words.js';
import { isDualOfUnit, measureOf } from './verdict-measures.js';

export { readWords, type ValueWord } from './value-words.js';

export type ValueKind = 'number' | 'date' | 'person' | 'place' | 'organisation' | 'reason' | 'speech';

export const YEAR = /^(1[0-9]|20)\d\d$/;
const DAYS_IN_MONTH = 31;
const YEAR_OR_DECADE = /^(?:(?:1[0-9]|20)\d\d|\d0)s$/;
/** Hours and minutes: 4:51, 10:30 (not a ratio of longer numbers, nor a verse or a score written 3:2:1). */
const CLOCK_TIME = /(?<![\d:])(?:[01]?\d|2[0-3]):[0-5]\d(?![\d:])/u;

/** What a question asks beside its type, for reading the values of a text (every field optional). */
export interface ValueReading {
  /** The counted noun of a "how many" question («مرة» of «كم مرة»): a number word counts only beside it. */
  counted?: string | null;
  /** A count or amount is asked: a number word counts beside a unit or a magnitude only. */
  counting?: boolean;
  /** The measure a cost question asks («يكلف»): an amount counts only in a text that speaks of it. */
  measured?: string | null;
  /** Whether a word belongs to a name the question gives (not its answer). */
  own?: (token: string) => boolean;
  /** The question's renderings of the counted noun in the other language ("visitors" → «زوار»). */
  countedRenderings?: readonly string[];
  /** The dimensions a "how heavy" or «قديش بدو وقت» question measures (asked-dimension.ts): a number counts beside their units only. */
  dimensions?: ReadonlySet<string> | null;
}

/**
 * The value kinds found in `text` (original spelling), not counting words the
 * question itself contains (normalised tokens in `questionWords`): a date the
 * question names is not its answer.
 */
export function valueKinds(text: string, questionWords: ReadonlySet<string>, reading: ValueReading = {}): Set<ValueKind> {
  const { counted = null, counting = false, measured = null, own, countedRenderings = [], dimensions = null } = reading;
  const kinds = new Set<ValueKind>();
  const words = readWords(text);
  const ownName = own ? ownNames(words, own) : () => false;
  // "How much does it cost?": an amount answers only in a text that speaks of the measure asked (a cost word,
  // «تكلفة» for «يكلف»: same stem or root), so the pipeline's length does not answer the project's cost.
  if (measured && !words.some((word) => speaksOfMeasure(word.token, measured))) return numberless(valueKinds(text, questionWords, { counted, own, countedRenderings }));
  // "How heavy is the statue?": a number answers only in a text giving a unit of weight, so «14 قطعة نقدية» beside the
  // statue does not, «480 كيلوغراما» does.
  if (dimensions && !words.some((word) => dimensions.has(measureOf(word.token)?.dimension ?? ''))) {
    const unmeasured = valueKinds(text, questionWords, { counted, counting, own, countedRenderings });
    // "How long did the plague last?" — "until the second quarter of the 19th century": a date bounds a time too.
    return dimensions.has('time') && unmeasured.has('date') ? unmeasured : numberless(unmeasured);
  }
  // "How many times": a number word counts only beside what is counted ("33 times", «ثلاث مرات»), so "the two
  // leaders" does not answer it; a numeral counts anywhere.
  const countedStem = counted ? stemToken(counted) : null;
  const isCounted = counted ? countedWord(counted, countedRenderings) : () => false;
  // "How much": a number word counts beside a unit or a magnitude ("ten billion dollars"), not in "our two countries".
  const besideUnit = (position: number) => words.slice(Math.max(0, position - 2), position + 3).some((word, offset) => offset !== Math.min(2, position) && word.kinds.some((kind) => kind === 'unit' || kind === 'number'));
  // A date word beside an ordinal names a date in words: «القرن التاسع عشر», "the nineteenth century".
  const beside = (position: number, kind: string) => [words[position - 1], words[position + 1]].some((word) => word?.kinds.includes(kind));
  const besideCounted = (position: number) => words.slice(Math.max(0, position - 2), position + 3).some((word) => isCounted(word.token));
  words.forEach(({ token, capitalised, first, kinds: wordKinds, nameLike }, position) => {
    if (questionWords.has(token)) return;
    // A name the question already says (its own words, their other forms, the rest of a name it gives) is not its answer.
    const named = ownName(position);
    // A day beside its month («10 مارس», "March 10") is a date, no quantity: "how much does the plant produce?" is not answered by its opening day.
    if (/^\d+$/.test(token)) kinds.add(YEAR.test(token) || (Number(token) <= DAYS_IN_MONTH && beside(position, 'month')) ? 'date' : 'number');
    // A year or decade written with an English "s" ("2008's storm" read as «2008s», "the 1990s", "the '60s") is a date.
    else if (YEAR_OR_DECADE.test(token)) kinds.add('date');
    // «كم جرعة…؟» — «جرعتين»: the Arabic dual of what is counted says "two" in the noun itself.
    if (counted && isArabicToken(token) && dualOf(token, isCounted)) kinds.add('number');
    // «انخفض بنحو مترين», «بعد ساعتين»: the dual of a unit of measure is a quantity with no number word beside it.
    else if (isDualOfUnit(token) && (!countedStem || besideCounted(position))) kinds.add('number');
    for (const kind of wordKinds) {
      if (kind === 'number' || kind === 'ordinal') {
        if (countedStem ? besideCounted(position) : !counting || besideUnit(position)) kinds.add('number');
        // "Which century…?" — «القرن الثامن»: the ordinal beside the date word the question names is the date asked.
        if (kind === 'ordinal' && beside(position, 'date_word')) kinds.add('date');
      }
      // A fraction is a share by itself ("demand rose by a quarter", «تراجع بالنصف»): no unit needed, but what is counted is.
      else if (kind === 'fraction') {
        if (!countedStem || besideCounted(position)) kinds.add('number');
      }
      else if (kind === 'unit' && /\d/.test(words[position - 1]?.token ?? '')) kinds.add('number');
      // English month names count when capitalised ("May", not the modal "may").
      else if (kind === 'month' || kind === 'weekday' || kind === 'season') {
        if (isArabicToken(token) || capitalised || kind === 'season') kinds.add('date');
      } else if (kind === 'date_word' && (/\d/.test(`${words[position - 1]?.token ?? ''}${words[position + 1]?.token ?? ''}`) || beside(position, 'ordinal'))) kinds.add('date');
      else if (kind === 'title' && words[position + 1] && !questionWords.has(words[position + 1]!.token) && !ownName(position + 1)) kinds.add('person');
      else if (kind === 'reason' || kind === 'speech' || ((kind === 'organisation' || kind === 'place') && !named)) kinds.add(kind);
    }
    // Two capitalised words in a row inside an English sentence: a name (person, place or organisation).
    if (!named && !first && capitalised && !isArabicToken(token) && words[position + 1]?.capitalised && !questionWords.has(words[position + 1]!.token) && !ownName(position + 1)) {
      kinds.add('person');
      kinds.add('organisation');
      kinds.add('place');
    }
    if (nameLike && !named) {
      kinds.add('person');
      kinds.add('place');
      kinds.add('organisation');
    }
  });
  if (holdsQuotation(text)) kinds.add('speech');
  // A time of day ("with 4:51 left", «عند الساعة 10:30») answers "when" and "at what time" as a date does.
  if (CLOCK_TIME.test(text)) kinds.add('date');
  return kinds;
}

/**
 * Whether an Arabic word is the dual of what `isCounted` accepts: the feminine «ـتان/ـتين» («جرعتين»، «طائرتين») or the
 * nominative «ـان» («كتابان»). The masculine «ـين» is left out: it also ends the sound plural («مهندسين»), no count.
 */
export function dualOf(token: string, isCounted: (token: string) => boolean): boolean {
  return withoutProclitics(token, 2).some((form) => {
    if (form.length < 5) return false;
    if (/(?:تين|تان)$/.test(form)) return isCounted(`${form.slice(0, -3)}ه`);
    return form.endsWith('ان') && isCounted(form.slice(0, -2));
  });
}

function numberless(kinds: Set<ValueKind>): Set<ValueKind> {
  kinds.delete('number');
  return kinds;
}

/** The value kind that answers a question of this type, if the type asks for one. */
export function wantedKind(type: AnswerType): ValueKind | null {
  switch (type) {
    case 'number':
    case 'date':
    case 'person':
    case 'place':
    case 'organisation':
    case 'reason':
      return type;
    case 'quote':
    case 'stance':
      return 'speech';
    default:
      return null;
  }
}
