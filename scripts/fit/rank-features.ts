/**
 * What a learned answer order (scripts/fit-ranker.ts) reads from each candidate
 * beside the fused retrieval score and the unit score the hand-set order sums:
 *
 * - rare-word coverage: the question's words weighed by idf squared, and by
 *   idf times how few of this question's candidates hold them (the topic's
 *   name, which every paragraph of its article repeats, counts for little);
 *   read in the paragraph and in its best unit;
 * - proximity: the shortest run of words holding every question word the
 *   paragraph has, a classic passage feature (the topic named in one sentence
 *   and the detail asked in another is a weaker answer);
 * - answer-type distance: for a when / how many / who / where question, how
 *   close a value of that kind stands to a question word few candidates share;
 * - the title's share of the question, the lead paragraph, the paragraph's length;
 * - sentence features (sentence-features.ts): the question's words beside a value of the asked kind in one
 *   sentence, and the question's word order kept in one sentence.
 */
import type { Candidate } from '../../src/core/answer/candidates.js';
import { quoteOf } from '../../src/core/answer/citations.js';
import type { SentenceScorer } from '../../src/core/answer/sentence-choice.js';
import { readWords, wantedKind, YEAR, type ValueKind, type ValueWord } from '../../src/core/answer/values.js';
import { titleTerms } from '../../src/core/retrieval/article-titles.js';
import { stemToken } from '../../src/core/text/tokenize.js';
import { sentenceFeatures } from './sentence-features.js';

export const RANK_FEATURES = ['retrieval', 'unit', 'leader', 'evidence', 'coverage', 'similarity', 'rareParagraph', 'rareUnit', 'distinctParagraph', 'distinctUnit', 'proximity', 'typedUnit', 'typeNear', 'title', 'lead', 'length', 'typedSentence', 'typedSentenceRare', 'sentenceShare', 'orderedRun', 'phraseRun'] as const;
export type RankFeatureName = (typeof RANK_FEATURES)[number];

/** What every candidate of one question is read against: the question's terms, type and own words. */
type RankContext = SentenceScorer;

interface Groups {
  /** Stem → the question word (group) it stands for, with the credit of finding it. */
  byStem: Map<string, { group: string; credit: number }>;
  /** Group → idf. */
  weight: Map<string, number>;
}

const groupsOf = new WeakMap<RankContext, Groups>();

function questionGroups(context: RankContext): Groups {
  let groups = groupsOf.get(context);
  if (groups) return groups;
  groups = { byStem: new Map(), weight: new Map() };
  for (const term of context.terms) {
    if (term.borrowed || term.term.includes(' ')) continue;
    const credit = term.credit ?? 1;
    const known = groups.byStem.get(term.term);
    if (!known || known.credit < credit) groups.byStem.set(term.term, { group: term.group, credit });
    if (credit >= 1) groups.weight.set(term.group, Math.max(groups.weight.get(term.group) ?? 0, context.index.keyword.idf(term.term)));
  }
  groupsOf.set(context, groups);
  return groups;
}

/** A word that can be the value a question of this kind asks for. */
function isValueOf(word: ValueWord, kind: ValueKind): boolean {
  const numeral = /^\d+$/.test(word.token);
  switch (kind) {
    case 'number':
      return (numeral && !YEAR.test(word.token)) || word.kinds.some((value) => value === 'number' || value === 'ordinal' || value === 'unit');
    case 'date':
      return (numeral && YEAR.test(word.token)) || word.kinds.some((value) => value === 'month' || value === 'weekday' || value === 'season' || value === 'date_word');
    case 'person':
    case 'place':
    case 'organisation':
      return word.nameLike || (word.capitalised && !word.first) || word.kinds.includes(kind === 'person' ? 'title' : kind);
    default:
      return word.kinds.includes(kind);
  }
}

/** What one text holds: the question words found (group → credit), where they stand, and where the asked values stand. */
interface ViewReading {
  found: Map<string, number>;
  positions: { position: number; group: string }[];
  values: number[];
}

function readView(context: RankContext, text: string): ViewReading {
  const { byStem } = questionGroups(context);
  const reading: ViewReading = { found: new Map(), positions: [], values: [] };
  const kind = wantedKind(context.type);
  readWords(text).forEach((word, position) => {
    const match = byStem.get(stemToken(word.token));
    if (match) {
      reading.found.set(match.group, Math.max(reading.found.get(match.group) ?? 0, match.credit));
      reading.positions.push({ position, group: match.group });
    } else if (kind && !context.questionWords.has(word.token) && isValueOf(word, kind)) reading.values.push(position);
  });
  return reading;
}

