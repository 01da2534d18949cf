/**
 * Evidence: how much of the question a paragraph actually contains. Unlike the
 * fused score it is comparable across questions, so the answerability model can
 * read it (answer/answerability.ts).
 *
 * Each question word (term group) counts with its inverse document frequency; a
 * word the corpus never contains gets the highest idf, so a question about a
 * topic absent from the articles ("inflation") scores low even when its common
 * words (the country's name) match everywhere. A word found through a paraphrase (a
 * root-mate, a corrected spelling) counts with that paraphrase's credit.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import type { Paragraph, ParagraphHead } from '../types.js';
import type { QueryTerm } from './query.js';

export interface GroupWeight {
  /** idf of the group's most specific term × the question's weight (at most 1). */
  weight: number;
  /** The best credit among its terms present in the text (0: not found). */
  found: number;
}

/**
 * Per question word (term group): its weight and how well `has` finds it. A
 * paragraph with both language views is judged on the question's own words:
 * lexicon translations are uncertain (several senses, name guesses) and would
 * let a wrong sense pass for evidence.
 */
export function groupPresence(index: ParagraphIndex, terms: QueryTerm[], has: (term: string) => boolean, ownWordsOnly: boolean): Map<string, GroupWeight> {
  const plan = planOf(index, terms, ownWordsOnly);
  const weights = plan.groups.map(({ weight }) => ({ weight, found: 0 }));
  // Made only when a synonym finds something: this runs for every paragraph and unit weighed.
  let bySynonym: Set<number> | undefined;
  let ownWordFound = false;
  for (const { term, credit, slot, sameSense } of plan.terms) {
    const group = weights[slot]!;
    if (group.found < credit && has(term)) {
      group.found = credit;
      if (sameSense) (bySynonym ??= new Set()).add(slot);
      else bySynonym?.delete(slot);
      if (credit >= 1) ownWordFound = true;
    }
  }
  // A verb's synonym (english-verb-synonyms.ts) completes a text that holds one of the question's own words; alone it
  // is no evidence: a paragraph of another matter that happens to say "begin" for the question's "started".
  if (bySynonym && !ownWordFound) for (const slot of bySynonym) weights[slot]!.found = 0;
  return new Map(plan.groups.map(({ key }, slot) => [key, weights[slot]!]));
}

/** The question's groups in order with their weights, and the terms that may find each (with their credit). */
interface GroupPlan {
  groups: { key: string; weight: number }[];
  terms: { term: string; credit: number; slot: number; sameSense: boolean }[];
}

/**
 * A group's weight depends on the question and the index, not on the text: it is worked out once per question
 * (its term list, as article-subject.ts keys its verdicts) rather than once per paragraph and unit weighed.
 */
const plans = new WeakMap<QueryTerm[], { index: ParagraphIndex; own?: GroupPlan; all?: GroupPlan }>();

function planOf(index: ParagraphIndex, terms: QueryTerm[], ownWordsOnly: boolean): GroupPlan {
  let kept = plans.get(terms);
  if (kept?.index !== index) plans.set(terms, (kept = { index }));
  const known = ownWordsOnly ? kept.own : kept.all;
  if (known) return known;
  const plan: GroupPlan = { groups: [], terms: [] };
  const slots = new Map<string, number>();
  for (const term of terms) {
    if (term.borrowed || term.frame || (ownWordsOnly && term.translated)) continue;
    let slot = slots.get(term.group);
    if (slot === undefined) {
      slots.set(term.group, (slot = plan.groups.length));
      plan.groups.push({ key: term.group, weight: 0 });
    }
    const group = plan.groups[slot]!;
    // A group weighs as much as its most specific own term: one rare translation is enough to carry it.
    if ((term.credit ?? 1) >= 1) group.weight = Math.max(group.weight, index.keyword.idf(term.term) * Math.min(1, term.weight));
    plan.terms.push({ term: term.term, credit: term.credit ?? 1, slot, sameSense: term.sameSense === true });
  }
  for (const group of plan.groups) if (group.weight === 0) group.weight = index.keyword.idf('');
  if (ownWordsOnly) kept.own = plan;
  else kept.all = plan;
  return plan;
}

/**
 * The terms `keep` keeps, one list per question term list and `key` (the filter, or the set it reads): a list
 * filtered afresh for every paragraph would have its groups planned afresh too.
 */
export function keptTerms(terms: QueryTerm[], key: object, keep: (term: QueryTerm) => boolean): QueryTerm[] {
  let byKey = subsets.get(terms);
  if (!byKey) subsets.set(terms, (byKey = new WeakMap()));
  let kept = byKey.get(key);
  if (!kept) byKey.set(key, (kept = terms.filter(keep)));
  return kept;
}

const subsets = new WeakMap<QueryTerm[], WeakMap<object, QueryTerm[]>>();

/** Share of the groups' weight found (0..1). */
export function foundShare(groups: Map<string, GroupWeight>, only?: (group: string) => boolean): number {
  let total = 0;
  let found = 0;
  for (const [key, group] of groups) {
    if (only && !only(key)) continue;
    total += group.weight;
    found += group.weight * group.found;
  }
  return total > 0 ? found / total : 0;
}

/** A membership test for the stems of both views of one of the index's paragraphs, read from its keyword rows. */
export function paragraphStems(index: ParagraphIndex, paragraph: ParagraphHead): (term: string) => boolean {
  const stems = index.paragraphStemIds(paragraph);
  const keyword = index.keyword;
  return (term) => stems.has(keyword.termId(term));
}

export function measureEvidence(index: ParagraphIndex, terms: QueryTerm[], paragraph: Paragraph): number {
  return headEvidence(index, terms, paragraph, paragraph.translation !== null);
}

/** Evidence of a paragraph known by its head: `translated` when it has both language views. */
export function headEvidence(index: ParagraphIndex, terms: QueryTerm[], paragraph: ParagraphHead, translated: boolean): number {
  return foundShare(groupPresence(index, terms, paragraphStems(index, paragraph), translated));
}
