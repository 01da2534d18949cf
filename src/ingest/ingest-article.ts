/**
 * The last step for one extracted article: skip it if it duplicates a known
 * one, else choose its id, render the article file, check it with the loader
 * and write it (or, on a dry run, only say what would be written).
 *
 * Another process may be ingesting into the same folder (the bot's monitor and
 * `npm run ingest`): the decision and the write happen under the knowledge
 * lock, after reading what that process added meanwhile, and the file is
 * created exclusively, so an existing article is never overwritten.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { createFileExclusive, MAX_ARTICLE_BYTES, withFileLock } from '../core/public.js';
import { articleMarkdown, checkArticleMarkdown } from './article-writer.js';
import { chooseArticleId } from './article-id.js';
import { findDuplicate, textShingles } from './dedupe.js';
import { IngestError } from './errors.js';
import { refreshKnownArticles, rememberArticle, type KnownArticles } from './known-articles.js';
import type { ExtractedArticle, IngestOutcome } from './types.js';

export interface ArticleTarget {
  knowledgeDir: string;
  known: KnownArticles;
  dryRun: boolean;
}

const tooLargeToIndex = (input: string, bytes: number) =>
  new IngestError(
    input,
    `the article would be ${(bytes / 1048576).toFixed(1)} MB; the index takes articles of at most ${MAX_ARTICLE_BYTES / 1048576} MB`,
    `حجم المقالة ${(bytes / 1048576).toFixed(1)} ميغابايت، والفهرس لا يقبل أكثر من ${MAX_ARTICLE_BYTES / 1048576} ميغابايت`,
  );

function decide(article: ExtractedArticle, source: { input: string; fetchedUrl?: string | null }, target: ArticleTarget, shingles: Set<number>): IngestOutcome {
  const match = findDuplicate({ urls: [article.url, source.fetchedUrl ?? null], shingles }, target.known.articles);
  if (match) return { status: 'duplicate', input: source.input, title: article.title, match };
  for (;;) {
    const articleId = chooseArticleId(article, target.known.takenIds);
    const filePath = path.join(target.knowledgeDir, `${articleId}.md`);
    const markdown = articleMarkdown(articleId, article);
    // Checked before writing: a file the index would refuse is never written.
    const bytes = Buffer.byteLength(markdown);
    if (bytes > MAX_ARTICLE_BYTES) throw tooLargeToIndex(source.input, bytes);
    checkArticleMarkdown(source.input, filePath, articleId, markdown);
    if (!target.dryRun) {
      mkdirSync(target.knowledgeDir, { recursive: true });
      // A name taken by a file this run has not seen (written by hand, or by another process): choose the next.
      if (!createFileExclusive(filePath, markdown)) {
        target.known.takenIds.add(articleId);
        continue;
      }
    }
    // Remembered on a dry run too, so a feed's dry run still reports copies within the feed.
    rememberArticle(target.known, { id: articleId, title: article.title, url: article.url, shingles }, filePath);
    return { status: target.dryRun ? 'dry-run' : 'added', input: source.input, articleId, filePath, article, markdown };
  }
}

export async function storeArticle(article: ExtractedArticle, source: { input: string; fetchedUrl?: string | null }, target: ArticleTarget): Promise<IngestOutcome> {
  const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
  const shingles = textShingles(paragraphs);
  if (target.dryRun) return decide(article, source, target, shingles);
  mkdirSync(target.knowledgeDir, { recursive: true });
  return withFileLock(path.join(target.knowledgeDir, '.ingest.lock'), { holder: 'an ingest run' }, () => {
    refreshKnownArticles(target.known, target.knowledgeDir);
    return decide(article, source, target, shingles);
  });
}
