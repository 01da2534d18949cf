/**
 * The articles already in knowledge/, as dedupe and id choice need them. Read
 * from the folder rather than the serving index: a file dropped in by hand and
 * not yet reindexed, or written earlier in the same feed run, still counts.
 * Shingles are cached by content hash, so the watch loop re-reads the folder
 * every poll without re-hashing unchanged articles.
 */
import path from 'node:path';
import { listArticleFiles, loadKnowledge } from '../core/knowledge/loader.js';
import { textShingles, type KnownArticle } from './dedupe.js';

export interface KnownArticles {
  articles: KnownArticle[];
  /** Ids and file names in use (including files the loader rejected, whose names are still taken). */
  takenIds: Set<string>;
}

const shingleCache = new Map<string, Set<number>>();

export function readKnownArticles(knowledgeDir: string): KnownArticles {
  const { articles } = loadKnowledge(knowledgeDir);
  const takenIds = new Set(listArticleFiles(knowledgeDir).map((filePath) => path.basename(filePath, '.md').replace(/\.en$/, '')));
  const known = articles.map((article) => {
    let shingles = shingleCache.get(article.contentHash);
    if (!shingles) {
      shingles = textShingles(article.paragraphs.map((paragraph) => paragraph.text));
      shingleCache.set(article.contentHash, shingles);
    }
    takenIds.add(article.meta.id);
    return { id: article.meta.id, title: article.meta.title, url: article.meta.url ?? null, shingles };
  });
  // Forget articles that were changed or removed, so a long-running watcher does not grow without bound.
  const current = new Set(articles.map((article) => article.contentHash));
  for (const hash of shingleCache.keys()) if (!current.has(hash)) shingleCache.delete(hash);
  return { articles: known, takenIds };
}

/** Records an article written during this run, so the next item of the same feed is compared with it too. */
export function rememberArticle(known: KnownArticles, article: KnownArticle): void {
  known.articles.push(article);
  known.takenIds.add(article.id);
}
