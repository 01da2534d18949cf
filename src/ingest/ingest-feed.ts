/**
 * Every new item of a feed, once, within the poll's budget. An item is
 * remembered (by guid / id, else link) when it was added, found to duplicate a
 * known article, or refused for good (404, not an article). An item that failed
 * for a reason that may pass (timeout, 5xx) is retried after a wait that doubles
 * each time, and given up after a few attempts; items beyond the per-poll caps
 * (items tried, new articles, time) wait for the next poll. Keys the feed still
 * lists are refreshed every poll, so they are never forgotten while listed.
 *
 * Links are fetched only when they are http(s) URLs: a local feed file's
 * `<link>/etc/passwd</link>` is not a path to read.
 */
import { feedState } from './ingest-state.js';
import { changeState, failedOutcome, runNow, runTime, storeLoaded, type IngestRun } from './ingest-run.js';
import { IngestError } from './errors.js';
import { parseFeedInWorker } from './extraction-pool.js';
import type { FeedItem } from './feeds.js';
import { isUrl, loadUrl } from './read-input.js';
import type { IngestOutcome } from './types.js';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function ingestItem(run: IngestRun, item: FeedItem, feedTitle: string | null): Promise<IngestOutcome> {
  const fallback = { title: item.title, date: item.published, outlet: feedTitle };
  if (item.link && isUrl(item.link)) {
    const loaded = await loadUrl(item.link, { limits: run.context.limits, policy: run.context.policy });
    if (loaded.kind !== 'page') throw new IngestError(item.link, 'the feed item links to something that is not an HTML page', 'رابط عنصر الموجز ليس صفحة HTML');
    return storeLoaded(run, loaded, item.link, fallback);
  }
  // No web link: the feed's own copy of the text is all there is.
  const html = `<html><head><title>${escapeHtml(item.title ?? '')}</title></head><body><article><h1>${escapeHtml(item.title ?? '')}</h1>${item.content ?? ''}</article></body></html>`;
  return storeLoaded(run, { kind: 'page', text: html, url: null, fileName: null }, item.key, fallback);
}

/** Whether this poll has used up its items, its new articles or its time. */
function pollSpent(run: IngestRun, tried: number, added: number, deadline: number): boolean {
  return tried >= run.budget.maxItemsPerPoll || added >= run.budget.maxNewArticlesPerPoll || runNow(run.context).getTime() >= deadline;
}

/** Ingests the new items of a feed document; `feedKey` names the feed in the state file (its URL or path). */
export async function ingestFeedText(run: IngestRun, xml: string, source: { input: string; url: string | null; feedKey: string }): Promise<IngestOutcome[]> {
  const feed = await parseFeedInWorker(xml, source.input, source.url, run.budget);
  const deadline = runNow(run.context).getTime() + run.budget.pollBudgetMs;
  const feedKey = source.feedKey;
  const outcomes: IngestOutcome[] = [];
  let tried = 0;
  let added = 0;
  for (const item of feed.items) {
    const name = item.link ?? item.key;
    const state = feedState(run.state, feedKey);
    if (state.seen[item.key]) {
      changeState(run, (current) => void (feedState(current, feedKey).seen[item.key] = runTime(run)));
      outcomes.push({ status: 'seen', input: name });
      continue;
    }
    const retry = state.retries?.[item.key];
    if (retry && retry.retryAt > runTime(run)) {
      outcomes.push({ status: 'deferred', input: name, reason: 'retry-later' });
      continue;
    }
    if (pollSpent(run, tried, added, deadline)) {
      outcomes.push({ status: 'deferred', input: name, reason: 'poll-limit' });
      continue;
    }
    tried += 1;
    let outcome: IngestOutcome;
    try {
      outcome = await ingestItem(run, item, feed.title);
    } catch (error) {
      outcome = failedOutcome(name, error);
    }
    if (outcome.status === 'added' || outcome.status === 'dry-run') added += 1;
    outcomes.push(outcome);
    recordItem(run, feedKey, item.key, outcome);
  }
  run.outcomes.push(...outcomes);
  return outcomes;
}

/** Remembers the item as handled, or schedules its retry (given up, and remembered, after maxItemAttempts). */
function recordItem(run: IngestRun, feedKey: string, key: string, outcome: IngestOutcome): void {
  const now = runNow(run.context);
  const attempts = (run.state.feeds[feedKey]?.retries?.[key]?.attempts ?? 0) + 1;
  const retrying = outcome.status === 'failed' && outcome.transient && attempts < run.budget.maxItemAttempts;
  const retryAt = new Date(now.getTime() + run.budget.itemRetryMs * 2 ** (attempts - 1)).toISOString();
  changeState(run, (current) => {
    const state = feedState(current, feedKey);
    if (retrying) {
      state.retries = { ...state.retries, [key]: { attempts, retryAt } };
      return;
    }
    state.seen[key] = now.toISOString();
    if (state.retries?.[key]) {
      delete state.retries[key];
      if (Object.keys(state.retries).length === 0) delete state.retries;
    }
  });
}