/** Share of `weights` whose group the text holds, each at its credit. */
function share(weights: Map<string, number>, found: Map<string, number>): number {
  let total = 0;
  let covered = 0;
  for (const [group, weight] of weights) {
    total += weight;
    covered += weight * (found.get(group) ?? 0);
  }
  return total > 0 ? covered / total : 0;
}

/** 1 / (1 + the fewest words between an asked value and a question word of `groups`), 0 without one. */
function valueNearness(reading: ViewReading, groups: (group: string) => boolean): number {
  let nearest = Infinity;
  for (const value of reading.values) for (const { position, group } of reading.positions) if (groups(group)) nearest = Math.min(nearest, Math.abs(value - position));
  return nearest === Infinity ? 0 : 1 / (1 + nearest);
}

/** Distinct matched words over the length of the shortest run holding all of them (0 with fewer than two). */
function compactness(positions: { position: number; group: string }[], distinct: number): number {
  if (distinct < 2) return 0;
  const inWindow = new Map<string, number>();
  let shortest = Infinity;
  let start = 0;
  for (let end = 0; end < positions.length; end += 1) {
    inWindow.set(positions[end]!.group, (inWindow.get(positions[end]!.group) ?? 0) + 1);
    while (inWindow.size === distinct) {
      shortest = Math.min(shortest, positions[end]!.position - positions[start]!.position + 1);
      const group = positions[start]!.group;
      const left = inWindow.get(group)! - 1;
      if (left === 0) inWindow.delete(group);
      else inWindow.set(group, left);
      start += 1;
    }
  }
  return distinct / shortest;
}

/** The features of each candidate (in retrieval order), by RANK_FEATURES. */
export function rankFeatures(context: RankContext, items: Candidate[], question: string): Record<RankFeatureName, number>[] {
  const maxScore = Math.max(...items.map((item) => item.hit.score)) || 1;
  const maxUnit = Math.max(...items.map((item) => item.unit.score)) || 1;
  const wanted = wantedKind(context.type) !== null;
  const { weight } = questionGroups(context);
  const readings = items.map((item) => {
    const views = [item.hit.paragraph.text, item.hit.paragraph.translation ?? ''].filter((text) => text).map((text) => readView(context, text));
    const found = new Map<string, number>();
    for (const view of views) for (const [group, credit] of view.found) found.set(group, Math.max(found.get(group) ?? 0, credit));
    return { views, found, unit: readView(context, quoteOf(item.hit.paragraph, item.unit.range)) };
  });
  // A question word most candidates share (the topic's name) says little about which one answers; the words only
  // some of them hold do. Each word weighs its idf times its rarity among this question's candidates.
  const holders = new Map<string, number>();
  for (const reading of readings) for (const group of reading.found.keys()) holders.set(group, (holders.get(group) ?? 0) + 1);
  const distinctive = new Map([...holders].map(([group, count]) => [group, (weight.get(group) ?? 0) * Math.log(1 + items.length / count)]));
  const rare = new Map([...weight].map(([group, idf]) => [group, idf * idf]));
  const sharedByFew = (group: string) => (holders.get(group) ?? 0) < items.length;
  const sentenceContext = { byStem: questionGroups(context).byStem, weight, distinctive, kind: wantedKind(context.type), questionWords: context.questionWords, question, isValueOf };
  return items.map((item, position) => {
    const reading = readings[position]!;
    const title = titleTerms(item.hit.article);
    return {
      retrieval: item.hit.score / maxScore,
      unit: item.unit.score / maxUnit,
      leader: position === 0 ? 1 : 0,
      evidence: item.hit.evidence,
      coverage: item.unit.coverage,
      similarity: item.hit.similarity,
      rareParagraph: share(rare, reading.found),
      rareUnit: share(rare, reading.unit.found),
      distinctParagraph: share(distinctive, reading.found),
      distinctUnit: share(distinctive, reading.unit.found),
      proximity: Math.max(0, ...reading.views.map((view) => compactness(view.positions, view.found.size))),
      typedUnit: wanted && item.unit.typed ? 1 : 0,
      typeNear: Math.max(0, ...reading.views.map((view) => valueNearness(view, sharedByFew))),
      title: share(weight, new Map([...weight.keys()].filter((group) => title.has(group)).map((group) => [group, 1]))),
      lead: item.hit.paragraph.number === 1 ? 1 : 0,
      length: Math.log(1 + item.hit.paragraph.text.length) / 10,
      ...sentenceFeatures(sentenceContext, [item.hit.paragraph.text, item.hit.paragraph.translation ?? ''].filter((text) => text)),
    };
  });
}
