/**
 * data/ingest-state.json: what the monitor has already seen, so each feed item
 * and each file of a watched folder is ingested once, across runs and
 * restarts. Per feed: the ETag / Last-Modified of the last answer (for
 * conditional GETs), the keys of items already handled, and items waiting to
 * be retried after a failure. Per folder: each file's size and modification
 * time. Plus the articles added since the last digest.
 *
 * The bot's monitor, its digest, /ingest and a separate watcher all update the
 * file; each update is a read-modify-write under a lock shared by processes
 * (updateIngestState), so no run writes back a snapshot that loses another's
 * changes. The file is checked against a schema when read: a damaged one is
 * set aside (not overwritten) with a warning naming it.
 */
import { existsSync, mkdirSync, renameSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { withFileLock, writeFileAtomic } from '../core/public.js';
import { readJsonFile } from './json-file.js';

const digestEntrySchema = z.object({
  articleId: z.string(),
  title: z.string(),
  outlet: z.string(),
  date: z.string(),
  url: z.string().nullable(),
  addedAt: z.string(),
});

const feedStateSchema = z.object({
  etag: z.string().optional(),
  lastModified: z.string().optional(),
  /** Item key → ISO time it was handled, or last listed in the feed after that. */
  seen: z.record(z.string(), z.string()),
  /** Item key → failed attempts so far and when the next may run. */
  retries: z.record(z.string(), z.object({ attempts: z.number().int().min(1), retryAt: z.string() })).optional(),
});

const stateSchema = z.object({
  version: z.literal(1),
  feeds: z.record(z.string(), feedStateSchema),
  /** Folder → file name → "size:mtimeMs". */
  folders: z.record(z.string(), z.record(z.string(), z.string())),
  digest: z.object({ lastSentAt: z.string().nullable(), pending: z.array(digestEntrySchema) }),
});

export type DigestEntry = z.infer<typeof digestEntrySchema>;
export type FeedState = z.infer<typeof feedStateSchema>;
export type IngestState = z.infer<typeof stateSchema>;

/**
 * Keys no longer listed by their feed are forgotten after this long. A key the
 * feed still lists is refreshed on every poll and so is never forgotten: a long
 * feed is not re-processed because it lists more items than some cap.
 */
const SEEN_RETENTION_MS = 90 * 86_400_000;
/** Hard bound per feed, far above the items one feed document may list (budget.ts maxFeedItems). */
const MAX_SEEN_PER_FEED = 20_000;

export function stateFilePath(dataDir: string): string {
  return path.join(dataDir, 'ingest-state.json');
}

export function emptyState(): IngestState {
  return { version: 1, feeds: {}, folders: {}, digest: { lastSentAt: null, pending: [] } };
}

export function readIngestState(dataDir: string): IngestState {
  const filePath = stateFilePath(dataDir);
  if (!existsSync(filePath)) return emptyState();
  const reading = readJsonFile(filePath, stateSchema);
  if (reading.ok) return reading.data;
  const problem = reading.problem;
  // Monitoring goes on from an empty state (dedupe absorbs a re-check of seen items); the damaged file is kept for a person to look at.
  const aside = `${filePath}.damaged-${Date.now()}`;
  renameSync(filePath, aside);
  process.emitWarning(`${filePath} is damaged (${problem}); moved to ${path.basename(aside)} and starting from an empty ingest state`);
  return emptyState();
}

function pruneSeen(state: IngestState, now: Date): void {
  const oldest = new Date(now.getTime() - SEEN_RETENTION_MS).toISOString();
  for (const feed of Object.values(state.feeds)) {
    let keys = Object.keys(feed.seen).filter((key) => feed.seen[key]! >= oldest);
    if (keys.length > MAX_SEEN_PER_FEED) keys = keys.sort((a, b) => feed.seen[b]!.localeCompare(feed.seen[a]!)).slice(0, MAX_SEEN_PER_FEED);
    if (keys.length !== Object.keys(feed.seen).length) feed.seen = Object.fromEntries(keys.map((key) => [key, feed.seen[key]!]));
  }
}

export function writeIngestState(dataDir: string, state: IngestState, now = new Date()): void {
  mkdirSync(dataDir, { recursive: true });
  pruneSeen(state, now);
  writeFileAtomic(stateFilePath(dataDir), `${JSON.stringify(state, null, 2)}\n`);
}

/** Reads the current state, applies `change` and writes it, holding the state lock: concurrent runs merge, never overwrite. */
export function updateIngestState<T>(dataDir: string, change: (state: IngestState) => T, now = new Date()): Promise<T> {
  return withFileLock(path.join(dataDir, '.ingest-state.lock'), { holder: 'an ingest run' }, () => {
    const state = readIngestState(dataDir);
    const result = change(state);
    writeIngestState(dataDir, state, now);
    return result;
  });
}

export function feedState(state: IngestState, feed: string): FeedState {
  state.feeds[feed] ??= { seen: {} };
  return state.feeds[feed]!;
}
