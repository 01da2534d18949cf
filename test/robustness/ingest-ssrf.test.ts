/**
 * Issue 13, finding 1 (SSRF), attacked the way an outsider would and only
 * ever against 127.0.0.0/8: every spelling of a loopback address, names that
 * resolve to internal addresses (a DNS answer injected, so nothing is ever
 * sent to them), a redirect from an allowed host to an internal one, feed item
 * links, a local feed file pointing at local files, the watch loop, identical
 * errors for open and closed ports, and admin commands from a server that is
 * not the bot's own. Nothing is written, and the internal server sees no request.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import type { LookupFunction } from 'node:net';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { IngestError } from '../../src/ingest/errors.js';
import { ingest } from '../../src/ingest/ingest.js';
import type { IngestContext } from '../../src/ingest/ingest-run.js';
import { createWatcher } from '../../src/ingest/watcher.js';
import { FakeClock } from '../ingest/fake-clock.js';
import { startFixtureServer, type FixtureServer } from '../ingest/fixture-server.js';
import { createWorkspace, removeWorkspaces, type Workspace } from '../ingest/helpers.js';

let server: FixtureServer;
let workspace: Workspace;
const SECRET = 'internal-admin-secret-7731';

beforeAll(async () => {
  server = await startFixtureServer();
  server.route('/secret', { status: 200, body: `<html><head><title>Admin</title></head><body><article><p>${SECRET} `.padEnd(900, 'x') + '</p></article></body></html>' });
  workspace = await createWorkspace('ssrf');
});

afterAll(async () => {
  await server.close();
  removeWorkspaces();
});

const port = () => new URL(server.base).port;
const secretRequests = () => server.requests.filter((request) => request.path === '/secret').length;
/** The context of a deployment with no INGEST_ALLOW_HOSTS (the default). */
const guarded = (lookup?: LookupFunction): IngestContext & { engine: null } => ({ ...workspace.context, policy: { allowHosts: [], lookup }, engine: null });

async function refusal(url: string, context: IngestContext & { engine: null } = guarded()): Promise<IngestError> {
  const before = workspace.articleFiles();
  const error = await ingest(url, {}, context).then(() => null, (caught: unknown) => caught);
  expect(error, url).toBeInstanceOf(IngestError);
  expect(workspace.articleFiles()).toEqual(before);
  return error as IngestError;
}

/** A resolver that answers every name with the given address and counts the questions. */
function resolvingTo(address: string) {
  const calls: string[] = [];
  const lookup = ((hostname: string, options: { all?: boolean }, callback: (...args: unknown[]) => void) => {
    calls.push(hostname);
    const family = address.includes(':') ? 6 : 4;
    if (options?.all) callback(null, [{ address, family }]);
    else callback(null, address, family);
  }) as unknown as LookupFunction;
  return { lookup, calls };
}

describe('loopback in every spelling is refused before connecting', () => {
  const spellings = ['localhost', '127.0.0.1', '0.0.0.0', '2130706433', '0x7f.1', '127.1', '[::ffff:127.0.0.1]', '[::1]'];
  it.each(spellings)('http://%s:<port>/secret', async (host) => {
    const before = secretRequests();
    const error = await refusal(`http://${host}:${port()}/secret`);
    expect(error.message).toMatch(/could not be fetched/);
    expect(error.message).not.toContain(SECRET);
    expect(secretRequests()).toBe(before);
  });
});

describe('names that resolve to internal addresses are refused', () => {
  const internal = ['127.0.0.1', '169.254.169.254', '10.0.0.5', '172.16.3.4', '192.168.1.1', '100.64.0.1', '0.0.0.0', '::1', 'fc00::5', 'fe80::1', '::ffff:127.0.0.1', '224.0.0.1'];
  it.each(internal)('a name answering %s', async (address) => {
    // The answer is checked inside the lookup the socket itself makes: refused before any packet is sent.
    const resolver = resolvingTo(address);
    const error = await refusal('http://news.example.test/article.html', guarded(resolver.lookup));
    expect(error.message).toMatch(/could not be fetched/);
    // Resolved once, by the connection itself: no separate check a second answer could slip past (DNS rebinding).
    expect(resolver.calls).toEqual(['news.example.test']);
  });
});

