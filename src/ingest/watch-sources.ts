/**
 * What a watched source is and how one poll of it runs. A feed URL is fetched
 * with the ETag / Last-Modified of the previous answer (a 304 costs the site
 * nothing); a feed file is re-read; a folder is listed and every file new or
 * changed since the last poll (by size and modification time) is ingested.
 * Files should be moved into the folder whole (write elsewhere, then mv).
 */
import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes } from './charset.js';
import { fetchResource } from './fetch-resource.js';
import { ingestFeedText } from './ingest-feed.js';
import { changeState, failedOutcome, runNow, storeLoaded, type IngestRun } from './ingest-run.js';
import { isUrl, loadInput } from './read-input.js';
import type { IngestOutcome } from './types.js';

export type WatchSource = { kind: 'feed-url'; url: string } | { kind: 'feed-file'; path: string } | { kind: 'folder'; path: string };

const ARTICLE_FILE = /\.(html?|xhtml|md|markdown)$/i;

export function classifySource(source: string): WatchSource {
  if (isUrl(source)) return { kind: 'feed-url', url: source };
  const resolved = path.resolve(source);
  return statSync(resolved, { throwIfNoEntry: false })?.isDirectory() ? { kind: 'folder', path: resolved } : { kind: 'feed-file', path: resolved };
}

export function sourceName(source: WatchSource): string {
  return source.kind === 'feed-url' ? source.url : source.path;
}

export async function pollFeedUrl(run: IngestRun, url: string): Promise<IngestOutcome[]> {
  const state = run.state.feeds[url];
  const fetched = await fetchResource(url, { limits: run.context.limits, policy: run.context.policy, conditional: { etag: state?.etag, lastModified: state?.lastModified } });
  if (fetched.status === 304) return [];
  const outcomes = await ingestFeedText(run, decodeBytes(fetched.bytes, fetched.contentType).text, { input: url, url: fetched.url, feedKey: url });
  // Items left for later (a failure to retry, the poll's limits) need the feed again: keep the old validators so the next poll is not answered 304.
  const unfinished = outcomes.some((outcome) => (outcome.status === 'failed' && outcome.transient) || outcome.status === 'deferred');
  const validators = unfinished ? { etag: state?.etag, lastModified: state?.lastModified } : { etag: fetched.etag ?? undefined, lastModified: fetched.lastModified ?? undefined };
  changeState(run, (current) => {
    const feed = (current.feeds[url] ??= { seen: {} });
    feed.etag = validators.etag;
    feed.lastModified = validators.lastModified;
    if (feed.etag === undefined) delete feed.etag;
    if (feed.lastModified === undefined) delete feed.lastModified;
  });
  return outcomes;
}

export async function pollFeedFile(run: IngestRun, filePath: string): Promise<IngestOutcome[]> {
  const loaded = await loadInput(filePath, { limits: run.context.limits });
  return ingestFeedText(run, loaded.text, { input: filePath, url: null, feedKey: filePath });
}

export async function pollFolder(run: IngestRun, folder: string): Promise<IngestOutcome[]> {
  const known = run.state.folders[folder] ?? {};
  const deadline = runNow(run.context).getTime() + run.budget.pollBudgetMs;
  let added = 0;
  const outcomes: IngestOutcome[] = [];
  const names = readdirSync(folder, { withFileTypes: true }).filter((entry) => entry.isFile() && !entry.name.startsWith('.') && ARTICLE_FILE.test(entry.name));
  for (const { name } of names.sort((a, b) => a.name.localeCompare(b.name))) {
    const filePath = path.join(folder, name);
    const stats = statSync(filePath);
    const signature = `${stats.size}:${Math.round(stats.mtimeMs)}`;
    if (known[name] === signature) continue;
    if (added >= run.budget.maxNewArticlesPerPoll || runNow(run.context).getTime() >= deadline) {
      outcomes.push({ status: 'deferred', input: filePath, reason: 'poll-limit' });
      continue;
    }
    let outcome: IngestOutcome;
    try {
      outcome = await storeLoaded(run, await loadInput(filePath, { limits: run.context.limits }), filePath);
    } catch (error) {
      outcome = failedOutcome(filePath, error);
    }
    if (outcome.status === 'added') added += 1;
    outcomes.push(outcome);
    changeState(run, (current) => void ((current.folders[folder] ??= {})[name] = signature));
  }
  run.outcomes.push(...outcomes);
  return outcomes;
}

export function pollSource(run: IngestRun, source: WatchSource): Promise<IngestOutcome[]> {
  if (source.kind === 'feed-url') return pollFeedUrl(run, source.url);
  if (source.kind === 'feed-file') return pollFeedFile(run, source.path);
  return pollFolder(run, source.path);
}
