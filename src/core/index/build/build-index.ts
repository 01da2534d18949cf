/**
 * Reindex: builds a new generation beside the serving one and publishes it only
 * when complete. Incremental by article content hash: vectors of unchanged
 * articles are copied from the previous generation, not re-embedded.
 *
 * The local embedder's idf table is fitted on the corpus. Incremental builds keep
 * the previous table (so copied vectors stay comparable with new ones); when a
 * third or more of the paragraphs changed since it was fitted, the build turns
 * into a full one and refits.
 *
 * An incremental build also reuses the unchanged articles themselves (not
 * re-parsed: knowledge-reuse.ts), their words (keyword rows), their compressed
 * texts and their vectors' places in the graph (build-entries.ts), so its cost
 * follows what changed rather than the size of the archive. A --full build
 * re-reads and re-parses everything.
 */
import { mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { silentLogger } from '../../../logger.js';
import type { ReindexSummary } from '../../engine-types.js';
import { loadKnowledgeSliced } from '../../knowledge/loader.js';
import { withFileLock } from '../../storage/file-lock.js';
import { TimeSlicer } from '../../time-slicer.js';
import type { ArticleHead } from '../../types.js';
import { ArticleStoreWriter } from '../format/article-store.js';
import { BuildBodies } from './build-bodies.js';
import { buildEntries } from './build-entries.js';
import { indexLockPath, publishGeneration, pruneGenerations, writeFileAtomic } from './index-files.js';
import type { BuildHandoff } from './handoff.js';
import { loadKnowledgeReusing, type ReusedKnowledge } from './knowledge-reuse.js';
import { changedParagraphShare, previousEntries, previousFilesPresent } from './previous-generation.js';
import { identitiesBeforeReading, sourceIdentities } from './source-identities.js';
import { MANIFEST_FILE, MANIFEST_VERSION, type IndexManifest } from '../format/manifest.js';
import { writeGeneration } from './write-generation.js';
import type { BuildIndexOptions } from './build-options.js';
import { entriesFor, readEntryText, type ParagraphIndex } from '../paragraph-index.js';
import { TUNING } from '../../tuning.js';

/** The build's summary and what the load that follows may take over instead of reading it back (handoff.ts). */
export interface BuildResult {
  summary: ReindexSummary;
  generationDir: string;
  handoff: BuildHandoff;
}

/** Every article in file order (kept ones as the previous generation's heads), the ones loaded into memory, the problems. */
async function loadArticles(options: BuildIndexOptions, previous: ParagraphIndex | null, slicer: TimeSlicer): Promise<ReusedKnowledge<ArticleHead>> {
  if (!previous || options.full) {
    const result = await loadKnowledgeSliced(options.knowledgeDir, slicer);
    return { ...result, loaded: result.articles };
  }
  return loadKnowledgeReusing(options.knowledgeDir, previous.articles, previous.manifest.sourceFiles);
}

/**
 * Builds and publishes a generation holding the index lock: a second process's
 * reindex waits for this one instead of pruning its folders or publishing over
 * it.
 */
export async function buildIndex(options: BuildIndexOptions): Promise<BuildResult> {
  mkdirSync(options.indexDir, { recursive: true });
  return withFileLock(indexLockPath(options.indexDir), { holder: 'a reindex' }, () => buildLocked(options));
}

async function buildLocked(options: BuildIndexOptions): Promise<BuildResult> {
  const started = performance.now();
  const logger = options.logger ?? silentLogger;
  let previous = options.previous && options.previous.manifest.embedder.id === options.embedder.id ? options.previous : null;
  if (previous && !previousFilesPresent(previous)) {
    // Removed by hand, or by a process that pruned without knowing it was served: nothing to reuse, so build everything.
    logger.warn({ generation: path.basename(previous.generationDir) }, 'the serving generation\'s files are gone: building the whole index');
    previous = null;
  }
  const identities = identitiesBeforeReading(options.knowledgeDir);
  // Paused every 25 ms: a bot answering from this process keeps acknowledging questions during a large reindex.
  const slicer = new TimeSlicer();
  const { articles, loaded, problems } = await loadArticles(options, previous, slicer);
  const bodies = new BuildBodies(loaded, previous?.bodies ?? null);
  for (const problem of problems) logger.warn({ file: problem.filePath, line: problem.line }, `article skipped: ${problem.message}`);

  const refit = Boolean(options.full) || !previous || changedParagraphShare(articles, previous) >= TUNING.index.refitShare;
  const entries = entriesFor(articles);
  const previousEntry = previousEntries(articles, entries, previous);
  // Texts are compressed while a graph worker links vectors, not after it.
  const articleStore = new ArticleStoreWriter(articles, bodies, previous?.bodies);
  const built = await buildEntries({
    entries, readText: (entry) => readEntryText(bodies, articles, entries[entry]!), previousEntry, previous, refit, embedder: options.embedder, onProgress: options.onProgress, meanwhile: () => articleStore.step(), slicer,
  });
  const buildDir = await writeGeneration(options, entries, built, articleStore, slicer).finally(() => built.vectors.dispose());

  const paragraphs = articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
  const { files } = buildDir;
  const manifest: IndexManifest = {
    version: MANIFEST_VERSION,
    createdAt: new Date().toISOString(),
    embedder: { id: options.embedder.id, dimension: built.vectors.dimension, settings: { lexical: built.lexical.settings, averageFeatureCount: built.lexical.averageFeatureCount } },
    fittedParagraphs: refit ? paragraphs : (options.previous?.manifest.fittedParagraphs ?? paragraphs),
    articles: Object.fromEntries(articles.map((article) => [article.meta.id, { contentHash: article.contentHash, paragraphs: article.paragraphs.length, filePath: article.filePath }])),
    counts: { articles: articles.length, paragraphs, entries: entries.length },
    files,
    sourceFiles: sourceIdentities(articles, identities),
  };
  let generationDir: string;
  try {
    writeFileAtomic(path.join(buildDir.directory, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
    generationDir = publishGeneration(options.indexDir, buildDir.directory);
  } catch (error) {
    rmSync(buildDir.directory, { recursive: true, force: true });
    throw error;
  }
  pruneGenerations(options.indexDir, [generationDir, ...(options.previous ? [options.previous.generationDir] : [])]);

  const beforeArticles = options.previous?.manifest.articles ?? {};
  const ids = new Set(articles.map((article) => article.meta.id));
  const summary: ReindexSummary = {
    added: articles.filter((article) => !beforeArticles[article.meta.id]).map((article) => article.meta.id),
    changed: articles.filter((article) => beforeArticles[article.meta.id] && beforeArticles[article.meta.id]!.contentHash !== article.contentHash).map((article) => article.meta.id),
    removed: Object.keys(beforeArticles).filter((id) => !ids.has(id)),
    unchanged: articles.filter((article) => beforeArticles[article.meta.id]?.contentHash === article.contentHash).length,
    skipped: problems.map((problem) => ({ filePath: problem.filePath, message: problem.message })),
    paragraphs,
    embedded: built.vectors.embedded,
    seconds: (performance.now() - started) / 1000,
  };
  logger.info({ ...summary, skipped: summary.skipped.length, generation: path.basename(generationDir) }, 'index built');
  return { summary, generationDir, handoff: { generationDir, ...buildDir.parts } };
}
