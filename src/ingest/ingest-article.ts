/**
 * The last step for one extracted article: skip it if it duplicates a known
 * one, else choose its id, render the article file, check it with the loader
 * and write it (or, on a dry run, only say what would be written).
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { articleMarkdown, checkArticleMarkdown, writeFileAtomically } from './article-writer.js';
import { chooseArticleId } from './article-id.js';
import { findDuplicate, textShingles } from './dedupe.js';
import { rememberArticle, type KnownArticles } from './known-articles.js';
import type { ExtractedArticle, IngestOutcome } from './types.js';

export interface ArticleTarget {
  knowledgeDir: string;
  known: KnownArticles;
  dryRun: boolean;
}

export function storeArticle(article: ExtractedArticle, source: { input: string; fetchedUrl?: string | null }, target: ArticleTarget): IngestOutcome {
  const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
  const shingles = textShingles(paragraphs);
  const match = findDuplicate({ urls: [article.url, source.fetchedUrl ?? null], shingles }, target.known.articles);
  if (match) return { status: 'duplicate', input: source.input, title: article.title, match };

  const articleId = chooseArticleId(article, target.known.takenIds);
  const filePath = path.join(target.knowledgeDir, `${articleId}.md`);
  const markdown = articleMarkdown(articleId, article);
  checkArticleMarkdown(source.input, filePath, articleId, markdown);
  if (!target.dryRun) {
    mkdirSync(target.knowledgeDir, { recursive: true });
    writeFileAtomically(filePath, markdown);
  }
  // Remembered on a dry run too, so a feed's dry run still reports copies within the feed.
  rememberArticle(target.known, { id: articleId, title: article.title, url: article.url, shingles });
  return { status: target.dryRun ? 'dry-run' : 'added', input: source.input, articleId, filePath, article, markdown };
}
