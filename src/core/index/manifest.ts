/**
 * The manifest says what an index generation was built from and with: the
 * embedder (an index from another embedder is refused), per-article content
 * hashes (for incremental reindex) and a checksum of every file (a truncated or
 * corrupted file is detected before it is read).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MarsadError } from '../../errors.js';
import { sha256 } from './index-files.js';

export const MANIFEST_FILE = 'manifest.json';
export const MANIFEST_VERSION = 1;

export interface IndexManifest {
  version: number;
  createdAt: string;
  embedder: { id: string; dimension: number; settings: Record<string, unknown> };
  /** Paragraph count when the local idf table was fitted: a large drift triggers a full rebuild. */
  fittedParagraphs: number;
  articles: Record<string, { contentHash: string; paragraphs: number; filePath: string }>;
  counts: { articles: number; paragraphs: number; entries: number };
  files: Record<string, { sha256: string; bytes: number }>;
}

export function readManifest(generationDir: string): IndexManifest {
  const manifestPath = path.join(generationDir, MANIFEST_FILE);
  if (!existsSync(manifestPath)) {
    throw new MarsadError('index_corrupt', `The index at ${generationDir} has no manifest: run \`npm run reindex -- --full\`.`);
  }
  let manifest: IndexManifest;
  try {
    manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as IndexManifest;
  } catch (error) {
    throw new MarsadError('index_corrupt', `The index manifest ${manifestPath} is unreadable: run \`npm run reindex -- --full\`.`, { cause: error });
  }
  if (manifest.version !== MANIFEST_VERSION) {
    throw new MarsadError('index_incompatible', `The index at ${generationDir} has format ${manifest.version}, this Marsad reads ${MANIFEST_VERSION}: run \`npm run reindex -- --full\`.`);
  }
  return manifest;
}

/** Reads a listed file and checks its checksum; a mismatch means corruption. */
export function readVerifiedFile(generationDir: string, manifest: IndexManifest, name: string): Buffer {
  const expected = manifest.files[name];
  const filePath = path.join(generationDir, name);
  if (!expected || !existsSync(filePath)) {
    throw new MarsadError('index_corrupt', `The index file ${filePath} is missing: run \`npm run reindex -- --full\`.`);
  }
  const bytes = readFileSync(filePath);
  if (bytes.length !== expected.bytes || sha256(bytes) !== expected.sha256) {
    throw new MarsadError('index_corrupt', `The index file ${filePath} is corrupted or truncated (checksum mismatch): run \`npm run reindex -- --full\`.`);
  }
  return bytes;
}

export function assertEmbedderMatches(manifest: IndexManifest, embedderId: string): void {
  if (manifest.embedder.id !== embedderId) {
    throw new MarsadError(
      'index_incompatible',
      `The index was built with embeddings "${manifest.embedder.id}" but Marsad is configured for "${embedderId}": run \`npm run reindex -- --full\` (or change EMBEDDINGS back).`,
    );
  }
}
