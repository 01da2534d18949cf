/**
 * Whether a candidate answers: the model's probability over its features (candidate-features.ts), and the rules
 * that refuse before the model (a dated past for a future question, or a unit with neither the value asked nor the
 * future; an uncovered focus or topic; another article's subject; someone else named; a country the article never
 * names while set in another).
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { paragraphStems } from '../retrieval/evidence.js';
import { TUNING } from '../tuning.js';
import type { AnswerType } from '../types.js';
import { answerProbability, type AnswerabilityFeatures } from './answerability-model.js';
import { definesTerm } from './defines-term.js';
import { viewsOf } from './normalized-paragraph.js';
import { namesSomeoneElse } from './rival-names.js';
import { asksOfAnotherCountry } from './article-countries.js';
import type { Candidate } from './sentence-choice.js';
import { quoteOf, quoteTranslationOf } from './citations.js';
import type { Focus } from './candidate-features.js';
import { rankedNouns, tellsAnotherRank } from '../question/ranked-nouns.js';

/** The unit, or its rendering, names a word the question ranks with only another rank. */
function tellsOtherRank(asked: ReadonlyMap<string, ReadonlySet<number>>, candidate: Candidate): boolean {
  const { paragraph } = candidate.hit;
  return [quoteOf(paragraph, candidate.unit.range), quoteTranslationOf(paragraph, candidate.unit.range) ?? ''].some((text) => tellsAnotherRank(asked, rankedNouns(text)));
}

const ASKS_FOR_SOMEONE: ReadonlySet<AnswerType> = new Set(['person', 'organisation', 'definition', 'other']);

/**
 * How sure the answer is: the model's probability, except that a unit speaking of someone the question does not
 * name, while a name the question asks about is missing, never answers — a question about one person's visits is
 * not answered with another's, however much else it shares (a rule, not a weight: the development sets hold too
 * few such traps for the model to learn it). A question asking who, or what something is called, is answered by
 * naming someone it does not, and a question naming more than a two-word name and a place lists several subjects
 * ("… about Russia, China and the United Nations?") no one paragraph holds: the rule leaves both to the model.
 * Likewise a question about the future is never answered by a unit reporting a dated past event, and a question
 * naming what another article's headline is about by an article that never names it.
 */
export function answerConfidence(index: ParagraphIndex, features: AnswerabilityFeatures, candidate: Candidate, focus: Focus, type: AnswerType): number {
  // A question about what will happen ("when will she visit again?") is not answered with what happened, on a date; a
  // unit with no date and no future («the prime field is the smallest subfield…») is left to the model.
  if (candidate.unit.pastOnly) return 0;
  // "when will the bus line open?" is not answered by a unit holding no date and nothing of the future ("parents
  // complained of the lack of a bus line"): what it shares with the question is its subject, not its answer.
  if (candidate.unit.futureMissing && !candidate.unit.typed) return 0;
  // "how do i reset my router?", «وش افضل جوال؟»: a report tells what happened, not what the asker should do or choose.
  if (focus.asksAdvice) return 0;
  // «شو رأيك…؟», "who made you?": no report says what the bot is or thinks.
  if (focus.asksBot) return 0;
  // "what's a union?": a passage that only uses the word does not say what it means (defines-term.ts). Across
  // languages (an English question over an untranslated Arabic passage) a definition cannot be seen: the model decides.
  if (focus.meaningAsked && features.crossLingual === 0 && !definesTerm(candidate.hit.paragraph, focus.meaningAsked)) return 0;
  // "is leeds a nice city to live in?": a report judges no taste of its own; only a passage quoting the judgement answers.
  if (focus.tasteWords.length > 0 && !focus.tasteWords.some((word) => viewsOf(candidate.hit.paragraph).includes(` ${word} `))) return 0;
  // "what's the weather in almaty today", "what time is it in rabat": an archive of reports holds no live fact.
  if (focus.asksLiveFact) return 0;
  // "the third line" is not answered by a unit telling the second line's cost (ranked-nouns.ts); a yes/no question asking
  // of a rank is answered "no" by another one (verdict.ts).
  if (type !== 'yes_no' && focus.rankedNouns.size > 0 && tellsOtherRank(focus.rankedNouns, candidate)) return 0;
  if (focus.uncoveredFocus && !focus.uncoveredFocus.some(paragraphStems(index, candidate.hit.paragraph))) return 0;
  // "who won the world cup?" over reports that never speak of a cup: a paragraph sharing the rest ("won") tells of
  // something else. Across languages a word the lexicon misses may only be rendered otherwise: the model decides.
  if (focus.uncoveredTopic && features.crossLingual === 0) return 0;
  // A name another article's headline holds, which this whole article lacks, says the question is about that article's
  // subject: a paragraph of the same kind here (another city's cost) does not answer it (article-subject.ts).
  if (features.otherSubject >= TUNING.answer.otherSubject) return 0;
  // A country the question names that this article, set in another, never names: the same event elsewhere
  // (article-countries.ts). Across languages only in a report filed from a place (a dateline): "what did the jordanian
  // union say…" over an untranslated Palestinian report is no more answered than in Arabic, while a text with no
  // dateline (an encyclopaedia's) names countries in passing, in forms the tables may lack in the other language
  // («النمساوية», «المغول»).
  const acrossLanguages = features.crossLingual === 1 && candidate.hit.article.meta.dateline !== undefined;
  if ((features.crossLingual === 0 || acrossLanguages) && asksOfAnotherCountry(index, focus.questionWords, candidate.hit.article)) return 0;
  // A passage read in the question's language that shares almost no wording with it answers another question: what
  // matched is a common word or a guessed spelling (surfaceFloor in tuning.ts). A similarity of 0 compared nothing (only
  // the paragraph's view in the other language was retrieved), and the model decides.
  if (features.crossLingual === 0 && features.similarity > 0 && features.similarity < TUNING.answer.surfaceFloor) return 0;
  const someoneElse = () => namesSomeoneElse(candidate.hit.paragraph, candidate.unit.range, candidate.hit.article.meta.language, focus.questionWords);
  if (features.nameMissing === 1 && focus.names.size <= TUNING.answer.oneSubjectNames && !ASKS_FOR_SOMEONE.has(type) && someoneElse()) return 0;
  // The same for the subject of the question's verb that no paragraph names, where the unit tells that verb of someone else.
  const tellsPredicate = focus.predicate !== null && (candidate.unit.groups.get(focus.predicate)?.found ?? 0) > 0;
  if (focus.unknownSubject && tellsPredicate && !ASKS_FOR_SOMEONE.has(type) && someoneElse()) return 0;
  return answerProbability(features);
}
