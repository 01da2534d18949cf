/**
 * On-disk layout of the index, and the writes that make reindexing crash-safe.
 *
 *   data/index/CURRENT            name of the serving generation (one line)
 *   data/index/gen-<time>-<rand>/ manifest.json + the files it lists with checksums
 *
 * A reindex writes a new generation beside the live one, fsyncs every file,
 * renames the folder into place and only then rewrites CURRENT (temp file, fsync,
 * rename). A crash at any point leaves CURRENT naming a complete generation.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';

export const CURRENT_FILE = 'CURRENT';
const GENERATION_PREFIX = 'gen-';
const BUILDING_PREFIX = '.building-';

export function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

function fsyncPath(filePath: string): void {
  const descriptor = openSync(filePath, 'r');
  try {
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
}

/** Writes a file completely and durably, or not at all (temp file + fsync + rename). */
export function writeFileAtomic(filePath: string, data: Uint8Array | string): void {
  const temporary = `${filePath}.${randomBytes(4).toString('hex')}.tmp`;
  const descriptor = openSync(temporary, 'w');
  try {
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    let written = 0;
    while (written < bytes.length) written += writeSync(descriptor, bytes, written, bytes.length - written);
    fsyncSync(descriptor);
  } finally {
    closeSync(descriptor);
  }
  renameSync(temporary, filePath);
  fsyncPath(path.dirname(filePath));
}

export function currentGeneration(indexDir: string): string | null {
  const pointer = path.join(indexDir, CURRENT_FILE);
  if (!existsSync(pointer)) return null;
  const name = readFileSync(pointer, 'utf8').trim();
  return name ? path.join(indexDir, name) : null;
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
 * Removes abandoned builds and old generations, keeping the serving one and the
 * one before it (a process still reading it finishes undisturbed).
 */
export function pruneGenerations(indexDir: string, keep: string[]): void {
  if (!existsSync(indexDir)) return;
  const kept = new Set(keep.map((directory) => path.basename(directory)));
  for (const name of readdirSync(indexDir)) {
    if (!(name.startsWith(GENERATION_PREFIX) || name.startsWith(BUILDING_PREFIX)) || kept.has(name)) continue;
    rmSync(path.join(indexDir, name), { recursive: true, force: true });
  }
}
