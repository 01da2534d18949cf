/**
 * Summaries as the edges ask for them: one free-text topic (a section heading
 * word or a topic), an optional article, a language; the engine supplies the
 * articles (heads, and the call that reads the summarised ones' words), the
 * retriever and the reindex signal that drops the cache.
 * The cache key carries each article's content hash as well, so even a missed
 * reindex signal never serves a summary of a changed article.
 */
import { MarsadError } from '../../errors.js';
import type { MarsadEngine } from '../engine-types.js';
import type { Language } from '../types.js';
import { createSummaryCache, type SummaryCache } from './cache.js';
import { scopeFromRequest } from './scope.js';
import { summarize } from './summarize.js';
import type { OpenAISettings } from '../providers/openai/settings.js';
import type { RetrieveParagraphs, Summary } from './types.js';

export type SummaryEngine = MarsadEngine;

export interface SummaryRequest {
  topic?: string | null;
  articleId?: string | null;
  /** Undefined: the language of the summarised article(s). */
  lang?: Language;
  signal?: AbortSignal;
}

const caches = new WeakMap<MarsadEngine, SummaryCache>();

/** A reindex removed the article between listing the articles and reading its words. */
function removedMeanwhile(articleId: string): never {
  throw new MarsadError('not_covered', `The article "${articleId}" was just removed from the index.`, { messageAr: `أُزيلت المقالة "${articleId}" من الفهرس للتو.` });
}

/** One cache per engine, cleared whenever that engine reindexes. */
export function summaryCacheOf(engine: SummaryEngine): SummaryCache {
  let cache = caches.get(engine);
  if (!cache) {
    const created = createSummaryCache();
    engine.onReindexed(() => created.clear());
    caches.set(engine, created);
    cache = created;
  }
  return cache;
}

export function summarizeWithEngine(
  engine: SummaryEngine,
  openai: OpenAISettings | null,
  request: SummaryRequest,
  onFallback?: (error: unknown) => void,
): Promise<Summary> {
  const articles = engine.articles();
  const retrieve: RetrieveParagraphs = (topic, k) => engine.retrieveParagraphs(topic, k);
  return summarize({
    articles,
    readArticle: (article) => engine.readArticle(article.meta.id) ?? removedMeanwhile(article.meta.id),
    scope: scopeFromRequest(request, articles),
    lang: request.lang,
    retrieve,
    cache: summaryCacheOf(engine),
    openai,
    signal: request.signal,
    onFallback,
  });
}
