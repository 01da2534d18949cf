/**
 * The articles already in knowledge/, as dedupe and id choice need them. Read
 * from the folder rather than the serving index: a file dropped in by hand and
 * not yet reindexed, or written earlier in the same feed run, still counts.
 * Shingles are cached by content hash, so the watch loop re-reads the folder
 * every poll without re-hashing unchanged articles. The folder is read with
 * pauses (a large archive must not hold the bot's event loop), and refreshed
 * under the knowledge lock before each write with whatever another process
 * added since (refreshKnownArticles).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { decodeArticleBytes, isTranslationFile, listArticleFiles, loadKnowledgeSliced, parseArticleFile, readArticleMeta, TimeSlicer } from '../core/public.js';
import { textShingles, type KnownArticle } from './dedupe.js';

export interface KnownArticles {
  articles: KnownArticle[];
  /** Ids and file names in use (including files the loader rejected, whose names are still taken). */
  takenIds: Set<string>;
  /** Article files this list has read, so a refresh reads only files added since. */
  files: Set<string>;
}

/** Per knowledge folder (two watchers in one process keep their own), shingles by content hash. */
const shingleCaches = new Map<string, Map<string, Set<number>>>();

const idOfFile = (filePath: string) => path.basename(filePath, '.md').replace(/\.en$/, '');

export async function readKnownArticles(knowledgeDir: string): Promise<KnownArticles> {
  const files = listArticleFiles(knowledgeDir);
  const { articles } = await loadKnowledgeSliced(knowledgeDir, new TimeSlicer());
  const takenIds = new Set(files.map(idOfFile));
  const folder = path.resolve(knowledgeDir);
  let shingleCache = shingleCaches.get(folder);
  if (!shingleCache) shingleCaches.set(folder, (shingleCache = new Map()));
  const known = articles.map((article) => {
    let shingles = shingleCache.get(article.contentHash);
    if (!shingles) {
      shingles = textShingles(article.paragraphs.map((paragraph) => paragraph.text));
      shingleCache!.set(article.contentHash, shingles);
    }
    takenIds.add(article.meta.id);
    return { id: article.meta.id, title: article.meta.title, url: article.meta.url ?? null, shingles };
  });
  // Forget articles that were changed or removed, so a long-running watcher does not grow without bound.
  const current = new Set(articles.map((article) => article.contentHash));
  for (const hash of shingleCache.keys()) if (!current.has(hash)) shingleCache.delete(hash);
  return { articles: known, takenIds, files: new Set(files) };
}

/** Adds the article files that appeared since `known` was read (another process's ingest). Call under the knowledge lock. */
export function refreshKnownArticles(known: KnownArticles, knowledgeDir: string): void {
  for (const filePath of listArticleFiles(knowledgeDir)) {
    if (known.files.has(filePath)) continue;
    known.files.add(filePath);
    known.takenIds.add(idOfFile(filePath));
    try {
      const file = parseArticleFile(filePath, decodeArticleBytes(filePath, readFileSync(filePath)));
      if (isTranslationFile(file)) continue;
      const meta = readArticleMeta(file, idOfFile(filePath));
      const paragraphs = file.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.lines.join(' ')] : []));
      known.takenIds.add(meta.id);
      known.articles.push({ id: meta.id, title: meta.title, url: meta.url ?? null, shingles: textShingles(paragraphs) });
    } catch {
      // A file the loader will refuse still takes its name; it cannot be a duplicate of anything.
    }
  }
}

/** Records an article written during this run, so the next item of the same feed is compared with it too. */
export function rememberArticle(known: KnownArticles, article: KnownArticle, filePath?: string): void {
  known.articles.push(article);
  known.takenIds.add(article.id);
  if (filePath) known.files.add(filePath);
}
