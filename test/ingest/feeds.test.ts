/**
 * RSS and Atom feeds: every item is ingested once, remembered in
 * data/ingest-state.json across runs; a feed file works like a feed URL; the
 * parser copes with RSS 2.0, RSS 1.0 and Atom and refuses what is not a feed.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseFeed } from '../../src/ingest/feeds.js';
import { ingest } from '../../src/ingest/ingest.js';
import { stateFilePath } from '../../src/ingest/ingest-state.js';
import { DEFAULT_ROUTES, FIXTURES_DIR, fixtureText, startFixtureServer, type FixtureServer } from './fixture-server.js';
import { createWorkspace, removeWorkspaces, type Workspace } from './helpers.js';

let server: FixtureServer;
let workspace: Workspace;

beforeAll(async () => {
  server = await startFixtureServer();
  workspace = await createWorkspace('feeds');
});

afterAll(async () => {
  await server.close();
  removeWorkspaces();
});

let now = new Date('2025-03-16T10:00:00Z');
const run = (input: string) => ingest(input, {}, { ...workspace.context, now: () => now, engine: workspace.engine });

describe('feeds', () => {
  it('ingests each item of an RSS feed once', async () => {
    const first = await run(server.url('/feeds/sawt.rss'));
    expect(first.kind).toBe('feed');
    expect(first.outcomes.map((outcome) => outcome.status)).toEqual(['added', 'added']);
    expect(first.indexed.sort()).toEqual(['aktau-desalination-plant-2025-03-12', 'wheat-exports-afghanistan-2025-03-14']);

    const state = JSON.parse(readFileSync(stateFilePath(workspace.dataDir), 'utf8'));
    expect(Object.keys(state.feeds[server.url('/feeds/sawt.rss')].seen).sort()).toEqual(['sawt-alsuhub-10231', 'sawt-alsuhub-10240']);

    const pagesFetched = server.requests.filter((request) => request.path.startsWith('/ar/')).length;
    const second = await run(server.url('/feeds/sawt.rss'));
    expect(second.outcomes.map((outcome) => outcome.status)).toEqual(['seen', 'seen']);
    expect(second.indexed).toEqual([]);
    // Seen items are not even fetched again.
    expect(server.requests.filter((request) => request.path.startsWith('/ar/')).length).toBe(pagesFetched);
    expect(workspace.articleFiles().filter((name) => name.includes('2025-03-1'))).toHaveLength(2);
  });

  it('ingests an Atom feed, and a new item already in knowledge/ is reported as a duplicate', async () => {
    const first = await run(server.url('/feeds/steppe.atom'));
    expect(first.outcomes).toMatchObject([{ status: 'added', articleId: 'aktau-baku-ferry-resumes-2025-03-15' }]);
    // The same articles reached through another feed: not seen in this feed, but already known.
    server.route('/feeds/mirror.atom', { file: 'feed-updated.atom', type: 'application/atom+xml' });
    const mirror = await run(server.url('/feeds/mirror.atom'));
    expect(mirror.outcomes).toMatchObject([
      { status: 'added', articleId: 'almaty-metro-western-line-2025-02-20' },
      { status: 'duplicate', match: { articleId: 'aktau-baku-ferry-resumes-2025-03-15', reason: 'url' } },
    ]);
  });

  it('retries an item that failed for now (5xx) but remembers one refused for good (404)', async () => {
    server.route('/feeds/flaky.rss', { file: 'feed.rss', type: 'application/rss+xml' });
    server.route('/ar/aktau-desalination.html', { status: 404 });
    server.route('/ar/wheat-exports.html', { status: 503 });
    const first = await run(server.url('/feeds/flaky.rss'));
    expect(first.outcomes).toMatchObject([
      { status: 'failed', transient: false, message: expect.stringMatching(/HTTP 404/) },
      { status: 'failed', transient: true, message: expect.stringMatching(/HTTP 503/) },
    ]);
    server.route('/ar/aktau-desalination.html', DEFAULT_ROUTES['/ar/aktau-desalination.html']!);
    server.route('/ar/wheat-exports.html', DEFAULT_ROUTES['/ar/wheat-exports.html']!);
    // The failed item waits before its retry (15 minutes after a first failure), then is tried again.
    const soon = await run(server.url('/feeds/flaky.rss'));
    expect(soon.outcomes).toMatchObject([{ status: 'seen' }, { status: 'deferred', reason: 'retry-later' }]);
    now = new Date(now.getTime() + 15 * 60_000);
    const second = await run(server.url('/feeds/flaky.rss'));
    expect(second.outcomes).toMatchObject([{ status: 'seen' }, { status: 'duplicate', match: { articleId: 'wheat-exports-afghanistan-2025-03-14' } }]);
  });

  it('reads a feed file whose items link to pages', async () => {
    const feedFile = path.join(workspace.root, 'sawt-copy.rss');
    writeFileSync(feedFile, fixtureText('feed.rss', server.base));
    const report = await run(feedFile);
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual(['duplicate', 'duplicate']);
    expect(existsSync(stateFilePath(workspace.dataDir))).toBe(true);
  });

  it('refuses a feed file that is not XML, naming it', async () => {
    await expect(run(path.join(FIXTURES_DIR, 'not-a-feed.rss'))).rejects.toThrow(/not-a-feed\.rss: is not a feed: not well-formed XML \(line 1/);
  });
});

describe('parseFeed', () => {
  it('reads RSS 1.0 (RDF) and resolves relative links against the feed URL', () => {
    const rdf = `<?xml version="1.0"?><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#" xmlns="http://purl.org/rss/1.0/" xmlns:dc="http://purl.org/dc/elements/1.1/">
      <channel><title>Old feed</title></channel>
      <item><title>One</title><link>/news/1.html</link><dc:date>2025-01-05</dc:date></item></rdf:RDF>`;
    expect(parseFeed(rdf, 'rdf', 'https://old.example/feed.rdf')).toEqual({
      title: 'Old feed',
      items: [{ key: 'https://old.example/news/1.html', title: 'One', link: 'https://old.example/news/1.html', published: '2025-01-05', content: null }],
    });
  });

  it('refuses XML that is not a feed', () => {
    expect(() => parseFeed('<?xml version="1.0"?><html><body/></html>', 'page.xml', null)).toThrow(/page\.xml: is XML but not an RSS or Atom feed/);
  });
});
