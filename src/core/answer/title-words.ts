/**
 * The article's headline words as said in every sentence, when the shown unit of a paragraph is picked
 * (sentence-choice.ts). A headline names the subject ("Amazon rainforest", «صراع العروش») and a paragraph's
 * lead sentence often repeats it, while the sentence that answers speaks of it as "this region" or not at all:
 * counted only where written, the subject's words would make the lead the answer to every question on the
 * subject. Answerability reads the headline so already (answerability.ts); here it only levels what is shown.
 * A question asking what the headline's subject is («ما هو الجرب؟») is the exception: the sentence naming the
 * subject is the one that says what it is.
 */
import { foundShare, groupPresence, type GroupWeight } from '../retrieval/evidence.js';
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

/** The share of the question's words a unit (its groups as found: unit-score.ts) gains when its headline's count as said in it. */
export function titleShare(scorer: SentenceScorer, article: ArticleHead | undefined, groups: ReadonlyMap<string, GroupWeight>, coverage: number): number {
  if (!article) return 0;
  const subject = scorer.subject ?? [];
  if (subject.length > 0 && subject.every((term) => titleTerms(article).has(term))) return 0;
  const title = groupsOfTitle(scorer, article);
  const merged = new Map<string, GroupWeight>();
  for (const [key, group] of groups) merged.set(key, { weight: group.weight, found: Math.max(group.found, title.get(key)?.found ?? 0) });
  return Math.max(0, foundShare(merged) - coverage);
}
