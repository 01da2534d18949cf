/**
 * Loads the serving generation, verifying every file against the manifest.
 *
 * Small files are checked and parsed from the same read; large ones are
 * checked in chunks, then read by their owners (hnswlib, the lazy readers of
 * articles, postings and rows). Right after a reindex in this process, the
 * entry table and the graph the build holds in memory are taken over instead of
 * being read back, and its files' checksums are not computed again (handoff.ts),
 * once the files are confirmed to be exactly the ones it wrote.
 */
import { MarsadError } from '../../errors.js';
import type { EmbedderChoice } from '../embeddings/dense-embedder.js';
import { DEFAULT_LOCAL_SETTINGS, LocalEmbeddings, type LocalEmbeddingsSettings } from '../embeddings/local-embeddings.js';
import { ArticleReader } from './format/article-reader.js';
import { usableHandoff, type BuildHandoff } from './build/handoff.js';
import { currentGeneration } from './build/index-files.js';
import { recordServing } from './build/serving-leases.js';
import { INDEX_FILES, readEntryTables, readKeywordTables } from './format/index-tables.js';
import { KeywordIndex } from './keyword/keyword-index.js';
import { assertEmbedderMatches, readManifest, readVerifiedFile, verifyFile } from './format/manifest.js';
import { ParagraphIndex } from './paragraph-index.js';
import { HnswParagraphStore } from './vectors/vector-store.js';

const corrupt = (generationDir: string, what: string, cause?: unknown) =>
  new MarsadError('index_corrupt', `The ${what} in ${generationDir} could not be read: run \`npm run reindex -- --full\`.`, cause === undefined ? {} : { cause });

/** `handoff`: what the build this engine just ran holds in memory (its entry table, its graph, its files' checksums). */
export function loadParagraphIndex(indexDir: string, embedder: EmbedderChoice, handoff?: BuildHandoff): ParagraphIndex | null {
  const generationDir = currentGeneration(indexDir);
  if (!generationDir) return null;
  // Before reading a file of it: another process's build must not prune what this one is about to serve.
  recordServing(indexDir, generationDir);
  const manifest = readManifest(generationDir);
  assertEmbedderMatches(manifest, embedder.id);
  const built = usableHandoff(handoff, generationDir, manifest);
  const wrote = (filePath: string, checksum: string) => built?.written.wrote(filePath, checksum) ?? false;
  const entryBytes = built ? null : readVerifiedFile(generationDir, manifest, INDEX_FILES.entries, wrote);
  const keywordsPath = verifyFile(generationDir, manifest, INDEX_FILES.keywords, wrote);
  const idfBytes = readVerifiedFile(generationDir, manifest, INDEX_FILES.idf, wrote);
  const articlesPath = verifyFile(generationDir, manifest, INDEX_FILES.articles, wrote);
  const vectorsPath = verifyFile(generationDir, manifest, INDEX_FILES.vectors, wrote);

  const idfTable = new Float32Array(idfBytes.buffer.slice(idfBytes.byteOffset, idfBytes.byteOffset + idfBytes.byteLength));
  const settings = (manifest.embedder.settings.lexical ?? DEFAULT_LOCAL_SETTINGS) as LocalEmbeddingsSettings;
  const lexical = new LocalEmbeddings(settings, idfTable);
  lexical.averageFeatureCount = Number(manifest.embedder.settings.averageFeatureCount ?? 1);
  let tables: ReturnType<typeof readEntryTables>;
  let keyword: KeywordIndex;
  let bodies: ArticleReader;
  try {
    tables = built?.entries ?? readEntryTables(entryBytes!, INDEX_FILES.entries);
    keyword = new KeywordIndex(readKeywordTables(keywordsPath));
    bodies = new ArticleReader(articlesPath);
  } catch (error) {
    throw corrupt(generationDir, 'index tables', error);
  }
  let store: HnswParagraphStore;
  try {
    const dimension = manifest.embedder.dimension;
    store = built?.graph ? new HnswParagraphStore(dimension, built.graph, tables.labels) : HnswParagraphStore.load(dimension, vectorsPath, tables.labels);
  } catch (error) {
    throw corrupt(generationDir, 'vector index', error);
  }
  const labelsValid = tables.labels.every((label) => label >= 0 && label < store.graphSize);
  if (!labelsValid || store.size !== tables.entries.length || keyword.entryCount !== tables.entries.length) {
    throw new MarsadError('index_corrupt', `The index in ${generationDir} has ${store.size} vectors and ${keyword.entryCount} keyword rows for ${tables.entries.length} entries: run \`npm run reindex -- --full\`.`);
  }
  return new ParagraphIndex(manifest, bodies, tables.entries, keyword, tables.stats, store, lexical, generationDir, embedder);
}
