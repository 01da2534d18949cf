/**
 * The question's names an article is about, which any of its paragraphs may leave
 * unsaid (answerability.ts reads a name missing from the paragraph only when it is
 * not one of them).
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { paragraphStems } from '../retrieval/evidence.js';
import type { QueryTerm } from '../retrieval/query.js';
import { titleTerms } from '../retrieval/article-titles.js';
import { TUNING } from '../tuning.js';
import type { ArticleHead } from '../types.js';
import { countriesOf, leadCountry } from './article-countries.js';

const topicCache = new WeakMap<QueryTerm[], Map<ArticleHead, Set<string>>>();

/**
 * The question's names that the article is about (in its title, or in a large
 * share of its paragraphs): a report on a minister's interview need not repeat
 * her name in the paragraph that answers, while a question about someone else
 * is not answered by a paragraph without them.
 */
export function articleTopics(index: ParagraphIndex, terms: QueryTerm[], names: ReadonlySet<string>, article: ArticleHead): Set<string> {
  let byArticle = topicCache.get(terms);
  if (!byArticle) topicCache.set(terms, (byArticle = new Map()));
  const cached = byArticle.get(article);
  if (cached) return cached;
  const nameTerms = terms.filter((term) => names.has(term.group) && !term.borrowed);
  const title = titleTerms(article);
  const counts = new Map<string, number>();
  for (const paragraph of article.paragraphs) {
    const has = paragraphStems(index, paragraph);
    const found = new Set(nameTerms.filter((term) => has(term.term)).map((term) => term.group));
    for (const group of found) counts.set(group, (counts.get(group) ?? 0) + 1);
  }
  const topics = new Set<string>();
  const scene = leadCountry(index, article);
  for (const term of nameTerms) {
    if (title.has(term.term) || (counts.get(term.group) ?? 0) >= TUNING.answer.topicShare * article.paragraphs.length) topics.add(term.group);
    // The one country the lead names, in any of its forms ("Tarija, Bolivia's southern region", «الحكومة الأردنية»), is
    // the scene of the whole report: its later paragraphs say "the government", not "the Bolivian government".
    else if (scene !== null && countriesOf(term.term).has(scene)) topics.add(term.group);
  }
  byArticle.set(article, topics);
  return topics;
}
