/**
 * data/ingest-state.json: what the monitor has already seen, so each feed item
 * and each file of a watched folder is ingested once, across runs and
 * restarts. Per feed: the ETag / Last-Modified of the last answer (for
 * conditional GETs) and the keys of items already handled. Per folder: each
 * file's size and modification time. Plus the articles added since the last
 * digest. Written atomically: a crash mid-write leaves the previous state.
 */
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { writeFileAtomically } from './article-writer.js';

export interface FeedState {
  etag?: string;
  lastModified?: string;
  /** Item key → ISO time it was handled (added, duplicate, or refused for good). */
  seen: Record<string, string>;
}

export interface DigestEntry {
  articleId: string;
  title: string;
  outlet: string;
  date: string;
  url: string | null;
  addedAt: string;
}

export interface IngestState {
  version: 1;
  feeds: Record<string, FeedState>;
  /** Folder → file name → "size:mtimeMs". */
  folders: Record<string, Record<string, string>>;
  digest: { lastSentAt: string | null; pending: DigestEntry[] };
}

/** Items remembered per feed: feeds list their latest few dozen items, so older keys can be forgotten. */
const MAX_SEEN_PER_FEED = 2000;

export function stateFilePath(dataDir: string): string {
  return path.join(dataDir, 'ingest-state.json');
}

export function emptyState(): IngestState {
  return { version: 1, feeds: {}, folders: {}, digest: { lastSentAt: null, pending: [] } };
}

export function readIngestState(dataDir: string): IngestState {
  const filePath = stateFilePath(dataDir);
  if (!existsSync(filePath)) return emptyState();
  try {
    const parsed = JSON.parse(readFileSync(filePath, 'utf8')) as Partial<IngestState>;
    return { ...emptyState(), ...parsed, digest: { ...emptyState().digest, ...parsed.digest } } as IngestState;
  } catch (error) {
    // A damaged state file must not stop monitoring; the worst case is one re-check of already seen items, which dedupe absorbs.
    process.emitWarning(`${filePath} is not valid JSON (${(error as Error).message}); starting from an empty ingest state`);
    return emptyState();
  }
}

export function writeIngestState(dataDir: string, state: IngestState): void {
  mkdirSync(dataDir, { recursive: true });
  for (const feed of Object.values(state.feeds)) {
    const keys = Object.keys(feed.seen);
    if (keys.length > MAX_SEEN_PER_FEED) {
      const newest = keys.sort((a, b) => feed.seen[b]!.localeCompare(feed.seen[a]!)).slice(0, MAX_SEEN_PER_FEED);
      feed.seen = Object.fromEntries(newest.map((key) => [key, feed.seen[key]!]));
    }
  }
  writeFileAtomically(stateFilePath(dataDir), `${JSON.stringify(state, null, 2)}\n`);
}

export function feedState(state: IngestState, feed: string): FeedState {
  state.feeds[feed] ??= { seen: {} };
  return state.feeds[feed]!;
}
