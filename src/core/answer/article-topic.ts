/**
 * The question's words a report is about as a whole, which tell none of its paragraphs apart: its names and its
 * headline's words, in either of its titles, found by any of the word's terms. An English question about an Arabic
 * report reads "cholera" through the lexicon as «الكوليرا», and the word is the headline's as much as for an Arabic
 * question; compared by the question's word alone, it would count as a word the report's lead holds and its
 * siblings lack, and keep the lead first for saying the headline (sibling-order.ts).
 */
import { titleTerms } from '../retrieval/article-titles.js';
import type { ArticleHead } from '../types.js';
import type { SentenceScorer } from './sentence-scorer.js';

/** Whether a question word (term group) is one the whole article is about, not one that tells its paragraphs apart. */
export function articleTopic(scorer: SentenceScorer, article: ArticleHead): (group: string) => boolean {
  const title = titleTerms(article);
  const inTitle = new Set(scorer.terms.filter((term) => title.has(term.term)).map((term) => term.group));
  return (group) => scorer.names.has(group) || title.has(group) || inTitle.has(group);
}
