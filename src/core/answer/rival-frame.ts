/**
 * What another subject's paragraph tells of the question. A question naming one subject ("how many incubators does
 * the Mombasa hospital have?") is often matched best by a paragraph of the same kind about another (Salalah's
 * hospital "with forty incubators"): that one cannot answer (article-subject.ts), and the asked subject's article
 * answers only when it speaks of what the passages found were matched on: each question word a retrieved unit holds,
 * somewhere in the article («ترامواي» for a tram's cost, which a stadium's report lacks), and the most specific word,
 * names aside, that the other subject's unit holds, in its own unit. Without them, the asked subject's article lacks
 * the fact the other one gives, and the question is not answered.
 */
import { articleHolds } from './article-subject.js';
import { groupPresence } from '../retrieval/evidence.js';
import type { Candidate } from './sentence-choice.js';
import type { SentenceScorer } from './sentence-scorer.js';

/** Whether `answer` speaks of what `rival`, another subject's paragraph, and the other `candidates` were matched on. */
export function holdsRivalFocus(scorer: Pick<SentenceScorer, 'index' | 'terms' | 'names'>, answer: Candidate, rival: Candidate, candidates: readonly Candidate[]): boolean {
  const inArticle = groupPresence(scorer.index, scorer.terms, articleHolds(scorer.index, answer.hit.article), false);
  const found = (groups: ReadonlyMap<string, { found: number }> | undefined, group: string) => (groups?.get(group)?.found ?? 0) > 0;
  for (const candidate of candidates) for (const group of candidate.unit.groups.keys()) if (found(candidate.unit.groups, group) && !found(inArticle, group)) return false;
  let focus: string | null = null;
  let weight = 0;
  for (const [group, presence] of rival.unit.groups) {
    if (presence.found === 0 || scorer.names.has(group) || presence.weight <= weight) continue;
    focus = group;
    weight = presence.weight;
  }
  return focus === null || found(answer.unit.groups, focus);
}
