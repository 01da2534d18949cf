/**
 * On-disk layout of the index, and the writes that make reindexing crash-safe.
 *
 *   data/index/CURRENT            name of the serving generation (one line)
 *   data/index/gen-<time>-<rand>/ manifest.json + the files it lists with checksums
 *   data/index/.serving/          which generation each running process serves
 *   data/index/.build.lock        held by the one process building
 *
 * A reindex writes a new generation beside the live one, fsyncs every file,
 * renames the folder into place and only then rewrites CURRENT (temp file, fsync,
 * rename). A crash at any point leaves CURRENT naming a complete generation.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, mkdirSync, openSync, readdirSync, readFileSync, readSync, renameSync, rmSync } from 'node:fs';
import path from 'node:path';
import { fsyncPath, writeFileAtomic } from '../../storage/atomic-write.js';
import { servedGenerations } from './serving-leases.js';

export const CURRENT_FILE = 'CURRENT';
const GENERATION_PREFIX = 'gen-';
const BUILDING_PREFIX = '.building-';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Checksum and size of a file read in 4 MB chunks: for the large files (the
 * vector graph, the article texts) that are not otherwise held in memory whole.
 */
export function sha256File(filePath: string): { sha256: string; bytes: number } {
  const hash = createHash('sha256');
  const chunk = Buffer.allocUnsafe(4 * 1024 * 1024);
  const descriptor = openSync(filePath, 'r');
  let bytes = 0;
  try {
    for (let read = readSync(descriptor, chunk); read > 0; read = readSync(descriptor, chunk)) {
      hash.update(chunk.subarray(0, read));
      bytes += read;
    }
  } finally {
    closeSync(descriptor);
  }
  return { sha256: hash.digest('hex'), bytes };
}

/** The one atomic writer (src/core/storage/atomic-write.ts), under the name the index modules use. */
export { writeFileAtomic };

export function currentGeneration(indexDir: string): string | null {
  const pointer = path.join(indexDir, CURRENT_FILE);
  if (!existsSync(pointer)) return null;
  const name = readFileSync(pointer, 'utf8').trim();
  return name ? path.join(indexDir, name) : null;
}

/** Held while building, publishing and pruning: one build at a time across every process using this data folder. */
export function indexLockPath(indexDir: string): string {
  return path.join(indexDir, '.build.lock');
}

/** A fresh, hidden folder for a generation being built. */
export function createBuildDirectory(indexDir: string): string {
  mkdirSync(indexDir, { recursive: true });
  const stamp = new Date().toISOString().replace(/[-:.]/g, '').replace('T', 't');
  const directory = path.join(indexDir, `${BUILDING_PREFIX}${stamp}-${randomBytes(3).toString('hex')}`);
  mkdirSync(directory);
  return directory;
}

/** Makes a finished build the serving generation; returns its folder. */
export function publishGeneration(indexDir: string, buildDirectory: string): string {
  for (const name of readdirSync(buildDirectory)) fsyncPath(path.join(buildDirectory, name));
  const finalName = path.basename(buildDirectory).replace(BUILDING_PREFIX, GENERATION_PREFIX);
  const finalDirectory = path.join(indexDir, finalName);
  renameSync(buildDirectory, finalDirectory);
  fsyncPath(indexDir);
  writeFileAtomic(path.join(indexDir, CURRENT_FILE), `${finalName}\n`);
  return finalDirectory;
}

/**
 * Removes abandoned builds and old generations, keeping the serving one, the
 * one before it (a process still reading it finishes undisturbed) and every
 * generation another live process serves (serving-leases.ts). Called holding
 * the index lock: no other process is building, so any build folder left is
 * one a crashed or failed build abandoned.
 */
export function pruneGenerations(indexDir: string, keep: string[]): void {
  if (!existsSync(indexDir)) return;
  const kept = new Set([...keep.map((directory) => path.basename(directory)), ...servedGenerations(indexDir)]);
  for (const name of readdirSync(indexDir)) {
    if (!(name.startsWith(GENERATION_PREFIX) || name.startsWith(BUILDING_PREFIX)) || kept.has(name)) continue;
    rmSync(path.join(indexDir, name), { recursive: true, force: true });
  }
}
