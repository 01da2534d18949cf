/**
 * The identities of the article files a build read, recorded in its manifest so
 * that the next reindex re-reads only the files that changed since.
 */
import type { ArticleHead } from '../../types.js';
import { listArticleFiles } from '../../knowledge/loader.js';
import { fileIdentity } from './knowledge-reuse.js';

/**
 * Identities of the article files, taken before they are read: whatever
 * happens to a file afterwards (even a copy that keeps its modification time)
 * gives it another identity, so the next reindex reads it again. Files changed
 * in the last two seconds are left out (see fileIdentity).
 */
export function identitiesBeforeReading(knowledgeDir: string): Record<string, string> {
  const identities: Record<string, string> = {};
  const before = Date.now() - 2000;
  for (const filePath of listArticleFiles(knowledgeDir)) {
    const identity = fileIdentity(filePath, before);
    if (identity) identities[filePath] = identity;
  }
  return identities;
}

/** The identities of the files the build's articles came from, for the next reindex. */
export function sourceIdentities(articles: ArticleHead[], before: Record<string, string>): Record<string, string> {
  const identities: Record<string, string> = {};
  for (const article of articles) {
    for (const filePath of [article.filePath, ...(article.translation ? [article.translation.filePath] : [])]) {
      if (before[filePath]) identities[filePath] = before[filePath]!;
    }
  }
  return identities;
}
