/**
 * The candidates of an offline answer: each retrieved paragraph with its best
 * answer unit (sentence-choice.ts), in answer order. Whether one answers:
 * answer-confidence.ts.
 */
import type { RetrievedParagraph } from '../retrieval/retriever.js';
import { TUNING } from '../tuning.js';
import { carriedNames, carriedScene } from '../retrieval/carried-words.js';
import { valueBesideVerb } from './verb-value.js';
import { chooseUnit, type Candidate, type SentenceScorer } from './sentence-choice.js';
import { siblingFirst } from './sibling-order.js';
import { shorterCopyFirst } from './shorter-copy.js';
import { otherArticleSubject } from './article-subject.js';

export type { Candidate } from './sentence-choice.js';
export { answerConfidence } from './answer-confidence.js';
export { candidateFeatures, phrasesOf, type Focus } from './candidate-features.js';

/** The retrieved paragraphs with their best units, in retrieval order. */
export function withUnits(input: { retrieved: RetrievedParagraph[]; scorer: SentenceScorer }): Candidate[] {
  return input.retrieved.map((hit) => ({ hit, unit: chooseUnit(input.scorer, hit.paragraph) }));
}

/** The retrieved paragraphs with their best units, in answer order (see answerOrder). */
export function rankCandidates(input: { retrieved: RetrievedParagraph[]; scorer: SentenceScorer }): AnswerOrder {
  return answerOrder(withUnits(input), input.scorer);
}

/**
 * Each candidate's unit score, a paragraph that continues a retrieved one («وأضاف…», "She added…") credited with the
 * question's names it takes from that one (carried-words.ts), as retrieval credits it: otherwise the unit of the
 * paragraph before, which says the names, outranks the one that answers for saying them; likewise all the question's
 * words when the continuation tells the question's event (its predicate) and the paragraph before only sets the scene.
 * Only against a retrieved
 * paragraph before: with that one missing, the continuation competes with other passages, whose units hold the
 * names they are credited for.
 */
function carriedUnitScores(candidates: Candidate[], scorer: SentenceScorer, weight: number, sceneWeight: number): (item: Candidate) => number {
  const retrieved = new Set(candidates.map(({ hit }) => `${hit.article.meta.id}#${hit.paragraph.number}`));
  const scores = new Map<Candidate, number>();
  for (const item of candidates) {
    const { article, paragraph } = item.hit;
    const continues = retrieved.has(`${article.meta.id}#${paragraph.number - 1}`);
    const scene = continues && scorer.predicate ? sceneWeight * carriedScene(scorer.index, scorer.terms, scorer.predicate, article, paragraph) : 0;
    scores.set(item, item.unit.score + scene + (continues ? weight * carriedNames(scorer.index, scorer.terms, scorer.names, article, paragraph) : 0));
  }
  return (item) => scores.get(item) ?? item.unit.score;
}

/** A subjectless question's passage holding a value of the kind asked beside its verb (verb-value.ts) gains the tuned weight. */
function verbValueScores(candidates: Candidate[], scorer: SentenceScorer): (item: Candidate) => number {
  const stems = scorer.verbStems;
  if (!stems || (scorer.type !== 'date' && scorer.type !== 'number')) return () => 0;
  const kind = scorer.type;
  const holding = new Set(candidates.filter((item) => valueBesideVerb(item.hit.paragraph.text, stems, kind)));
  return (item) => (holding.has(item) ? TUNING.answer.order.verbValue : 0);
}

/** Candidates (retrieval order, units chosen) in answer order. */
export function orderCandidates(candidates: Candidate[], scorer: SentenceScorer): Candidate[] {
  return answerOrder(candidates, scorer).ordered;
}

export interface AnswerOrder {
  ordered: Candidate[];
  /** The candidate that leads on wording alone when its article is another subject's than the one asked, else null. */
  rival: Candidate | null;
}

/**
 * A question naming what another article's headline is about (a city, a person) is answered from an article that
 * names it: a paragraph of the same kind in an article that never does (another city's cost) cannot answer it
 * (answer-confidence.ts) and comes after, whatever wording it shares with the question (article-subject.ts). When such
 * a paragraph led, it is kept as the rival: what it was matched on tells what the answer must speak of
 * (extractive.ts).
 */
export function answerOrder(candidates: Candidate[], scorer: SentenceScorer): AnswerOrder {
  const sorted = byWording(candidates, scorer);
  const aboutAsked = (item: Candidate) => otherArticleSubject(scorer.index, scorer.terms, item.hit.article, item.hit.paragraph.translation !== null) < TUNING.answer.otherSubject;
  const named = sorted.filter(aboutAsked);
  const rival = named.length > 0 && !aboutAsked(sorted[0]!) ? sorted[0]! : null;
  // The lead of a short report repeats its headline's names; its sibling holding the value asked answers (sibling-order.ts).
  // A paragraph repeating a shorter one of its article word for word (a lead told again) yields to it (shorter-copy.ts).
  return { ordered: shorterCopyFirst(siblingFirst([...named, ...sorted.filter((item) => !aboutAsked(item))], scorer)), rival };
}

/** Candidates in the order their wording and units answer the question. */
function byWording(candidates: Candidate[], scorer: SentenceScorer): Candidate[] {
  // Paragraph relevance decides most of the order; how well its best unit answers breaks near-ties,
  // so a long paragraph holding the exact answer is not outranked by a short one that merely shares names.
  const maxScore = Math.max(...candidates.map((item) => item.hit.score)) || 1;
  const maxUnit = Math.max(...candidates.map((item) => item.unit.score)) || 1;
  const { paragraph, unit, carried, scene } = TUNING.answer.order;
  const unitScore = carriedUnitScores(candidates, scorer, carried, scene);
  // A question asking for several things ("what sectors…") is answered by the unit that lists them before the one
  // that says there were many ("the agenda was wide-ranging"), often its paragraph's neighbour and less like the question.
  const listed = (item: Candidate) => (item.unit.listed ? TUNING.answer.list.order : 0);
  // A question asking how someone sees something is answered by the unit that gives a view («يرى في الاتفاق فرصة»)
  // before the one that names the same people, often its paragraph's neighbour, without saying what they think.
  const viewed = (item: Candidate) => (item.unit.viewed ? TUNING.answer.view.order : 0);
  const verbValue = verbValueScores(candidates, scorer);
  const order = (item: Candidate) => paragraph * (item.hit.score / maxScore) + unit * (unitScore(item) / maxUnit) + listed(item) + viewed(item) + verbValue(item);
  // A cost question («كم يكلف…», "how much … cost") is answered only by a unit that speaks of cost with an amount
  // (values.ts): those come first, whatever else the others share with the question.
  const answersMeasure = (item: Candidate) => (scorer.measured && item.unit.typed ? 1 : 0);
  // A question about what will happen is not answered by a unit reporting a dated past event: those come last.
  const reportsFuture = (item: Candidate) => (item.unit.pastOnly ? 0 : 1);
  return [...candidates].sort(
    (left, right) => answersMeasure(right) - answersMeasure(left) || reportsFuture(right) - reportsFuture(left) || order(right) - order(left),
  );
}
