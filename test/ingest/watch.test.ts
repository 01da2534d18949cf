/**
 * The watch loop on a fake clock against the fixture site: the first poll
 * ingests and announces, later polls send If-None-Match and get 304, a new
 * feed entry is announced once, errors back off exponentially, the digest goes
 * out at the configured hour, a watched folder is picked up, and watch words
 * flag the card. Nothing waits in real time.
 */
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ArticleCard, DigestCard } from '../../src/ingest/card.js';
import { readIngestState } from '../../src/ingest/ingest-state.js';
import { createWatcher, type WatcherOptions } from '../../src/ingest/watcher.js';
import { addWatchWord, writeWatchWords, type WatchWordStore } from '../../src/ingest/watch-words.js';
import { FakeClock } from './fake-clock.js';
import { FIXTURES_DIR, fixtureText, startFixtureServer, type FixtureServer } from './fixture-server.js';
import { createWorkspace, removeWorkspaces, type Workspace } from './helpers.js';

const MINUTE = 60_000;
let server: FixtureServer;

beforeAll(async () => {
  server = await startFixtureServer();
});

afterAll(async () => {
  await server.close();
  removeWorkspaces();
});

function watch(workspace: Workspace, clock: FakeClock, sources: string[], digest: WatcherOptions['digest'] = null) {
  const cards: ArticleCard[] = [];
  const digests: DigestCard[] = [];
  const watcher = createWatcher({
    sources,
    everyMs: 15 * MINUTE,
    digest,
    context: workspace.context,
    engine: workspace.engine,
    clock,
    announce: async (card) => void cards.push(card),
    announceDigest: async (sent) => void digests.push(sent),
  });
  return { watcher, cards, digests };
}

describe('watching a feed', () => {
  it('polls with conditional GETs, announces new entries once, backs off on errors and sends the digest at the hour', async () => {
    const workspace = await createWorkspace('watch-feed');
    const store: WatchWordStore = { version: 1, channels: {} };
    addWatchWord(store, '111111111111111111', 'Caspian');
    addWatchWord(store, '222222222222222222', 'metro');
    writeWatchWords(workspace.dataDir, store);
    const feedPath = '/feeds/watched.atom';
    server.route(feedPath, { file: 'feed.atom', type: 'application/atom+xml', etag: true });
    const feedRequests = () => server.requests.filter((request) => request.path === feedPath);
    const clock = new FakeClock('2025-03-16T07:00:00Z');
    const { watcher, cards, digests } = watch(workspace, clock, [server.url(feedPath)], { hour: 8, timeZone: 'UTC' });

    watcher.start();
    await clock.advance(0); // 07:00 first poll
    expect(feedRequests()).toHaveLength(1);
    expect(feedRequests()[0]!.headers['if-none-match']).toBeUndefined();
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({
      articleId: 'aktau-baku-ferry-resumes-2025-03-15',
      title: 'Caspian ferry between Aktau and Baku resumes after storm',
      outlet: 'Steppe Tribune',
      date: '2025-03-15',
      url: server.url('/business/aktau-baku-ferry-resumes'),
      watchMatches: [{ channelId: '111111111111111111', words: ['Caspian'] }],
    });
    expect(cards[0]!.keyPoints).toHaveLength(3);

    await clock.advance(15 * MINUTE); // 07:15: unchanged feed
    expect(feedRequests()).toHaveLength(2);
    expect(feedRequests()[1]!.headers['if-none-match']).toMatch(/^"[0-9a-f]+"$/);
    expect(cards).toHaveLength(1);

    server.route(feedPath, { file: 'feed-updated.atom', type: 'application/atom+xml', etag: true });
    await clock.advance(15 * MINUTE); // 07:30: one new entry
    expect(cards.map((card) => card.articleId)).toEqual(['aktau-baku-ferry-resumes-2025-03-15', 'almaty-metro-western-line-2025-02-20']);
    expect(cards[1]!.watchMatches).toEqual([{ channelId: '222222222222222222', words: ['metro'] }]);

    server.route(feedPath, { status: 500, body: 'upstream down' });
    await clock.advance(15 * MINUTE); // 07:45: first error → next try in 30 min
    expect(watcher.status()[0]).toMatchObject({ failures: 1, nextAt: new Date('2025-03-16T08:15:00Z') });
    expect(watcher.status()[0]!.lastError).toContain('HTTP 500');

    await clock.advance(15 * MINUTE); // 08:00: the digest, no poll
    expect(feedRequests()).toHaveLength(4);
    expect(digests).toHaveLength(1);
    expect(digests[0]!.day).toBe('2025-03-16');
    expect(digests[0]!.entries.map((entry) => entry.articleId)).toEqual(['aktau-baku-ferry-resumes-2025-03-15', 'almaty-metro-western-line-2025-02-20']);
    expect(readIngestState(workspace.dataDir).digest.pending).toEqual([]);

    await clock.advance(15 * MINUTE); // 08:15: second error → next try in 60 min
    expect(watcher.status()[0]).toMatchObject({ failures: 2, nextAt: new Date('2025-03-16T09:15:00Z') });
    await clock.advance(45 * MINUTE); // 09:00: still waiting
    expect(feedRequests()).toHaveLength(5);

    server.route(feedPath, { file: 'feed-updated.atom', type: 'application/atom+xml', etag: true });
    await clock.advance(15 * MINUTE); // 09:15: recovered, nothing new
    expect(feedRequests()).toHaveLength(6);
    expect(watcher.status()[0]).toMatchObject({ failures: 0, lastError: null, nextAt: new Date('2025-03-16T09:30:00Z') });
    expect(cards).toHaveLength(2);
    expect(watcher.nextDigestAt()).toEqual(new Date('2025-03-17T08:00:00Z'));
    watcher.stop();
    expect(clock.nextTimerAt()).toBeNull();
  });
});

describe('watching a folder', () => {
  it('ingests files dropped into the folder once each', async () => {
    const workspace = await createWorkspace('watch-folder');
    const inbox = path.join(workspace.root, 'inbox');
    mkdirSync(inbox);
    // Saved pages keep the canonical URL of the site they were saved from.
    const savePage = (file: string, name: string) => writeFileSync(path.join(inbox, name), fixtureText(file, 'https://news.example'));
    savePage('ar-brief.html', 'wheat.html');
    copyFileSync(path.join(FIXTURES_DIR, 'report.pdf'), path.join(inbox, 'report.pdf'));
    const clock = new FakeClock('2025-03-16T10:00:00Z');
    const { watcher, cards } = watch(workspace, clock, [inbox]);
    watcher.start();
    await clock.advance(0);
    expect(cards.map((card) => card.articleId)).toEqual(['wheat-exports-afghanistan-2025-03-14']);
    expect(cards[0]!.keyPoints.length).toBeGreaterThan(0);

    await clock.advance(15 * MINUTE);
    expect(cards).toHaveLength(1);

    savePage('en-brief.html', 'ferry.html');
    savePage('ar-news.html', 'desalination.html');
    await clock.advance(15 * MINUTE);
    expect(cards.map((card) => card.articleId).sort()).toEqual(['aktau-baku-ferry-resumes-2025-03-15', 'aktau-desalination-plant-2025-03-12', 'wheat-exports-afghanistan-2025-03-14']);
    expect(Object.keys(readIngestState(workspace.dataDir).folders[inbox]!).sort()).toEqual(['desalination.html', 'ferry.html', 'wheat.html']);
    watcher.stop();
  });
});
