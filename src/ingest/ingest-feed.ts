/**
 * Every new item of a feed, once. An item is remembered (by guid / id, else
 * link) when it was added, found to duplicate a known article, or refused for
 * good (404, not an article); an item that failed for a reason that may pass
 * (timeout, 5xx) is not, so the next run tries it again.
 */
import { feedState } from './ingest-state.js';
import { failedOutcome, runTime, storeLoaded, type IngestRun } from './ingest-run.js';
import { IngestError } from './errors.js';
import { parseFeed, type FeedItem } from './feeds.js';
import { loadInput } from './read-input.js';
import type { IngestOutcome } from './types.js';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

async function ingestItem(run: IngestRun, item: FeedItem, feedTitle: string | null): Promise<IngestOutcome> {
  const fallback = { title: item.title, date: item.published, outlet: feedTitle };
  if (item.link) {
    const loaded = await loadInput(item.link, { fetch: run.context.fetch, limits: run.context.limits });
    if (loaded.kind !== 'page') throw new IngestError(item.link, 'the feed item links to something that is not an HTML page', 'رابط عنصر الموجز ليس صفحة HTML');
    return storeLoaded(run, loaded, item.link, fallback);
  }
  // No link: the feed's own copy of the text is all there is.
  const html = `<html><head><title>${escapeHtml(item.title ?? '')}</title></head><body><article><h1>${escapeHtml(item.title ?? '')}</h1>${item.content ?? ''}</article></body></html>`;
  return storeLoaded(run, { kind: 'page', text: html, url: null, fileName: null }, item.key, fallback);
}

/** Ingests the new items of a feed document; `feedKey` names the feed in the state file (its URL or path). */
export async function ingestFeedText(run: IngestRun, xml: string, source: { input: string; url: string | null; feedKey: string }): Promise<IngestOutcome[]> {
  const feed = parseFeed(xml, source.input, source.url);
  const state = feedState(run.state, source.feedKey);
  const outcomes: IngestOutcome[] = [];
  for (const item of feed.items) {
    const name = item.link ?? item.key;
    if (state.seen[item.key]) {
      outcomes.push({ status: 'seen', input: name });
      continue;
    }
    let outcome: IngestOutcome;
    try {
      outcome = await ingestItem(run, item, feed.title);
    } catch (error) {
      outcome = failedOutcome(name, error);
    }
    outcomes.push(outcome);
    if (!(outcome.status === 'failed' && outcome.transient)) state.seen[item.key] = runTime(run);
  }
  run.outcomes.push(...outcomes);
  return outcomes;
}
