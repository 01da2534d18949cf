/**
 * Picks the answer unit of a paragraph (units.ts): the unit that scores best (unit-score.ts: the question words it
 * covers, the closest wording, a value of the kind asked), each unit also credited with the question words of the
 * sentence before it at a fraction (its subject is often named there: sentence-before.ts); shown with the next
 * sentence when that one points back at it or gives the cause or the quoted words asked (sentence-after.ts), and with
 * the sentence before when that one names question words it lacks, while the two stay short.
 */
import { TUNING } from '../tuning.js';
import type { RetrievedParagraph } from '../retrieval/retriever.js';
import type { Paragraph } from '../types.js';
import { inheritedShare, ledIn } from './sentence-before.js';
import { answerUnit, joinedUnit } from './units.js';
import { sentenceAfter } from './sentence-after.js';
import { scoreUnit, type UnitChoice } from './unit-score.js';
import type { SentenceScorer } from './sentence-scorer.js';

export type { SentenceScorer } from './sentence-scorer.js';
export type { UnitChoice } from './unit-score.js';

/** A retrieved paragraph with the unit chosen to answer from it. */
export interface Candidate {
  hit: RetrievedParagraph;
  unit: UnitChoice;
}

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
  const chosen = sentenceAfter(scorer, paragraph, followed);
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
