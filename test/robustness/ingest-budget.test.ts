/**
 * Issue 13, findings 2 and 8 (third-party input must not hold the bot, and
 * polls must be bounded): a page nested 1,600 levels deep and a feed of
 * 100,000 items are refused by the worker's shape budget; a page that takes
 * longer than the time budget is stopped and the next page still works; a
 * 2,000-item feed adds a few articles per poll and keeps the rest for later
 * polls; a 5,000-item feed is not re-processed because it lists more items than
 * some cap; failing items back off and are given up; a poll stops at its time
 * budget. Times come from an injected clock.
 */
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { IngestError } from '../../src/ingest/errors.js';
import { closeExtractionPool } from '../../src/ingest/extraction-pool.js';
import { ingest } from '../../src/ingest/ingest.js';
import { readIngestState, stateFilePath } from '../../src/ingest/ingest-state.js';
import type { IngestContext } from '../../src/ingest/ingest-run.js';
import { startFixtureServer, type FixtureServer } from '../ingest/fixture-server.js';
import { createWorkspace, removeWorkspaces, type Workspace } from '../ingest/helpers.js';

let workspace: Workspace;
let server: FixtureServer;

beforeAll(async () => {
  workspace = await createWorkspace('budget', { withInterview: false });
  server = await startFixtureServer();
});

afterAll(async () => {
  await closeExtractionPool();
  await server.close();
  removeWorkspaces();
});

const WORDS = 'harbour grain railway council tender freight minister season export contract river pipeline wage budget school clinic bridge market drought port customs tariff quota vessel cargo'.split(' ');

/** English prose, different for every seed (so items are not near-duplicates of each other). */
function prose(seed: number, words = 120): string {
  let state = seed * 7919 + 17;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  const sentence = () => `The ${WORDS[next() % WORDS.length]} of the ${WORDS[next() % WORDS.length]} was discussed by the ${WORDS[next() % WORDS.length]} board in session ${next() % 100000}.`;
  return Array.from({ length: Math.ceil(words / 12) }, sentence).join(' ');
}

function writeFile(name: string, text: string): string {
  const filePath = path.join(workspace.root, name);
  writeFileSync(filePath, text);
  return filePath;
}

function rss(items: string[]): string {
  return `<?xml version="1.0"?><rss version="2.0"><channel><title>Wire</title>${items.join('')}</channel></rss>`;
}

const inlineItem = (index: number) => `<item><guid>item-${index}</guid><title>Report ${index} on ${WORDS[index % WORDS.length]}</title><pubDate>Sun, 16 Mar 2025 08:00:00 GMT</pubDate><description><![CDATA[<p>${prose(index)}</p><p>${prose(index + 100_000)}</p>]]></description></item>`;

function context(overrides: Partial<IngestContext> = {}): IngestContext & { engine: null } {
  return { ...workspace.context, now: () => new Date('2025-03-16T09:00:00Z'), ...overrides, engine: null };
}

describe('the worker refuses what would take too long, and stops what does', () => {
  it('a page nested 1,600 levels deep is refused by its shape, nothing written', async () => {
    const page = writeFile('nested.html', `<html><head><title>Deep</title></head><body>${'<div>'.repeat(1600)}<p>${prose(1)}</p>${'</div>'.repeat(1600)}</body></html>`);
    const error = await ingest(page, {}, context()).then(() => null, (caught: unknown) => caught);
    expect(error).toBeInstanceOf(IngestError);
    expect((error as IngestError).message).toMatch(/nested more than 160 levels deep: not processed/);
    expect(workspace.articleFiles()).toEqual([]);
  });

  it('a feed of 100,000 items is refused by its element count', async () => {
    const feed = writeFile('huge.rss', rss(Array.from({ length: 100_000 }, (_, index) => `<item><guid>g${index}</guid><title>t</title></item>`)));
    await expect(ingest(feed, {}, context())).rejects.toThrow(/more than 60000 elements: not processed/);
    expect(workspace.articleFiles()).toEqual([]);
  });

  it('a page past the time budget is stopped, and the next page is extracted as usual', async () => {
    const page = writeFile('slow.html', `<html><head><title>Harbour report</title></head><body><article><p>${prose(2)}</p><p>${prose(3)}</p></article></body></html>`);
    // A budget no extraction can meet (the worker itself takes longer to start): the task is stopped, the worker ended.
    await expect(ingest(page, { dryRun: true }, context({ budget: { extractTimeoutMs: 1 } }))).rejects.toThrow(/took longer than 0.001 s to process: not processed/);
    const report = await ingest(page, { dryRun: true }, context());
    expect(report.outcomes[0]!.status).toBe('dry-run');
  });
});

