/**
 * Reindex: builds a new generation beside the serving one and publishes it only
 * when complete. Incremental by article content hash: vectors of unchanged
 * articles are copied from the previous generation, not re-embedded.
 *
 * The local embedder's idf table is fitted on the corpus. Incremental builds keep
 * the previous table (so copied vectors stay comparable with new ones); when a
 * third or more of the paragraphs changed since it was fitted, the build turns
 * into a full one and refits.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Logger } from '../../logger.js';
import { silentLogger } from '../../logger.js';
import type { EmbedderChoice } from '../embeddings/dense-embedder.js';
import { DEFAULT_LOCAL_SETTINGS, LocalEmbeddings } from '../embeddings/local-embeddings.js';
import type { ReindexSummary } from '../engine-types.js';
import { loadKnowledge } from '../knowledge/loader.js';
import type { Article } from '../types.js';
import { createBuildDirectory, publishGeneration, pruneGenerations, sha256, writeFileAtomic } from './index-files.js';
import { MANIFEST_FILE, MANIFEST_VERSION, type IndexManifest } from './manifest.js';
import { entriesFor, entryText, INDEX_FILES, type ParagraphIndex } from './paragraph-index.js';
import { HnswParagraphStore } from './vector-store.js';

export interface BuildIndexOptions {
  knowledgeDir: string;
  indexDir: string;
  embedder: EmbedderChoice;
  /** The serving index, if any: the source of reusable vectors. */
  previous: ParagraphIndex | null;
  full?: boolean;
  onProgress?: (done: number, total: number) => void;
  logger?: Logger;
  /** Test hook: called at each stage; throwing there simulates a crash mid-build. */
  onStage?: (stage: 'embedded' | 'vectors-written' | 'files-written') => void;
}

const REFIT_SHARE = 1 / 3;

function changedParagraphShare(articles: Article[], previous: ParagraphIndex): number {
  const total = articles.reduce((sum, article) => sum + article.paragraphs.length, 0) || 1;
  const changed = articles
    .filter((article) => previous.manifest.articles[article.meta.id]?.contentHash !== article.contentHash)
    .reduce((sum, article) => sum + article.paragraphs.length, 0);
  return changed / total;
}

export async function buildIndex(options: BuildIndexOptions): Promise<{ summary: ReindexSummary; generationDir: string }> {
  const started = performance.now();
  const logger = options.logger ?? silentLogger;
  const { articles, problems } = loadKnowledge(options.knowledgeDir);
  for (const problem of problems) logger.warn({ file: problem.filePath, line: problem.line }, `article skipped: ${problem.message}`);

  let previous = options.previous && options.previous.manifest.embedder.id === options.embedder.id ? options.previous : null;
  const refit = options.full || !previous || changedParagraphShare(articles, previous) >= REFIT_SHARE;
  const entries = entriesFor(articles);
  const texts = entries.map((entry) => entryText(articles, entry));

  let lexical: LocalEmbeddings;
  if (refit || !previous) {
    lexical = new LocalEmbeddings(DEFAULT_LOCAL_SETTINGS);
    lexical.fit(texts);
    // A refitted local embedder changes every vector; remote vectors do not depend on it.
    if (options.embedder.dependsOnFit) previous = null;
  } else {
    lexical = previous.lexical;
  }
  const embedder = options.embedder.bind(lexical);

  // Which entries can reuse a previous vector: same article id, same content hash.
  const reusable = new Map<string, number>();
  if (previous) {
    previous.entries.forEach((entry, label) => {
      const article = previous!.articles[entry.article]!;
      reusable.set(`${article.meta.id}\u0000${article.contentHash}\u0000${entry.paragraph}\u0000${entry.view}`, label);
    });
  }
  const keyOf = (index: number) => {
    const entry = entries[index]!;
    const article = articles[entry.article]!;
    return `${article.meta.id}\u0000${article.contentHash}\u0000${entry.paragraph}\u0000${entry.view}`;
  };
  const toEmbed = entries.map((_, index) => index).filter((index) => !reusable.has(keyOf(index)));
  const fresh = await embedder.embedTexts(toEmbed.map((index) => texts[index]!), (done) => options.onProgress?.(done, toEmbed.length));
  options.onStage?.('embedded');

  const dimension = fresh[0]?.length ?? previous?.manifest.embedder.dimension ?? (await embedder.dimension());
  const store = new HnswParagraphStore(embedder.embeddings, dimension);
  const freshByEntry = new Map(toEmbed.map((index, position) => [index, fresh[position]!]));
  entries.forEach((_, index) => {
    const vector = freshByEntry.get(index) ?? previous!.store.vectorOf(reusable.get(keyOf(index))!);
    store.addVector(vector, index);
  });

  const buildDir = createBuildDirectory(options.indexDir);
  const files: IndexManifest['files'] = {};
  const write = (name: string, data: Uint8Array | string) => {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    writeFileAtomic(path.join(buildDir, name), bytes);
    files[name] = { sha256: sha256(bytes), bytes: bytes.length };
  };
  store.save(path.join(buildDir, INDEX_FILES.vectors));
  options.onStage?.('vectors-written');
  const vectorBytes = readFileSync(path.join(buildDir, INDEX_FILES.vectors));
  files[INDEX_FILES.vectors] = { sha256: sha256(vectorBytes), bytes: vectorBytes.length };
  write(INDEX_FILES.entries, JSON.stringify(entries));
  write(INDEX_FILES.articles, JSON.stringify(articles));
  write(INDEX_FILES.idf, new Uint8Array(lexical.idfTable.buffer, lexical.idfTable.byteOffset, lexical.idfTable.byteLength));
  options.onStage?.('files-written');

  const paragraphs = articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
  const manifest: IndexManifest = {
    version: MANIFEST_VERSION,
    createdAt: new Date().toISOString(),
    embedder: { id: embedder.id, dimension, settings: { lexical: lexical.settings, averageFeatureCount: lexical.averageFeatureCount } },
    fittedParagraphs: refit ? paragraphs : (options.previous?.manifest.fittedParagraphs ?? paragraphs),
    articles: Object.fromEntries(articles.map((article) => [article.meta.id, { contentHash: article.contentHash, paragraphs: article.paragraphs.length, filePath: article.filePath }])),
    counts: { articles: articles.length, paragraphs, entries: entries.length },
    files,
  };
  writeFileAtomic(path.join(buildDir, MANIFEST_FILE), JSON.stringify(manifest, null, 2));
  const generationDir = publishGeneration(options.indexDir, buildDir);
  pruneGenerations(options.indexDir, [generationDir, ...(options.previous ? [options.previous.generationDir] : [])]);

  const before = options.previous?.manifest.articles ?? {};
  const summary: ReindexSummary = {
    added: articles.filter((article) => !before[article.meta.id]).map((article) => article.meta.id),
    changed: articles.filter((article) => before[article.meta.id] && before[article.meta.id]!.contentHash !== article.contentHash).map((article) => article.meta.id),
    removed: Object.keys(before).filter((id) => !articles.some((article) => article.meta.id === id)),
    unchanged: articles.filter((article) => before[article.meta.id]?.contentHash === article.contentHash).length,
    skipped: problems.map((problem) => ({ filePath: problem.filePath, message: problem.message })),
    paragraphs,
    embedded: toEmbed.length,
    seconds: (performance.now() - started) / 1000,
  };
  logger.info({ ...summary, skipped: summary.skipped.length, generation: path.basename(generationDir) }, 'index built');
  return { summary, generationDir };
}
