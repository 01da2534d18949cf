/**
 * A lock shared by every Marsad process on a folder (proper-lockfile: an
 * atomic mkdir, kept fresh while held, taken over once stale after a crash),
 * with the callers in this process queued in order first so they do not poll
 * each other. Used so that two reindexes (the bot's and a watcher's, or two
 * `npm run reindex`) build one after the other, and two ingest runs never
 * choose the same article file or write the ingest state over each other.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { MarsadError } from '../../errors.js';

export interface LockOptions {
  /** How long to wait for another process before giving up (default 10 minutes: a full reindex of a large archive). */
  waitMs?: number;
  /** What the lock guards, for the message when waiting gives up ("a reindex", "an ingest"). */
  holder: string;
}

/** Held longer than this without a refresh (the holder died), a lock is taken over. */
const STALE_MS = 30_000;
const queues = new Map<string, Promise<unknown>>();

function busy(holder: string, waitMs: number): MarsadError {
  const minutes = Math.max(1, Math.round(waitMs / 60_000));
  return new MarsadError('busy', `${holder[0]!.toUpperCase()}${holder.slice(1)} is running in another process and did not finish within ${minutes} min; try again later.`, {
    messageAr: 'عملية أخرى تعمل على الملفات نفسها ولم تنتهِ بعد؛ أعد المحاولة لاحقًا.',
  });
}

async function acquire(lockPath: string, options: LockOptions): Promise<() => Promise<void>> {
  const waitMs = options.waitMs ?? 10 * 60_000;
  mkdirSync(path.dirname(lockPath), { recursive: true });
  // Imported here, not at the top: every ask imports this module, few take a lock.
  const { default: lockfile } = await import('proper-lockfile');
  try {
    return await lockfile.lock(lockPath, {
      realpath: false,
      lockfilePath: lockPath,
      stale: STALE_MS,
      retries: { retries: Math.ceil(waitMs / 500), factor: 1.2, minTimeout: 20, maxTimeout: 500 },
      // A lock found stale (an event loop blocked past STALE_MS) is reported on release instead of crashing the process.
      onCompromised: () => undefined,
    });
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ELOCKED') throw busy(options.holder, waitMs);
    throw error;
  }
}

/** Runs `task` holding the lock at `lockPath` (a folder path; created on first use). */
export async function withFileLock<T>(lockPath: string, options: LockOptions, task: () => Promise<T> | T): Promise<T> {
  const previous = queues.get(lockPath) ?? Promise.resolve();
  let done!: () => void;
  const turn = new Promise<void>((resolve) => (done = resolve));
  const chained = previous.then(() => turn);
  queues.set(lockPath, chained);
  await previous;
  try {
    const release = await acquire(lockPath, options);
    try {
      return await task();
    } finally {
      await release().catch(() => undefined);
    }
  } finally {
    done();
    if (queues.get(lockPath) === chained) queues.delete(lockPath);
  }
}
