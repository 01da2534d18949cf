/**
 * Writes machine translations beside the articles of a knowledge folder (the
 * `npm run translate` command, and ingest when OPENAI_API_KEY is set): each
 * article without a view in the other language (English for Arabic press,
 * Arabic for English press) gets one, checked by the loader's own
 * alignment rule before it is written, atomically and under the knowledge
 * lock. One article failing (a model that breaks the alignment, a service
 * down) is reported and the others go on; its article stays as published.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { isMarsadError, MarsadError } from '../../errors.js';
import { ModelUnavailableError, type ChatModel } from '../chat-model.js';
import { decodeArticleBytes, parseArticleFile } from '../knowledge/article-file.js';
import { readTranslationMeta } from '../knowledge/article-schema.js';
import { buildArticle } from '../knowledge/build-article.js';
import { loadKnowledge } from '../knowledge/loader.js';
import { writeFileAtomic } from '../storage/atomic-write.js';
import { withFileLock } from '../storage/file-lock.js';
import type { Article } from '../types.js';
import { translateArticle } from './aligned-translation.js';
import { translationMarkdown, translationPath } from './translation-file.js';

export interface TranslationJob {
  knowledgeDir: string;
  model: ChatModel;
  /** Named in the translation's front matter and note. */
  modelName: string;
  /** Replace an existing translation. */
  force?: boolean;
}

export interface TranslationReport {
  translated: string[];
  skipped: { id: string; reason: string }[];
  failed: { id: string; message: string }[];
}

/** Checks the translation as the loader will read it; throws the loader's error when it does not fit. */
function checkAgainstLoader(article: Article, filePath: string, markdown: string): void {
  const original = parseArticleFile(article.filePath, decodeArticleBytes(article.filePath, readFileSync(article.filePath)));
  const file = parseArticleFile(filePath, markdown);
  buildArticle(article.meta, original, { file, meta: readTranslationMeta(file) }, 'check');
}

async function translateOne(article: Article, job: TranslationJob): Promise<void> {
  const translated = await translateArticle(article, job.model);
  const filePath = translationPath(article);
  const markdown = translationMarkdown(article, translated, job.modelName);
  checkAgainstLoader(article, filePath, markdown);
  await withFileLock(path.join(job.knowledgeDir, '.ingest.lock'), { holder: 'a translation' }, async () => {
    if (!job.force && existsSync(filePath)) throw new MarsadError('busy', `${path.basename(filePath)} was written by another process meanwhile; it was kept`);
    writeFileAtomic(filePath, markdown);
  });
}

/** `ids`: the articles to translate, or 'missing' for every article without a view in the other language. */
export async function translateArticles(job: TranslationJob, ids: string[] | 'missing'): Promise<TranslationReport> {
  const { articles } = loadKnowledge(job.knowledgeDir);
  const report: TranslationReport = { translated: [], skipped: [], failed: [] };
  const byId = new Map(articles.map((article) => [article.meta.id, article]));
  const chosen = ids === 'missing' ? articles.filter((article) => !article.translation) : ids.map((id) => byId.get(id) ?? id);
  for (const item of chosen) {
    if (typeof item === 'string') {
      report.failed.push({ id: item, message: `no article "${item}" in ${path.basename(job.knowledgeDir)}/` });
      continue;
    }
    const id = item.meta.id;
    if (item.translation && !job.force) report.skipped.push({ id, reason: `already has a translation (${path.basename(item.translation.filePath)}); --force replaces it` });
    else {
      try {
        await translateOne(item, job);
        report.translated.push(id);
      } catch (error) {
        // Expected: a misaligned or refused translation, a model out of reach. Anything else is a bug and propagates.
        if (!isMarsadError(error) && !(error instanceof ModelUnavailableError)) throw error;
        report.failed.push({ id, message: error.message });
      }
    }
  }
  return report;
}
