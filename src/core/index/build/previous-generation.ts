/**
 * What an incremental build can take over from the previous generation: whether
 * its files are still there, how much of the corpus changed since its idf table
 * was fitted, and which of its entries each new entry repeats.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import type { ArticleHead } from '../../types.js';
import { INDEX_FILES, type IndexEntry } from '../format/index-tables.js';
import type { ParagraphIndex } from '../paragraph-index.js';

/** The share of paragraphs in articles that are new or changed since `previous`. */
export function changedParagraphShare(articles: ArticleHead[], previous: ParagraphIndex): number {
  const total = articles.reduce((sum, article) => sum + article.paragraphs.length, 0) || 1;
  const changed = articles
    .filter((article) => previous.manifest.articles[article.meta.id]?.contentHash !== article.contentHash)
    .reduce((sum, article) => sum + article.paragraphs.length, 0);
  return changed / total;
}

/** Whether the files an incremental build reuses (the previous graph and texts) are still on disk. */
export function previousFilesPresent(previous: ParagraphIndex): boolean {
  return [INDEX_FILES.vectors, INDEX_FILES.articles].every((name) => existsSync(path.join(previous.generationDir, name)));
}

/**
 * For each entry, the same entry of the previous generation, or -1: an article
 * with the same id and content hash has the same entries, in the same order.
 */
export function previousEntries(articles: ArticleHead[], entries: IndexEntry[], previous: ParagraphIndex | null): Int32Array {
  const previousEntry = new Int32Array(entries.length).fill(-1);
  if (!previous) return previousEntry;
  const firstEntries = (list: IndexEntry[], count: number) => {
    const first = new Int32Array(count + 1).fill(-1);
    list.forEach((entry, index) => first[entry.article] === -1 && (first[entry.article] = index));
    return first;
  };
  const before = new Map(previous.articles.map((article, index) => [article.meta.id, index]));
  const previousFirst = firstEntries(previous.entries, previous.articles.length);
  const first = firstEntries(entries, articles.length);
  entries.forEach((entry, index) => {
    const article = articles[entry.article]!;
    const old = before.get(article.meta.id);
    if (old === undefined || previous.articles[old]!.contentHash !== article.contentHash) return;
    previousEntry[index] = previousFirst[old]! + (index - first[entry.article]!);
  });
  return previousEntry;
}
