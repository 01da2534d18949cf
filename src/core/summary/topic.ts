/**
 * Topic scope: the engine's retriever proposes paragraphs, and only those that
 * really are about the topic are kept: the share of the topic's words (weighted
 * by rarity, so "relations" counts less than "Russia") found in the paragraph's
 * Arabic text or English rendering must reach TOPIC_RELEVANCE. A retriever
 * ranks everything; this threshold is what keeps off-topic paragraphs uncited.
 */
import { MarsadError } from '../../errors.js';
import type { Article } from '../types.js';
import type { ScopeParagraph } from './candidates.js';
import { containsTerm, contentTerms, paragraphContentTerms } from './terms.js';
import type { RetrieveParagraphs } from './types.js';

export const TOPIC_RELEVANCE = 0.5;
/** Paragraphs asked of the retriever; a topic rarely spans more. */
export const TOPIC_CANDIDATES = 12;

export interface TopicMatcher {
  terms: string[];
  /** Weighted share (0..1) of the topic's words present in a set of terms. */
  coverage(present: Iterable<string>): number;
}

export function topicMatcher(articles: Article[], topic: string): TopicMatcher {
  const terms = contentTerms(topic);
  const documents = articles.flatMap((article) => article.paragraphs.map(paragraphContentTerms));
  const weight = (term: string) => Math.log(1 + documents.length / (1 + documents.filter((terms) => containsTerm(terms, term)).length));
  const weights = new Map(terms.map((term) => [term, weight(term)]));
  const total = [...weights.values()].reduce((sum, value) => sum + value, 0);
  return {
    terms,
    coverage(present) {
      const list = [...present];
      let found = 0;
      for (const [term, value] of weights) if (containsTerm(list, term)) found += value;
      return total > 0 ? found / total : 0;
    },
  };
}

/** Retrieval by topic words alone: the default when no engine retriever is given (tests, library use). */
export function keywordRetriever(articles: Article[]): RetrieveParagraphs {
  return async (topic, k) => {
    const matcher = topicMatcher(articles, topic);
    return articles
      .flatMap((article) => article.paragraphs.map((paragraph) => ({ paragraph, score: matcher.coverage(paragraphContentTerms(paragraph)) })))
      .filter((result) => result.score > 0)
      .sort((left, right) => right.score - left.score)
      .slice(0, k);
  };
}

export async function resolveTopic(
  articles: Article[],
  topic: string,
  retrieve: RetrieveParagraphs = keywordRetriever(articles),
): Promise<{ articles: Article[]; paragraphs: ScopeParagraph[]; matcher: TopicMatcher }> {
  const matcher = topicMatcher(articles, topic);
  if (matcher.terms.length === 0) {
    throw new MarsadError('invalid_input', 'The topic needs at least one content word.', { messageAr: 'يحتاج الموضوع إلى كلمة ذات معنى واحدة على الأقل.' });
  }
  const byId = new Map(articles.map((article) => [article.meta.id, article]));
  const kept = new Map<string, ScopeParagraph>();
  for (const { paragraph } of await retrieve(topic, TOPIC_CANDIDATES)) {
    const article = byId.get(paragraph.articleId);
    if (!article || matcher.coverage(paragraphContentTerms(paragraph)) < TOPIC_RELEVANCE) continue;
    // The engine's paragraph object may come from another load; cite the one of the article given.
    const own = article.paragraphs.find((candidate) => candidate.number === paragraph.number);
    if (own) kept.set(`${article.meta.id}#${own.number}`, { article, paragraph: own });
  }
  if (kept.size === 0) {
    throw new MarsadError('not_covered', `The indexed articles do not cover “${topic}”.`, { messageAr: `لا تتناول المقالات المفهرسة موضوع “${topic}”.` });
  }
  const paragraphs = [...kept.values()].sort(
    (left, right) => articles.indexOf(left.article) - articles.indexOf(right.article) || left.paragraph.number - right.paragraph.number,
  );
  return { articles: [...new Set(paragraphs.map((entry) => entry.article))], paragraphs, matcher };
}
