/**
 * The cards of newly ingested articles: the index is brought up to date when
 * one of them is not in it yet, then one card per article goes out through
 * `announce` (with the watch words it mentions). An article whose card fails
 * is not retried: it stays in the day's digest.
 */
import type { MarsadEngine } from '../core/public.js';
import type { Logger } from '../logger.js';
import { buildArticleCard, type ArticleCard } from './card.js';
import { readWatchWords } from './watch-words.js';

/** Announces the articles in `unannounced`, emptying it; a failed reindex throws and leaves them for the next call. */
export async function announceNewArticles(unannounced: Set<string>, engine: MarsadEngine, dataDir: string, announce: (card: ArticleCard) => Promise<void>, logger: Logger): Promise<void> {
  if (unannounced.size === 0) return;
  const indexed = new Set(engine.articles().map((article) => article.meta.id));
  if ([...unannounced].some((id) => !indexed.has(id))) await engine.reindex();
  const watchWords = readWatchWords(dataDir);
  for (const articleId of [...unannounced]) {
    unannounced.delete(articleId);
    try {
      await announce(await buildArticleCard(engine, articleId, watchWords));
    } catch (error) {
      logger.error({ err: error, articleId }, 'could not announce a new article; it stays in the digest');
    }
  }
}
