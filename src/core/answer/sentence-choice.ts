/**
 * Picks the answer unit of a paragraph (units.ts): the unit around the sentence
 * that covers the most question words (by idf, paraphrases at their credit),
 * with the closest wording, holding a value of the kind the question asks for
 * (a number for "how many", a date for "when", a quote for "what did he say"),
 * each unit also credited with the question words of the sentence before it at a
 * fraction (its subject is often named there: sentence-before.ts); shown with the
 * next sentence when that one points back at it or gives the cause or the quoted
 * words asked (sentence-after.ts), and with the sentence before when that one
 * names question words it lacks, while the two stay short.
 */
import { countTokenFeaturesInto, FeatureCounter } from '../embeddings/features.js';
import { foundShare, groupPresence, type GroupWeight } from '../retrieval/evidence.js';
import { normalizeText } from '../text/normalize.js';
import { rawTokens, stemToken } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import type { RetrievedParagraph } from '../retrieval/retriever.js';
import type { Paragraph } from '../types.js';
import { quoteOf, quoteTranslationOf, type SentenceRange } from './citations.js';
import { addStems, caseless, inheritedShare, ledIn } from './sentence-before.js';
import { answerUnit, joinedUnit } from './units.js';
import { sentenceAfter } from './sentence-after.js';
import { countedRenderings, countedWord } from './counted.js';
import { namesAnotherRole } from './other-role.js';
import { holdsQuotation } from './quotations.js';
import { tellsDeed } from '../question/deed-words.js';
import { givesList, namesPlaces } from './enumeration.js';
import { holdsView } from './view-held.js';
import { speaksOfFuture } from '../question/future-tense.js';
import { valueKinds, wantedKind, type ValueKind } from './values.js';
import { holdsOnlyOwnValue, isQuestionsOwn } from './own-names.js';
import type { SentenceScorer } from './sentence-scorer.js';

export type { SentenceScorer } from './sentence-scorer.js';

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

/** A retrieved paragraph with the unit chosen to answer from it. */
export interface Candidate {
  hit: RetrievedParagraph;
  unit: UnitChoice;
}

const counter = new FeatureCounter();

function readUnit(scorer: SentenceScorer, text: string, terms: Set<string>): number {
  const read = addStems(scorer, text, terms);
  read.similarity ??= scorer.lexical.cosineWith(scorer.queryVector, countTokenFeaturesInto(read.tokens, counter));
  return read.similarity;
}

