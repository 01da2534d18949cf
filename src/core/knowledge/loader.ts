/**
 * Loads every article in the knowledge folder. A bad file is reported (file and
 * line) and skipped; the others still load, so one malformed drop never takes
 * the bot's knowledge down.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { ArticleError, ConfigError } from '../../errors.js';
import { drainNow, type TimeSlicer } from '../time-slicer.js';
import type { Article, ArticleMeta } from '../types.js';
import { decodeArticleBytes, parseArticleFile, type ArticleFile } from './article-file.js';
import { isTranslationFile, readArticleMeta, readTranslationMeta } from './article-schema.js';
import { buildArticle, type TranslationInput } from './build-article.js';

export interface KnowledgeLoadResult {
  articles: Article[];
  problems: ArticleError[];
}

/** Article files: top-level *.md files other than READMEs (sub-folders hold data such as the lexicon). */
export function listArticleFiles(knowledgeDir: string): string[] {
  return readKnowledgeDir(knowledgeDir)
    .filter((entry) => entry.isFile() && entry.name.endsWith('.md') && !/^readme\.md$/i.test(entry.name))
    .map((entry) => path.join(knowledgeDir, entry.name))
    .sort();
}

/**
 * A missing or unreadable knowledge folder is a configuration problem: name the
 * variable and the path (it used to surface as a raw ENOENT stack trace).
 */
function readKnowledgeDir(knowledgeDir: string) {
  try {
    return readdirSync(knowledgeDir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? 'error';
    const problem = code === 'ENOENT' ? 'does not exist' : code === 'ENOTDIR' ? 'is a file, not a folder' : `cannot be read (${code})`;
    throw new ConfigError('MARSAD_KNOWLEDGE_DIR', `${knowledgeDir} ${problem}: point MARSAD_KNOWLEDGE_DIR at the folder of article files (default: knowledge/)`);
  }
}

function readFile(filePath: string): { file: ArticleFile; bytes: Buffer } {
  const bytes = readFileSync(filePath);
  return { file: parseArticleFile(filePath, decodeArticleBytes(filePath, bytes)), bytes };
}

export function loadKnowledge(knowledgeDir: string): KnowledgeLoadResult {
  return drainNow(loadKnowledgeSteps(knowledgeDir));
}

/** loadKnowledge() that lets the event loop run between files (a reindex inside a serving bot). */
export function loadKnowledgeSliced(knowledgeDir: string, slicer: TimeSlicer): Promise<KnowledgeLoadResult> {
  return slicer.drain(loadKnowledgeSteps(knowledgeDir));
}

/** The loader, one step per file read and per article built. */
function* loadKnowledgeSteps(knowledgeDir: string): Generator<void, KnowledgeLoadResult> {
  const problems: ArticleError[] = [];
  const originals: { file: ArticleFile; bytes: Buffer }[] = [];
  const translations = new Map<string, TranslationInput & { bytes: Buffer }>();

  for (const filePath of listArticleFiles(knowledgeDir)) {
    yield;
    try {
      const read = readFile(filePath);
      if (!isTranslationFile(read.file)) {
        originals.push(read);
        continue;
      }
      const meta = readTranslationMeta(read.file);
      if (translations.has(meta.translation_of)) {
        throw new ArticleError(filePath, read.file.keyLines.get('translation_of'), `a second translation of "${meta.translation_of}" (the first is ${translations.get(meta.translation_of)!.file.filePath})`);
      }
      translations.set(meta.translation_of, { file: read.file, meta, bytes: read.bytes });
    } catch (error) {
      problems.push(asArticleError(filePath, error));
    }
  }

  const articles: Article[] = [];
  const seenIds = new Map<string, string>();
  for (const { file, bytes } of originals) {
    yield;
    try {
      const meta = readArticleMeta(file, path.basename(file.filePath, '.md'));
      const firstWithId = seenIds.get(meta.id);
      if (firstWithId) throw new ArticleError(file.filePath, file.keyLines.get('id') ?? 1, `article id "${meta.id}" is already used by ${firstWithId}`);
      seenIds.set(meta.id, file.filePath);
      const translation = translations.get(meta.id) ?? null;
      translations.delete(meta.id);
      articles.push(buildWithTranslation(meta, file, bytes, translation, problems));
    } catch (error) {
      problems.push(asArticleError(file.filePath, error));
    }
  }
  for (const [articleId, orphan] of translations) {
    problems.push(new ArticleError(orphan.file.filePath, orphan.file.keyLines.get('translation_of'), `translation_of "${articleId}" names no article in ${knowledgeDir}`));
  }
  return { articles, problems };
}

/**
 * A translation that does not line up with its article is reported and left
 * out; the article itself is still indexed, in its own language only.
 */
function buildWithTranslation(meta: ArticleMeta, file: ArticleFile, bytes: Buffer, translation: (TranslationInput & { bytes: Buffer }) | null, problems: ArticleError[]): Article {
  const hash = (withTranslation: boolean) => {
    const digest = createHash('sha256').update(bytes);
    if (withTranslation && translation) digest.update('\u0000').update(translation.bytes);
    return digest.digest('hex');
  };
  if (!translation) return buildArticle(meta, file, null, hash(false));
  try {
    return buildArticle(meta, file, translation, hash(true));
  } catch (error) {
    if (!(error instanceof ArticleError) || error.filePath !== translation.file.filePath) throw error;
    problems.push(error);
    return buildArticle(meta, file, null, hash(false));
  }
}

function asArticleError(filePath: string, error: unknown): ArticleError {
  if (error instanceof ArticleError) return error;
  return new ArticleError(filePath, undefined, `could not be read: ${(error as Error).message}`);
}
