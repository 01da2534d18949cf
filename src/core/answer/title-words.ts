/**
 * The article's headline words as said in every sentence, when the shown unit of a paragraph is picked
 * (sentence-choice.ts). A headline names the subject ("Amazon rainforest", «صراع العروش») and a paragraph's
 * lead sentence often repeats it, while the sentence that answers speaks of it as "this region" or not at all:
 * counted only where written, the subject's words would make the lead the answer to every question on the
 * subject. Answerability reads the headline so already (answerability.ts); here it only levels what is shown.
 * A question asking what the headline's subject is («ما هو الجرب؟») is the exception: the sentence naming the
 * subject is the one that says what it is.
 */
import { groupPresence, type GroupWeight } from '../retrieval/evidence.js';
import { titleTerms } from '../retrieval/article-titles.js';
import type { ArticleHead } from '../types.js';
import type { SentenceScorer } from './sentence-scorer.js';

/** The question's word groups the headline holds, and how well (per question and article: read once). */
const titleGroups = new WeakMap<SentenceScorer, Map<ArticleHead, Map<string, GroupWeight>>>();

function groupsOfTitle(scorer: SentenceScorer, article: ArticleHead): Map<string, GroupWeight> {
  let byArticle = titleGroups.get(scorer);
  if (!byArticle) titleGroups.set(scorer, (byArticle = new Map()));
  let groups = byArticle.get(article);
  if (!groups) {
    const title = titleTerms(article);
    byArticle.set(article, (groups = groupPresence(scorer.index, scorer.terms, (term) => title.has(term), false)));
  }
  return groups;
}

/**
 * The question's groups the article's headline says, or null when it is not to be read (no article, or a question
 * asking what the headline's subject is).
 */
export function headlineGroups(scorer: SentenceScorer, article: ArticleHead | undefined): ReadonlyMap<string, GroupWeight> | null {
  if (!article) return null;
  const subject = scorer.subject ?? [];
  if (subject.length > 0 && subject.every((term) => titleTerms(article).has(term))) return null;
  return groupsOfTitle(scorer, article);
}

/**
 * What a unit gains from the words it lacks that others say: each word credited by the best of the lenders (the
 * sentence before, the headline), at that lender's weight, as a share of the question's words.
 */
export function lentShare(unit: ReadonlyMap<string, GroupWeight>, lenders: { groups: ReadonlyMap<string, GroupWeight> | null; weight: number }[]): number {
  let total = 0;
  let lent = 0;
  for (const [key, group] of unit) {
    total += group.weight;
    let best = 0;
    for (const lender of lenders) best = Math.max(best, lender.weight * Math.max(0, (lender.groups?.get(key)?.found ?? 0) - group.found));
    lent += group.weight * best;
  }
  return total > 0 ? lent / total : 0;
}
