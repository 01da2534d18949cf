/**
 * The manifest says what an index generation was built from and with: the
 * embedder (an index from another embedder is refused), per-article content
 * hashes (for incremental reindex) and a checksum of every file (a truncated or
 * corrupted file is detected before it is read).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { MarsadError } from '../../errors.js';
import { isKnownChecksum, sha256, sha256File } from './index-files.js';

export const MANIFEST_FILE = 'manifest.json';
/**
 * 2: binary tables (entries.bin, keywords.bin), compressed lazily read articles (articles.bin), graph labels.
 * 3: same files; words are split from glued digits and n-grams skip the Arabic article, so every stored term and feature statistic changed.
 */
export const MANIFEST_VERSION = 3;

export interface IndexManifest {
  version: number;
  createdAt: string;
  embedder: { id: string; dimension: number; settings: Record<string, unknown> };
  /** Paragraph count when the local idf table was fitted: a large drift triggers a full rebuild. */
  fittedParagraphs: number;
  articles: Record<string, { contentHash: string; paragraphs: number; filePath: string }>;
  counts: { articles: number; paragraphs: number; entries: number };
  /** Article files' identities when read (see fileIdentity): the next reindex skips re-reading unchanged ones. */
  sourceFiles?: Record<string, string>;
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

function listedPath(generationDir: string, manifest: IndexManifest, name: string): string {
  const filePath = path.join(generationDir, name);
  if (!manifest.files[name] || !existsSync(filePath)) {
    throw new MarsadError('index_corrupt', `The index file ${filePath} is missing: run \`npm run reindex -- --full\`.`);
  }
  return filePath;
}

function checkListed(filePath: string, expected: { sha256: string; bytes: number }, actual: { sha256: string; bytes: number }): void {
  if (actual.bytes !== expected.bytes || actual.sha256 !== expected.sha256) {
    throw new MarsadError('index_corrupt', `The index file ${filePath} is corrupted or truncated (checksum mismatch): run \`npm run reindex -- --full\`.`);
  }
}

/** Reads a listed file and checks its checksum; a mismatch means corruption. The bytes read are the bytes used. */
export function readVerifiedFile(generationDir: string, manifest: IndexManifest, name: string): Buffer {
  const filePath = listedPath(generationDir, manifest, name);
  const bytes = readFileSync(filePath);
  const expected = manifest.files[name]!;
  checkListed(filePath, expected, { sha256: bytes.length === expected.bytes && isKnownChecksum(filePath, expected.sha256) ? expected.sha256 : sha256(bytes), bytes: bytes.length });
  return bytes;
}

/** Checks a listed file's checksum in chunks, for files read later by other means (hnswlib, lazy article reads). */
export function verifyFile(generationDir: string, manifest: IndexManifest, name: string): string {
  const filePath = listedPath(generationDir, manifest, name);
  const expected = manifest.files[name]!;
  if (!isKnownChecksum(filePath, expected.sha256)) checkListed(filePath, expected, sha256File(filePath));
  return filePath;
}

export function assertEmbedderMatches(manifest: IndexManifest, embedderId: string): void {
  if (manifest.embedder.id !== embedderId) {
    throw new MarsadError(
      'index_incompatible',
      `The index was built with embeddings "${manifest.embedder.id}" but Marsad is configured for "${embedderId}": run \`npm run reindex -- --full\` (or change EMBEDDINGS back).`,
    );
  }
}
