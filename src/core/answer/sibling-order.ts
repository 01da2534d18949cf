/**
 * Between two paragraphs of one article, the one whose unit answers. A short
 * report's opening paragraph repeats its headline's names ("Almaty metro …"),
 * so retrieval ranks it above the paragraph that holds the value asked ("Trains
 * will run every six minutes"). Compared on their shared names the lead wins;
 * compared on what tells them apart — the question's words one unit finds and
 * the other does not, leaving out the names and the headline's words, which
 * every paragraph of the report is about (found by any of their terms, so also
 * through the lexicon across languages: article-topic.ts) — the sibling holding a value of the
 * kind asked wins. Only siblings are compared: across articles the names are
 * what decides.
 *
 * Whatever the question asks, a lead holding none of the question's distinguishing
 * words ("who is the ferry's manager?" of a lead naming the ferry and who launched it)
 * yields to the sibling close behind that holds some: the lead was first for the
 * names alone. A lead holding a value of the kind asked (a number, a date, a place:
 * a report's lead gives its own, "for ten days", "47 degrees") yields only to a sibling
 * holding one too, naming what a "how many" question counts, and finding a word of the
 * question as specific as a rare word (a share of the highest idf): a common word the
 * lead lacks ("new", "cause") is no sign that the sibling tells what is asked.
 */
import type { GroupWeight } from '../retrieval/evidence.js';
import { TUNING } from '../tuning.js';
import { articleTopic } from './article-topic.js';
import type { Candidate } from './sentence-choice.js';
import type { SentenceScorer } from './sentence-scorer.js';
import { wantedKind } from './values.js';

/** The weight of the question's words `own` finds and `other` lacks, except those `shared` says every paragraph is about. */
function distinguishing(own: ReadonlyMap<string, GroupWeight>, other: ReadonlyMap<string, GroupWeight>, shared: (group: string) => boolean): number {
  let weight = 0;
  for (const [group, presence] of own) {
    if (presence.found > 0 && !((other.get(group)?.found ?? 0) > 0) && !shared(group)) weight += presence.weight * presence.found;
  }
  return weight;
}

/** Kinds of value a report's lead often gives itself (its headline figure, day, place): a lead holding one yields less readily. */
const LEAD_KINDS: ReadonlySet<string> = new Set(['number', 'date', 'place']);

/** The ordered candidates with the first one's sibling ahead of it when one of the two rules below says so. */
export function siblingFirst(ordered: Candidate[], scorer: SentenceScorer): Candidate[] {
  const leadYielded = leadYields(ordered, scorer);
  return leadYielded === ordered ? typedSiblingFirst(ordered, scorer) : leadYielded;
}

/**
 * The first candidate, when it is its article's lead, after the sibling within reach holding the most of the question's
 * distinguishing words, among those lacking none the lead's unit holds (holding a value of the kind asked if the lead
 * does, and not only a past event when the lead tells the future; for a lead holding a number, date or place asked,
 * naming what is counted and outweighing the bar below).
 */
function leadYields(ordered: Candidate[], scorer: SentenceScorer): Candidate[] {
  const [top] = ordered;
  if (!top || top.hit.paragraph.number !== 1) return ordered;
  const wanted = wantedKind(scorer.type) !== null;
  const valued = top.unit.typed && LEAD_KINDS.has(scorer.type);
  const bar = valued ? TUNING.answer.leadValueYield * scorer.index.keyword.idf('') : 0;
  const article = top.hit.article;
  const shared = articleTopic(scorer, article);
  const reach = Math.min(ordered.length, TUNING.answer.siblingReach + 1);
  let chosen = 0;
  let chosenWeight = 0;
  for (let position = 1; position < reach; position++) {
    const sibling = ordered[position]!;
    if (sibling.hit.article.meta.id !== article.meta.id || (wanted && top.unit.typed && !sibling.unit.typed) || (sibling.unit.pastOnly && !top.unit.pastOnly)) continue;
    if ((valued && !sibling.unit.countedFound) || distinguishing(top.unit.groups, sibling.unit.groups, shared) > 0) continue;
    const weight = distinguishing(sibling.unit.groups, top.unit.groups, shared);
    if (weight > chosenWeight && weight >= bar) {
      chosen = position;
      chosenWeight = weight;
    }
  }
  return chosen === 0 ? ordered : [ordered[chosen]!, ...ordered.slice(0, chosen), ...ordered.slice(chosen + 1)];
}

/**
 * The ordered candidates with the first one's sibling ahead of it when the first's unit lacks a value of the kind
 * asked, the sibling's holds one, and the sibling finds more of the question's distinguishing words.
 */
function typedSiblingFirst(ordered: Candidate[], scorer: SentenceScorer): Candidate[] {
  const [top] = ordered;
  // A lead holding a value of the kind asked keeps its place: it may be the answer ("when did it reopen?").
  if (!top || top.unit.typed || wantedKind(scorer.type) === null) return ordered;
  const article = top.hit.article;
  const shared = articleTopic(scorer, article);
  const reach = Math.min(ordered.length, TUNING.answer.siblingReach + 1);
  for (let position = 1; position < reach; position++) {
    const sibling = ordered[position]!;
    if (sibling.hit.article.meta.id !== article.meta.id || !sibling.unit.typed || (sibling.unit.pastOnly && !top.unit.pastOnly)) continue;
    if (distinguishing(sibling.unit.groups, top.unit.groups, shared) <= distinguishing(top.unit.groups, sibling.unit.groups, shared)) return ordered;
    return [sibling, ...ordered.slice(0, position), ...ordered.slice(position + 1)];
  }
  return ordered;
}