function scoreUnit(scorer: SentenceScorer, paragraph: Paragraph, range: SentenceRange): UnitChoice {
  const present = new Set<string>();
  const original = quoteOf(paragraph, range);
  const translation = quoteTranslationOf(paragraph, range) ?? undefined;
  const similarity = Math.max(readUnit(scorer, original, present), translation ? readUnit(scorer, translation, present) : 0);
  const groups = groupPresence(scorer.index, scorer.terms, (term) => present.has(caseless(term)), false);
  const coverage = foundShare(groups);
  const wanted = wantedKind(scorer.type);
  const own = scorer.own;
  const isOwn = own ? (token: string) => isQuestionsOwn(token, own) : undefined;
  const kinds: Set<ValueKind> = wanted ? valueKinds(`${original}\n${translation ?? ''}`, scorer.questionWords, { counted: scorer.counted, counting: scorer.type === 'number', measured: scorer.measured, own: isOwn, countedRenderings: countedRenderings(scorer.counted, scorer.terms) }) : new Set();
  // A who-question naming a role ("who is the coach…") is answered by a person in that role, not by another one.
  const otherRole = scorer.role !== null && namesAnotherRole([original, translation ?? ''], (groups.get(stemToken(scorer.role))?.found ?? 0) > 0);
  // "who won the best film…": someone named beside another deed (who opened the festival) is not who won.
  const deed = scorer.deed;
  const deedMissing = deed != null && !tellsDeed(original, deed) && !(translation !== undefined && tellsDeed(translation, deed));
  const typed = wanted === null || (kinds.has(wanted) && !otherRole && !deedMissing && !(own && holdsOnlyOwnValue(wanted, unitTexts(original, translation), scorer.questionWords, own)));
  const countedFound = scorer.counted === null || namesCounted(scorer, scorer.counted, groups, `${original}\n${translation ?? ''}`);
  const futureMissing = scorer.future && !speaksOfFuture(original) && !(translation && speaksOfFuture(translation));
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

/**
 * The unit shown is the best when each is read with the question words of the sentence before it at a fraction
 * (sentence-before.ts); the paragraph's standing (answer order, answerability) stays that of the best unit read
 * alone, so which paragraph answers is decided as before and only what is shown of it changes.
 */
export function chooseUnit(scorer: SentenceScorer, paragraph: Paragraph): UnitChoice {
  let shown: { choice: UnitChoice; score: number } | null = null;
  let standing: UnitChoice | null = null;
  const seen = new Set<string>();
  for (const [index, sentence] of paragraph.sentences.entries()) {
    if (!/[\p{L}\p{N}]/u.test(sentence.text)) continue; // "(…)." carries nothing
    const range = answerUnit(paragraph, index);
    const key = `${range.first}:${range.last}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const choice = scoreUnit(scorer, paragraph, range);
    if (!standing || choice.score > standing.score) standing = choice;
    // The credit is at most the words the unit lacks: a unit that cannot pass the best with all of them is not read again.
    if (shown && choice.score + TUNING.answer.inheritedWords * (1 - choice.coverage) <= shown.score) continue;
    const score = choice.score + TUNING.answer.inheritedWords * inheritedShare(scorer, paragraph, range, choice.coverage);
    if (!shown || score > shown.score) shown = { choice, score };
  }
  if (!shown || !standing) return { range: { first: 0, last: 0 }, score: 0, coverage: 0, typed: false, countedFound: false, futureMissing: scorer.future, pastOnly: false, listed: false, viewed: false, groups: new Map() };
  const followed = followedOn(scorer, paragraph, widened(scorer, paragraph, shown.choice));
  const chosen = { ...followed, range: sentenceAfter(scorer, paragraph, followed.range, followed.typed) };
  const ranked = standing === shown.choice ? chosen : followedOn(scorer, paragraph, widened(scorer, paragraph, standing));
  return { ...chosen, range: ledIn(scorer, paragraph, chosen.range, chosen.coverage), score: ranked.score, coverage: ranked.coverage };
}

/**
 * The unit with the next sentence when that one points back at it («تتلخص تلك
 * الخطوات في…», "At that time, the ministry also pledged…"): it goes on about what the
 * unit says, so it joins while the two stay short.
 */
function followedOn(scorer: SentenceScorer, paragraph: Paragraph, chosen: UnitChoice): UnitChoice {
  const next = chosen.range.last + 1;
  if (next >= paragraph.sentences.length) return chosen;
  const following = answerUnit(paragraph, next);
  if (following.first > chosen.range.last) return chosen;
  const range = joinedUnit(paragraph, chosen.range.first, following.last, TUNING.answer.followChars);
  if (!range) return chosen;
  // The unit's standing (answer order, answerability) stays its own; the joined text may hold the value asked, or the future.
  const joined = scoreUnit(scorer, paragraph, range);
  const futureMissing = chosen.futureMissing && joined.futureMissing;
  return { ...chosen, range, typed: chosen.typed || joined.typed, futureMissing, pastOnly: futureMissing && (chosen.pastOnly || joined.pastOnly), listed: chosen.listed || joined.listed, viewed: chosen.viewed || joined.viewed };
}

/**
 * The best unit joined with the neighbouring unit when that one holds question
 * words the best lacks ("what sectors… in the November talks": the talks in one
 * sentence, the sectors in the next), as long as the two still read as one unit.
 */
function widened(scorer: SentenceScorer, paragraph: Paragraph, best: UnitChoice): UnitChoice {
  let chosen = best;
  const { first, last } = best.range;
  const neighbours = [
    last + 1 < paragraph.sentences.length ? answerUnit(paragraph, last + 1) : null,
    first > 0 ? answerUnit(paragraph, first - 1) : null,
  ];
  for (const neighbour of neighbours) {
    if (!neighbour) continue;
    const range = joinedUnit(paragraph, Math.min(first, neighbour.first), Math.max(last, neighbour.last), TUNING.answer.widenChars);
    if (!range) continue;
    const joined = scoreUnit(scorer, paragraph, range);
    if (joined.coverage >= chosen.coverage + TUNING.answer.widenGain) chosen = joined;
  }
  return chosen;
}