describe('redirects and feeds go through the same check', () => {
  it('a redirect from an allowed intranet host to another internal address is refused at the second hop', async () => {
    const resolver = resolvingTo('127.0.0.1');
    // feeds.intranet.test is allowed by name (INGEST_ALLOW_HOSTS) and resolves to the fixture server; 127.0.0.1 itself is not allowed.
    const redirecting = await startFixtureServer();
    try {
      redirecting.route('/go', { redirectToQuery: true });
      const context = { ...workspace.context, policy: { allowHosts: ['feeds.intranet.test'], lookup: resolver.lookup }, engine: null };
      const before = secretRequests();
      const target = `http://127.0.0.1:${port()}/secret`;
      const error = await refusal(`http://feeds.intranet.test:${new URL(redirecting.base).port}/go?to=${encodeURIComponent(target)}`, context);
      expect(redirecting.requests.map((request) => request.path)).toEqual(['/go']);
      expect(error.message).toMatch(/could not be fetched/);
      expect(secretRequests()).toBe(before);
    } finally {
      await redirecting.close();
    }
  });

  it('a feed item linking to an internal address is not fetched; a local feed file does not read local files', async () => {
    const localSecret = path.join(workspace.root, 'host-secret.html');
    writeFileSync(localSecret, `<html><head><title>Host</title></head><body><article><p>${SECRET} ${'local file '.repeat(60)}</p></article></body></html>`);
    const feedFile = path.join(workspace.root, 'hostile.rss');
    writeFileSync(feedFile, `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile</title>
      <item><guid>a</guid><title>Internal</title><link>http://127.0.0.1:${port()}/secret</link></item>
      <item><guid>b</guid><title>Local</title><link>${localSecret}</link></item>
      <item><guid>c</guid><title>File URL</title><link>file://${localSecret}</link></item>
    </channel></rss>`);
    const before = secretRequests();
    const report = await ingest(feedFile, {}, guarded());
    expect(report.outcomes.map((outcome) => outcome.status)).toEqual(['failed', 'failed', 'failed']);
    expect(secretRequests()).toBe(before);
    for (const name of readdirSync(workspace.knowledgeDir)) expect(readFileSync(path.join(workspace.knowledgeDir, name), 'utf8')).not.toContain(SECRET);
  });

  it('the watch loop (as the bot runs WATCH_SOURCES) polls through the guard', async () => {
    const clock = new FakeClock('2025-03-16T07:00:00Z');
    const before = server.requests.length;
    const watcher = createWatcher({
      sources: [`http://localhost:${port()}/feeds/sawt.rss`],
      everyMs: 15 * 60_000,
      digest: null,
      context: { ...workspace.context, policy: { allowHosts: [] } },
      engine: workspace.engine,
      clock,
      announce: async () => undefined,
    });
    watcher.start();
    await clock.advance(0);
    watcher.stop();
    expect(server.requests.length).toBe(before);
    expect(watcher.status()[0]!.lastError).toMatch(/could not be fetched/);
  });
});

describe('errors do not tell open ports from closed ones', () => {
  it('an open and a closed internal port give the same text', async () => {
    const openUrl = `http://127.0.0.1:${port()}/anything`;
    const closedUrl = 'http://127.0.0.1:9/anything';
    const problem = (error: IngestError, url: string) => error.message.replace(url, '<url>');
    const closed = problem(await refusal(closedUrl), closedUrl);
    expect(problem(await refusal(openUrl), openUrl)).toBe(closed);
    // Allowed to reach 127.0.0.1 (an intranet deployment), a closed port still says only "unreachable".
    const allowed = { ...workspace.context, policy: { allowHosts: ['127.0.0.1'] }, engine: null };
    expect(problem(await refusal(closedUrl, allowed), closedUrl)).toBe(closed);
    expect(closed).toBe('<url>: could not be fetched (the server is unreachable, or its address is internal: see INGEST_ALLOW_HOSTS) — nothing was written.');
  });
});

describe('INGEST_ALLOW_HOSTS', () => {
  it('takes host names, *.domain, addresses and ranges, and names itself when an entry is not one', () => {
    expect(loadConfig({ INGEST_ALLOW_HOSTS: 'feeds.intranet.example, *.corp.example,10.20.0.0/16,127.0.0.1' }).ingest.allowHosts).toEqual(['feeds.intranet.example', '*.corp.example', '10.20.0.0/16', '127.0.0.1']);
    expect(() => loadConfig({ INGEST_ALLOW_HOSTS: 'http://feeds.example/rss' })).toThrow(/^INGEST_ALLOW_HOSTS: host names/);
  });
});
