/**
 * How much of the question the answering article never says, though another article does: the idf share of the
 * question's word groups that the corpus holds and that neither the article's headline nor any of its paragraphs
 * holds. A question asked with a report's own names about a fact the report never tells ("how many people died
 * from the heat in Lahore?" over a report on Lahore's heat that counts no deaths) shares the names and misses the
 * fact everywhere in the article, while a question about what the report tells misses words only in the one
 * paragraph (the rest said elsewhere in the article) or words no article uses (a dialect form, a typo).
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { foundShare, paragraphStems, type GroupWeight } from '../retrieval/evidence.js';
import type { QueryTerm } from '../retrieval/query.js';
import type { ArticleHead } from '../types.js';

const cache = new WeakMap<QueryTerm[], Map<ArticleHead, Set<string>>>();

/** The term groups any paragraph of the article holds (its headline is read by the caller). */
function articleGroups(index: ParagraphIndex, terms: QueryTerm[], article: ArticleHead): Set<string> {
  let byArticle = cache.get(terms);
  if (!byArticle) cache.set(terms, (byArticle = new Map()));
  const cached = byArticle.get(article);
  if (cached) return cached;
  const held = new Set<string>();
  for (const paragraph of article.paragraphs) {
    const has = paragraphStems(index, paragraph);
    for (const term of terms) if (!held.has(term.group) && has(term.term)) held.add(term.group);
  }
  byArticle.set(article, held);
  return held;
}

/**
 * `groups`: the question's groups as weighed for the paragraph (answerability.ts), found there or in the headline;
 * `inCorpus`: whether some article holds the group.
 */
export function articleLacks(index: ParagraphIndex, terms: QueryTerm[], article: ArticleHead, groups: ReadonlyMap<string, GroupWeight>, inCorpus: ReadonlyMap<string, boolean>): number {
  const held = articleGroups(index, terms, article);
  return foundShare(new Map([...groups].map(([key, group]) => [key, { weight: group.weight, found: group.found === 0 && inCorpus.get(key) && !held.has(key) ? 1 : 0 }])));
}
