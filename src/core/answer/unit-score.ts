/**
 * How well one unit of a paragraph (units.ts: a sentence, or sentences read as one) answers the question: the share
 * of its words found (by idf, paraphrases at their credit), the closeness of its wording, and whether it holds a value
 * of the kind asked (a number for "how many", a date for "when", a quote for "what did he say"), what is counted, the
 * future asked, a list or a view asked. sentence-choice.ts picks and joins units by this score.
 */
import { countTokenFeaturesInto, FeatureCounter } from '../embeddings/features.js';
import { foundShare, groupPresence, type GroupWeight } from '../retrieval/evidence.js';
import { normalizeText } from '../text/normalize.js';
import { rawTokens, stemToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import type { Paragraph } from '../types.js';
import { quoteOf, quoteTranslationOf, type SentenceRange } from './citations.js';
import { addStems, caseless } from './sentence-before.js';
import { countedRenderings, countedWord } from './counted.js';
import { namesAnotherRole } from './other-role.js';
import { holdsQuotation } from './quotations.js';
import { tellsDeed } from '../question/deed-words.js';
import { givesList, namesPlaces } from './enumeration.js';
import { holdsView } from './view-held.js';
import { speaksOfFuture } from '../question/future-tense.js';
import { articleDateOf, namesLaterDate, toldInPast } from './later-date.js';
import { valueKinds, wantedKind, type ValueKind } from './values.js';
import { holdsOnlyOwnValue, isQuestionsOwn } from './own-names.js';
import type { SentenceScorer } from './sentence-scorer.js';

export interface UnitChoice {
  range: SentenceRange;
  score: number;
  /** Share of the question's words (idf, credit) the unit covers. */
  coverage: number;
  /** The unit holds a value of the kind the question asks for (true when it asks for none). */
  typed: boolean;
  /** The unit names what a "how many" question counts («مقاعد» for «كم عدد المقاعد»; true when it counts nothing). */
  countedFound: boolean;
  /** The question asks what will happen and the unit says nothing of the future (false for other questions). */
  futureMissing: boolean;
  /** …and it reports a dated event instead («في مايو قام…»): what happened, not what will. */
  pastOnly: boolean;
  /** The question asks for several things and the unit lists them (enumeration.ts; false for other questions). */
  listed: boolean;
  /** The question asks how someone sees something and the unit gives a view (view-held.ts; false for other questions). */
  viewed: boolean;
  /** The question's word groups and how well the unit finds each (evidence.ts): what tells two units apart (sibling-order.ts). */
  groups: ReadonlyMap<string, GroupWeight>;
}

const counter = new FeatureCounter();

function readUnit(scorer: SentenceScorer, text: string, terms: Set<string>): number {
  const read = addStems(scorer, text, terms);
  read.similarity ??= scorer.lexical.cosineWith(scorer.queryVector, countTokenFeaturesInto(read.tokens, counter));
  return read.similarity;
}

export function scoreUnit(scorer: SentenceScorer, paragraph: Paragraph, range: SentenceRange): UnitChoice {
  const present = new Set<string>();
  const original = quoteOf(paragraph, range);
  const translation = quoteTranslationOf(paragraph, range) ?? undefined;
  const similarity = Math.max(readUnit(scorer, original, present), translation ? readUnit(scorer, translation, present) : 0);
  const groups = groupPresence(scorer.index, scorer.terms, (term) => present.has(caseless(term)), false);
  const coverage = foundShare(groups);
  const wanted = wantedKind(scorer.type);
  const own = scorer.own;
  const isOwn = own ? (token: string) => isQuestionsOwn(token, own) : undefined;
  const kinds: Set<ValueKind> = wanted ? valueKinds(`${original}\n${translation ?? ''}`, scorer.questionWords, { counted: scorer.counted, counting: scorer.type === 'number', measured: scorer.measured, dimensions: scorer.dimensions, own: isOwn, countedRenderings: countedRenderings(scorer.counted, scorer.terms) }) : new Set();
  // A who-question naming a role ("who is the coach…") is answered by a person in that role, not by another one.
  const otherRole = scorer.role !== null && namesAnotherRole([original, translation ?? ''], (groups.get(stemToken(scorer.role))?.found ?? 0) > 0);
  // "who won the best film…": someone named beside another deed (who opened the festival) is not who won.
  const deed = scorer.deed;
  const deedMissing = deed != null && !tellsDeed(original, deed) && !(translation !== undefined && tellsDeed(translation, deed));
  const typed = wanted === null || (kinds.has(wanted) && !otherRole && !deedMissing && !(own && holdsOnlyOwnValue(wanted, unitTexts(original, translation), scorer.questionWords, own)));
  const countedFound = scorer.counted === null || namesCounted(scorer, scorer.counted, groups, `${original}\n${translation ?? ''}`);
  // A date after the article's own is still to come, whatever the verb's tense (later-date.ts).
  const later = () => {
    const date = articleDateOf(scorer.index, paragraph.articleId);
    return date !== null && namesLaterDate(`${original}\n${translation ?? ''}`, date, toldInPast(original) || (translation !== undefined && toldInPast(translation)));
  };
  const futureMissing = scorer.future && !speaksOfFuture(original) && !(translation && speaksOfFuture(translation)) && !later();
  const pastOnly = futureMissing && (wanted === 'date' ? typed : valueKinds(`${original}\n${translation ?? ''}`, scorer.questionWords).has('date'));
  const asked = scorer.places;
  const lists = asked ? (text: string) => namesPlaces(text, asked) : givesList;
  const listed = scorer.list && (lists(original) || (translation !== undefined && lists(translation)));
  const viewed = scorer.view && holdsView(present);
  const bonus =
    (listed ? TUNING.answer.list.unit : 0) +
    (viewed ? TUNING.answer.view.unit : 0) +
    (wanted && typed ? TUNING.answer.typeBonus : 0) +
    ((scorer.type === 'quote' || scorer.type === 'stance') && holdsQuotation(original) ? TUNING.answer.quoteBonus : 0) +
    (scorer.future && !futureMissing ? TUNING.answer.futureBonus : 0);
  return { range, score: coverage + TUNING.answer.similarity * similarity + bonus, coverage, typed, countedFound, futureMissing, pastOnly, listed, viewed, groups };
}

/** A unit's text with its language, and its rendering in the other. */
function unitTexts(original: string, translation: string | undefined): { text: string; lang: 'ar' | 'en' }[] {
  const lang = /\p{Script=Arabic}/u.test(original) ? 'ar' : 'en';
  return translation ? [{ text: original, lang }, { text: translation, lang: lang === 'ar' ? 'en' : 'ar' }] : [{ text: original, lang }];
}

/** The counted noun, a word of its stem or root, or its paraphrase or translation is in the unit ("how many seats": «مقاعد», "seats"). */
function namesCounted(scorer: SentenceScorer, counted: string, groups: ReturnType<typeof groupPresence>, text: string): boolean {
  if ((groups.get(stemToken(counted))?.found ?? 0) > 0) return true;
  let matches = countedMatchers.get(scorer);
  if (!matches) countedMatchers.set(scorer, (matches = countedWord(counted)));
  return rawTokens(normalizeText(text)).some(matches);
}

/** The counted noun's forms are worked out once per question, not once per unit read. */
const countedMatchers = new WeakMap<SentenceScorer, (token: string) => boolean>();
