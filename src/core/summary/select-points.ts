/**
 * Choosing the points: coverage first (in a whole-article summary every section
 * gets its most central span), then maximal marginal relevance (central, and
 * unlike what is already chosen) until the count or the length budget is
 * reached. A candidate too similar to a chosen one is never taken: no two
 * points say the same thing. The result is in article order.
 */
import type { Language } from '../types.js';
import { displayIn, type Candidate } from './candidates.js';
import { cosine } from './centrality.js';

export interface SelectionOptions {
  lang: Language;
  /** Most points to return. */
  target: number;
  /** Most characters of point text in all. */
  budget: number;
  /** Longest single point, in characters. */
  maxPointChars: number;
  /** Give each coverage group (section) a point before filling by centrality. */
  coverGroups: boolean;
  /** Multiplier on centrality (topic relevance); candidates at 0 are left out. */
  relevance?: (candidate: Candidate) => number;
}

const LAMBDA = 0.7;
/** Each point already taken from a section (and again from a paragraph) scales the next one's score by this: parts share the summary. */
const SAME_GROUP_FACTOR = 0.7;
/** Cosine above which two spans count as saying the same thing. */
export const REDUNDANT_SIMILARITY = 0.45;

const overlaps = (left: Candidate, right: Candidate) =>
  left.paragraph === right.paragraph && left.first <= right.last && right.first <= left.last;

export function selectPoints(candidates: Candidate[], options: SelectionOptions): Candidate[] {
  const length = (candidate: Candidate) => displayIn(candidate, options.lang)?.length ?? Infinity;
  const score = new Map(candidates.map((candidate) => [candidate, candidate.centrality * (options.relevance?.(candidate) ?? 1)]));
  const usable = candidates.filter((candidate) => score.get(candidate)! > 0 && Number.isFinite(length(candidate)));
  // A paragraph whose every span is long still gets its shortest one, so coverage never loses a section.
  const shortestPerParagraph = new Map<unknown, Candidate>();
  for (const candidate of usable) {
    const best = shortestPerParagraph.get(candidate.paragraph);
    if (!best || length(candidate) < length(best)) shortestPerParagraph.set(candidate.paragraph, candidate);
  }
  const pool = usable.filter((candidate) => length(candidate) <= options.maxPointChars || shortestPerParagraph.get(candidate.paragraph) === candidate);
  const topScore = Math.max(0, ...pool.map((candidate) => score.get(candidate)!)) || 1;

  const chosen: Candidate[] = [];
  let used = 0;
  const similarity = (candidate: Candidate) => Math.max(0, ...chosen.map((other) => cosine(candidate.vector, other.vector)));
  const admissible = (candidate: Candidate, budget: number) =>
    !chosen.some((other) => overlaps(other, candidate)) && length(candidate) <= budget && similarity(candidate) < REDUNDANT_SIMILARITY;
  const groupShare = (candidate: Candidate) =>
    SAME_GROUP_FACTOR ** chosen.filter((other) => other.group === candidate.group).length *
    SAME_GROUP_FACTOR ** chosen.filter((other) => other.paragraph === candidate.paragraph).length;
  const marginal = (candidate: Candidate) =>
    LAMBDA * (score.get(candidate)! / topScore) * groupShare(candidate) - (1 - LAMBDA) * similarity(candidate);
  const best = (options: Candidate[]) =>
    options.reduce<Candidate | null>((winner, candidate) => (!winner || marginal(candidate) > marginal(winner) ? candidate : winner), null);
  const take = (candidate: Candidate) => {
    chosen.push(candidate);
    used += length(candidate);
  };

  if (options.coverGroups) {
    const groups = rankGroups(pool, score, options.target);
    const share = options.budget / Math.max(1, groups.length);
    for (const group of groups) {
      const members = pool.filter((candidate) => candidate.group === group && admissible(candidate, options.budget - used));
      const withinShare = members.filter((candidate) => length(candidate) <= share);
      const pick = best(withinShare) ?? members.reduce<Candidate | null>((short, c) => (!short || length(c) < length(short) ? c : short), null);
      if (pick) take(pick);
    }
  }
  while (chosen.length < options.target) {
    const pick = best(pool.filter((candidate) => admissible(candidate, options.budget - used)));
    if (!pick) break;
    take(pick);
  }
  return chosen.sort((left, right) => left.order - right.order);
}

/** Groups in article order; when there are more groups than points, only the most central ones. */
function rankGroups(pool: Candidate[], score: Map<Candidate, number>, limit: number): string[] {
  const bestByGroup = new Map<string, number>();
  for (const candidate of pool) bestByGroup.set(candidate.group, Math.max(bestByGroup.get(candidate.group) ?? 0, score.get(candidate)!));
  const groups = [...bestByGroup.keys()];
  if (groups.length <= limit) return groups;
  const kept = new Set([...groups].sort((left, right) => bestByGroup.get(right)! - bestByGroup.get(left)!).slice(0, limit));
  return groups.filter((group) => kept.has(group));
}
