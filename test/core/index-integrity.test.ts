/**
 * A damaged or foreign index is refused at load time with a MarsadError that
 * says to reindex: corrupted or truncated files (checked against the manifest's
 * sha256), a missing manifest, another format, another embedder.
 */
import { cpSync, readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { localDenseEmbedder, localEmbedderChoice, type EmbedderChoice } from '../../src/core/embeddings/dense-embedder.js';
import { buildIndex } from '../../src/core/index/build/build-index.js';
import { CURRENT_FILE } from '../../src/core/index/build/index-files.js';
import { MANIFEST_FILE } from '../../src/core/index/format/manifest.js';
import { INDEX_FILES } from '../../src/core/index/paragraph-index.js';
import { runEntry } from '../support/processes.js';
import { expectMarsadError, knowledgeWithInterview, offlineEngine, removeTemporaryDirectories, temporaryDirectory } from './helpers.js';

let knowledgeDir: string;
let pristineDataDir: string;

beforeAll(async () => {
  knowledgeDir = knowledgeWithInterview('integrity-knowledge');
  pristineDataDir = temporaryDirectory('integrity-pristine');
  await offlineEngine(knowledgeDir, pristineDataDir);
});

afterAll(removeTemporaryDirectories);

/** A copy of the pristine data folder and the path of its serving generation. */
function copyOfIndex(label: string): { dataDir: string; generationDir: string } {
  const dataDir = temporaryDirectory(label);
  cpSync(pristineDataDir, dataDir, { recursive: true });
  const current = readFileSync(path.join(dataDir, 'index', CURRENT_FILE), 'utf8').trim();
  return { dataDir, generationDir: path.join(dataDir, 'index', current) };
}

function flipByte(filePath: string, position: (length: number) => number): void {
  const bytes = readFileSync(filePath);
  const at = position(bytes.length);
  bytes[at] = bytes[at]! ^ 0xff;
  writeFileSync(filePath, bytes);
}

const REINDEX_ADVICE = /npm run reindex -- --full/;

/** The local embedder under another id: what an index from another embedder looks like. */
const otherEmbedder: EmbedderChoice = {
  id: 'other-embedder-v9',
  dependsOnFit: true,
  bind: (lexical) => ({ ...localDenseEmbedder(lexical), id: 'other-embedder-v9' }),
};

describe('a damaged index is refused with index_corrupt and told to reindex', () => {
  it('the pristine copy loads (control)', async () => {
    const { dataDir } = copyOfIndex('integrity-control');
    const engine = await offlineEngine(knowledgeDir, dataDir);
    expect((await engine.ask('How many times has Putin visited Kazakhstan?')).answerable).toBe(true);
  });

  it.each([
    ['a flipped byte in the middle of the vectors file', INDEX_FILES.vectors, (length: number) => Math.floor(length / 2)],
    ['a flipped byte at the end of the vectors file', INDEX_FILES.vectors, (length: number) => length - 1],
    ['a flipped byte in the idf table', INDEX_FILES.idf, (length: number) => Math.floor(length / 3)],
    ['a flipped byte in the articles file', INDEX_FILES.articles, (length: number) => Math.floor(length / 2)],
  ])('%s', async (label, file, position) => {
    const { dataDir, generationDir } = copyOfIndex('integrity-flip');
    flipByte(path.join(generationDir, file), position);
    const error = await expectMarsadError(offlineEngine(knowledgeDir, dataDir), 'index_corrupt');
    expect(error.message, label).toMatch(REINDEX_ADVICE);
    expect(error.message).toContain(file);
  });

  it.each([
    ['the entries file', INDEX_FILES.entries],
    ['the vectors file', INDEX_FILES.vectors],
  ])('truncated %s', async (_label, file) => {
    const { dataDir, generationDir } = copyOfIndex('integrity-truncate');
    const filePath = path.join(generationDir, file);
    truncateSync(filePath, Math.floor(readFileSync(filePath).length / 2));
    const error = await expectMarsadError(offlineEngine(knowledgeDir, dataDir), 'index_corrupt');
    expect(error.message).toMatch(/truncated/);
    expect(error.message).toMatch(REINDEX_ADVICE);
  });

  it('a missing index file', async () => {
    const { dataDir, generationDir } = copyOfIndex('integrity-missing');
    rmSync(path.join(generationDir, INDEX_FILES.entries));
    const error = await expectMarsadError(offlineEngine(knowledgeDir, dataDir), 'index_corrupt');
    expect(error.message).toMatch(REINDEX_ADVICE);
  });

  it('a missing or unreadable manifest', async () => {
    const missing = copyOfIndex('integrity-no-manifest');
    rmSync(path.join(missing.generationDir, MANIFEST_FILE));
    expect((await expectMarsadError(offlineEngine(knowledgeDir, missing.dataDir), 'index_corrupt')).message).toMatch(REINDEX_ADVICE);

    const garbled = copyOfIndex('integrity-bad-manifest');
    const manifestPath = path.join(garbled.generationDir, MANIFEST_FILE);
    writeFileSync(manifestPath, readFileSync(manifestPath, 'utf8').slice(0, 100));
    expect((await expectMarsadError(offlineEngine(knowledgeDir, garbled.dataDir), 'index_corrupt')).message).toMatch(REINDEX_ADVICE);
  });

  it.each([
    ['its file list is not an object', (manifest: Record<string, any>) => (manifest.files = 'all of them'), 'files'],
    ['the dimension is a word', (manifest: Record<string, any>) => (manifest.embedder.dimension = 'two hundred'), 'embedder.dimension'],
    ['an article entry lost its content hash', (manifest: Record<string, any>) => delete (Object.values(manifest.articles)[0] as Record<string, unknown>).contentHash, 'contentHash'],
  ])('a hand-edited manifest whose %s: refused at load, naming the manifest file and the field', async (_, damage, field) => {
    const { dataDir, generationDir } = copyOfIndex('integrity-edited-manifest');
    const manifestPath = path.join(generationDir, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as Record<string, any>;
    damage(manifest);
    writeFileSync(manifestPath, JSON.stringify(manifest));
    const error = await expectMarsadError(offlineEngine(knowledgeDir, dataDir), 'index_corrupt');
    expect(error.message).toContain(manifestPath);
    expect(error.message).toContain(field);
    expect(error.message).toMatch(REINDEX_ADVICE);
  });

  it('CURRENT naming a generation that is not there', async () => {
    const { dataDir } = copyOfIndex('integrity-dangling');
    writeFileSync(path.join(dataDir, 'index', CURRENT_FILE), 'gen-does-not-exist\n');
    expect((await expectMarsadError(offlineEngine(knowledgeDir, dataDir), 'index_corrupt')).message).toMatch(REINDEX_ADVICE);
  });

  it('a manifest edited to list the wrong checksum', async () => {
    const { dataDir, generationDir } = copyOfIndex('integrity-checksum');
    const manifestPath = path.join(generationDir, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { files: Record<string, { sha256: string }> };
    manifest.files[INDEX_FILES.entries]!.sha256 = '0'.repeat(64);
    writeFileSync(manifestPath, JSON.stringify(manifest));
    await expectMarsadError(offlineEngine(knowledgeDir, dataDir), 'index_corrupt');
  });
});

describe('an index from another embedder or format is refused with index_incompatible', () => {
  it('built with another embedder id → refused, naming both embedders and how to fix it', async () => {
    const dataDir = temporaryDirectory('integrity-other-embedder');
    await buildIndex({ knowledgeDir, indexDir: path.join(dataDir, 'index'), embedder: otherEmbedder, previous: null });
    const error = await expectMarsadError(offlineEngine(knowledgeDir, dataDir), 'index_incompatible');
    expect(error.message).toContain('other-embedder-v9');
    expect(error.message).toContain(localEmbedderChoice().id);
    expect(error.message).toMatch(REINDEX_ADVICE);
  });

  it('a local index opened with another embedder → refused', async () => {
    const { dataDir } = copyOfIndex('integrity-other-reader');
    await expectMarsadError(offlineEngine(knowledgeDir, dataDir, { embedder: otherEmbedder }), 'index_incompatible');
  });

  it('another manifest format version → refused', async () => {
    const { dataDir, generationDir } = copyOfIndex('integrity-version');
    const manifestPath = path.join(generationDir, MANIFEST_FILE);
    const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { version: number };
    manifest.version += 1;
    writeFileSync(manifestPath, JSON.stringify(manifest));
    expect((await expectMarsadError(offlineEngine(knowledgeDir, dataDir), 'index_incompatible')).message).toMatch(REINDEX_ADVICE);
  });
});

describe('the advice in those messages works', () => {
  /** Runs `npm run reindex -- --full` (the script itself) on a data folder, offline. */
  function reindexFull(dataDir: string) {
    return runEntry('scripts/reindex.ts', ['--full', '--json'], { MARSAD_KNOWLEDGE_DIR: knowledgeDir, MARSAD_DATA_DIR: dataDir, LOG_LEVEL: 'silent' });
  }

  it('`npm run reindex -- --full` repairs a corrupted index', async () => {
    const { dataDir, generationDir } = copyOfIndex('integrity-repair');
    flipByte(path.join(generationDir, INDEX_FILES.vectors), (length) => Math.floor(length / 2));
    const result = await reindexFull(dataDir);
    expect(result.code, result.stderr).toBe(0);
    const engine = await offlineEngine(knowledgeDir, dataDir);
    expect((await engine.ask('How many times has Putin visited Kazakhstan?')).answerable).toBe(true);
  });

  it('`npm run reindex -- --full` replaces an index built by another embedder', async () => {
    const dataDir = temporaryDirectory('integrity-replace');
    await buildIndex({ knowledgeDir, indexDir: path.join(dataDir, 'index'), embedder: otherEmbedder, previous: null });
    const result = await reindexFull(dataDir);
    expect(result.code, result.stderr).toBe(0);
    await offlineEngine(knowledgeDir, dataDir);
  });
});
