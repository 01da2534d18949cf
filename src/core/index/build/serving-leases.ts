/**
 * Which generations other processes are serving. The bot, a separate
 * `npm run ingest -- --watch` and `npm run reindex` all build into the same
 * data/index; a build must not prune the generation another process still
 * reads (its vectors file is reopened by that process's next incremental
 * build). Each process that loads a generation leaves a lease naming it
 * (data/index/.serving/<pid>@<host>); pruning keeps every generation named by a
 * lease whose process is alive. A lease from another host cannot be checked and
 * is honoured; one whose process is gone is removed.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { writeFileAtomic } from '../../storage/atomic-write.js';

const LEASE_FOLDER = '.serving';
const HOST = os.hostname().replace(/[^\w.-]/g, '_');

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/** Records that this process serves `generationDir` (replacing what it served before). */
export function recordServing(indexDir: string, generationDir: string): void {
  const folder = path.join(indexDir, LEASE_FOLDER);
  mkdirSync(folder, { recursive: true });
  writeFileAtomic(path.join(folder, `${process.pid}@${HOST}`), `${path.basename(generationDir)}\n`);
}

/** Generation names that live processes serve; leases of processes that are gone are removed on the way. */
export function servedGenerations(indexDir: string): Set<string> {
  const folder = path.join(indexDir, LEASE_FOLDER);
  const served = new Set<string>();
  if (!existsSync(folder)) return served;
  for (const name of readdirSync(folder)) {
    const match = /^(\d+)@(.+)$/.exec(name);
    if (!match) continue;
    const alive = match[2] !== HOST || Number(match[1]) === process.pid || isAlive(Number(match[1]));
    if (!alive) {
      rmSync(path.join(folder, name), { force: true });
      continue;
    }
    try {
      served.add(readFileSync(path.join(folder, name), 'utf8').trim());
    } catch {
      // Removed meanwhile by its owner: nothing to keep for it.
    }
  }
  return served;
}