describe('polls are bounded', () => {
  it('a 2,000-item feed adds at most the per-poll number of articles and keeps the rest for later polls', async () => {
    const feed = writeFile('wire.rss', rss(Array.from({ length: 2000 }, (_, index) => inlineItem(index))));
    const budget = { maxNewArticlesPerPoll: 3, maxItemsPerPoll: 10 };
    const first = await ingest(feed, {}, context({ budget }));
    const count = (report: typeof first, status: string) => report.outcomes.filter((outcome) => outcome.status === status).length;
    expect(count(first, 'added')).toBe(3);
    // The first 1,000 items the feed lists are considered (the rest is its history); those not tried wait.
    expect(count(first, 'deferred')).toBe(997);
    expect(workspace.articleFiles()).toHaveLength(3);
    const second = await ingest(feed, {}, context({ budget }));
    expect(count(second, 'seen')).toBe(3);
    expect(count(second, 'added')).toBe(3);
    expect(workspace.articleFiles()).toHaveLength(6);
  });

  it('a 5,000-item feed is not re-processed: every key it still lists stays remembered', async () => {
    const items = Array.from({ length: 5000 }, (_, index) => `<item><guid>long-${index}</guid><title>Item ${index}</title></item>`);
    const feed = writeFile('long.rss', rss(items));
    // As left by earlier polls: every item handled.
    const seen = Object.fromEntries(items.map((_, index) => [`long-${index}`, '2025-03-15T09:00:00.000Z']));
    writeFileSync(stateFilePath(workspace.dataDir), JSON.stringify({ version: 1, feeds: { [feed]: { seen } }, folders: {}, digest: { lastSentAt: null, pending: [] } }));
    const budget = { maxFeedItems: 5000 };
    for (let poll = 0; poll < 2; poll += 1) {
      const report = await ingest(feed, {}, context({ budget }));
      expect(report.outcomes.filter((outcome) => outcome.status === 'seen')).toHaveLength(5000);
    }
    expect(Object.keys(readIngestState(workspace.dataDir).feeds[feed]!.seen)).toHaveLength(5000);
  });

  it('failing items wait longer after each failure, are given up after the last attempt, and a poll stops at its time budget', async () => {
    const links = Array.from({ length: 4 }, (_, index) => `/slow/${index}.html`);
    for (const link of links) server.route(link, { status: 503 });
    const feed = writeFile('flaky.rss', rss(links.map((link, index) => `<item><guid>flaky-${index}</guid><title>Flaky ${index}</title><link>${server.url(link)}</link></item>`)));
    let time = new Date('2025-03-16T09:00:00Z').getTime();
    const budget = { itemRetryMs: 60_000, maxItemAttempts: 3 };
    const poll = () => ingest(feed, {}, context({ budget, now: () => new Date(time) }));
    const requests = () => server.requests.filter((request) => request.path.startsWith('/slow/')).length;

    await poll();
    expect(requests()).toBe(4);
    await poll(); // at once: every item waits for its retry
    expect(requests()).toBe(4);
    time += 60_000; // first retry due after 1 min
    await poll();
    expect(requests()).toBe(8);
    time += 60_000; // the second retry waits 2 min
    await poll();
    expect(requests()).toBe(8);
    time += 60_000;
    const third = await poll(); // third failure: given up, remembered
    expect(requests()).toBe(12);
    expect(third.outcomes.every((outcome) => outcome.status === 'failed')).toBe(true);
    time += 3_600_000;
    await poll();
    expect(requests()).toBe(12);
    expect(Object.keys(readIngestState(workspace.dataDir).feeds[feed]!.seen)).toHaveLength(4);

    // A poll whose items take a minute each stops after its two-minute budget; the rest wait for the next poll.
    const slowFeed = writeFile('slow.rss', rss(Array.from({ length: 10 }, (_, index) => `<item><guid>slow-${index}</guid><title>Slow ${index}</title><link>${server.url(`/slow/x${index}.html`)}</link></item>`)));
    const clock = () => new Date((time += 20_000));
    const slow = await ingest(slowFeed, {}, context({ budget: { pollBudgetMs: 120_000 }, now: clock }));
    const tried = slow.outcomes.filter((outcome) => outcome.status === 'failed').length;
    expect(tried).toBeGreaterThan(0);
    expect(tried).toBeLessThan(10);
    expect(slow.outcomes.filter((outcome) => outcome.status === 'deferred')).toHaveLength(10 - tried);
  });
});
