/**
 * Summaries cached per (article hashes, scope, language, mode), so a repeated
 * /summary is instant. The key carries the content hash of every article
 * involved: an edited article misses the cache even before the engine calls
 * clear() on reindex.
 */
import { LRUCache } from 'lru-cache';
import { normalizeText } from '../text/normalize.js';
import type { ArticleHead, Language } from '../types.js';
import type { Summary, SummaryCache, SummaryScope } from './types.js';

export type { SummaryCache };

/** Oldest entries go first past this many: a bot answering many topics must not grow without bound. */
const DEFAULT_CAPACITY = 200;

export function createSummaryCache(capacity = DEFAULT_CAPACITY): SummaryCache {
  const entries = new LRUCache<string, Summary>({ max: capacity });
  return {
    get: (key) => entries.get(key),
    set(key, summary) {
      entries.set(key, summary);
    },
    clear() {
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}

export type RequestedMode = 'offline' | 'openai';

export function summaryCacheKey(articles: ArticleHead[], scope: SummaryScope, lang: Language | undefined, mode: RequestedMode): string {
  const hashes = articles
    .filter((article) => !scope.articleId || article.meta.id === scope.articleId)
    .map((article) => `${article.meta.id}:${article.contentHash}`)
    .sort()
    .join(',');
  const what = scope.kind === 'article' ? '' : normalizeText(scope.kind === 'section' ? scope.query : scope.topic);
  return JSON.stringify([hashes, scope.kind, what, lang ?? null, mode]);
}
