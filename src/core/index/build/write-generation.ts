/**
 * Writes every file of a new generation into a hidden build folder
 * (index-files.ts); the manifest, written last by buildIndex, lists them with
 * their checksums. The graph is saved last: a graph built on a worker thread
 * is still being linked while the other files are written.
 */
import { rmSync } from 'node:fs';
import path from 'node:path';
import type { ArticleStoreWriter } from '../format/article-store.js';
import type { EntryBuild } from './build-entries.js';
import type { BuildIndexOptions } from './build-options.js';
import { WrittenFiles } from './handoff.js';
import { createBuildDirectory, sha256, sha256File, writeFileAtomic } from './index-files.js';
import { INDEX_FILES, writeEntryTables, writeKeywordTables, type IndexEntry } from '../format/index-tables.js';
import type { IndexManifest } from '../format/manifest.js';
import type { TimeSlicer } from '../../time-slicer.js';

export async function writeGeneration(options: BuildIndexOptions, entries: IndexEntry[], built: EntryBuild, articleStore: ArticleStoreWriter, slicer: TimeSlicer) {
  options.onStage?.('embedded');
  const directory = createBuildDirectory(options.indexDir);
  try {
    return await writeFiles(options, directory, entries, built, articleStore, slicer);
  } catch (error) {
    // A failed build (a full disk, say) leaves nothing behind: its folder would only take more space.
    rmSync(directory, { recursive: true, force: true });
    throw error;
  }
}

async function writeFiles(options: BuildIndexOptions, directory: string, entries: IndexEntry[], built: EntryBuild, articleStore: ArticleStoreWriter, slicer: TimeSlicer) {
  const files: IndexManifest['files'] = {};
  const written = new WrittenFiles();
  const write = (name: string, bytes: Uint8Array) => {
    writeFileAtomic(path.join(directory, name), bytes);
    files[name] = { sha256: sha256(bytes), bytes: bytes.length };
    written.remember(path.join(directory, name), files[name]!.sha256);
  };
  while (built.keywordStep()) if (slicer.due()) await slicer.pause();
  write(INDEX_FILES.keywords, writeKeywordTables(built.keyword()));
  // The texts the build had no time to compress while the graph was linked, compressed with pauses.
  while (articleStore.step()) if (slicer.due()) await slicer.pause();
  write(INDEX_FILES.articles, articleStore.finish());
  const entryTables = { entries, labels: built.vectors.labels, stats: built.stats };
  write(INDEX_FILES.entries, writeEntryTables(entryTables));
  const { idfTable } = built.lexical;
  write(INDEX_FILES.idf, new Uint8Array(idfTable.buffer, idfTable.byteOffset, idfTable.byteLength));
  await built.vectors.save(path.join(directory, INDEX_FILES.vectors));
  options.onStage?.('vectors-written');
  files[INDEX_FILES.vectors] = sha256File(path.join(directory, INDEX_FILES.vectors));
  written.remember(path.join(directory, INDEX_FILES.vectors), files[INDEX_FILES.vectors]!.sha256);
  options.onStage?.('files-written');
  return { directory, files, parts: { entries: entryTables, graph: built.vectors.inMemory(), written } };
}
