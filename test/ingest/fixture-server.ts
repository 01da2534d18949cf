/**
 * A small news site on 127.0.0.1 (random port) serving the fixture pages and
 * feeds as a real server would: Content-Type headers, a windows-1256 page, a
 * PDF, a 404 for anything unknown, and ETag / If-None-Match → 304 on feeds.
 * Tests can replace a route (publish a new feed version, inject a 500) and read
 * the requests it received.
 */
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';

export const FIXTURES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../fixtures/ingest');

export type Route = { file: string; type: string; encoding?: string; etag?: boolean } | { status: number; body?: string } | { redirectToQuery: true };

export const DEFAULT_ROUTES: Record<string, Route> = {
  '/ar/aktau-desalination.html': { file: 'ar-news.html', type: 'text/html; charset=utf-8' },
  // The syndicated copy is served in windows-1256 with no charset in the header: only its <meta> says so.
  '/ar/aktau-desalination-copy.html': { file: 'ar-syndicated.html', type: 'text/html', encoding: 'windows-1256' },
  '/ar/wheat-exports.html': { file: 'ar-brief.html', type: 'text/html; charset=utf-8' },
  '/en/almaty-metro.html': { file: 'en-news.html', type: 'text/html; charset=utf-8' },
  '/en/aktau-baku-ferry.html': { file: 'en-brief.html', type: 'text/html; charset=utf-8' },
  '/en/premium-pipeline.html': { file: 'paywalled.html', type: 'text/html; charset=utf-8' },
  '/fr/metro.html': { file: 'fr-news.html', type: 'text/html; charset=utf-8' },
  '/files/report.pdf': { file: 'report.pdf', type: 'application/pdf' },
  '/feeds/sawt.rss': { file: 'feed.rss', type: 'application/rss+xml; charset=utf-8', etag: true },
  '/feeds/steppe.atom': { file: 'feed.atom', type: 'application/atom+xml; charset=utf-8', etag: true },
  '/feeds/broken.rss': { file: 'not-a-feed.rss', type: 'application/rss+xml' },
};

export interface FixtureServer {
  base: string;
  requests: { path: string; headers: IncomingHttpHeaders }[];
  route(urlPath: string, route: Route): void;
  url(urlPath: string): string;
  close(): Promise<void>;
}

/** A fixture file's text with {{base}} replaced by the server's address. */
export function fixtureText(file: string, base: string): string {
  return readFileSync(path.join(FIXTURES_DIR, file), 'utf8').replaceAll('{{base}}', base);
}

export async function startFixtureServer(): Promise<FixtureServer> {
  const routes = new Map(Object.entries(DEFAULT_ROUTES));
  const requests: FixtureServer['requests'] = [];
  let base = '';
  const server = createServer((request, response) => {
    const urlPath = new URL(request.url ?? '/', base).pathname;
    requests.push({ path: urlPath, headers: request.headers });
    const route = routes.get(urlPath);
    if (route && 'redirectToQuery' in route) {
      // An open redirect, as many sites have one: /go?to=<any URL>.
      response.writeHead(302, { location: new URL(request.url ?? '/', base).searchParams.get('to') ?? '/' });
      response.end();
      return;
    }
    if (!route || 'status' in route) {
      response.writeHead(route?.status ?? 404, { 'content-type': 'text/html; charset=utf-8' });
      response.end(route?.body ?? '<html><body><h1>404 Not Found</h1></body></html>');
      return;
    }
    const raw = route.file.endsWith('.pdf') ? readFileSync(path.join(FIXTURES_DIR, route.file)) : Buffer.from(fixtureText(route.file, base));
    const body = route.encoding ? iconv.encode(raw.toString('utf8'), route.encoding) : raw;
    const headers: Record<string, string> = { 'content-type': route.type, 'content-length': String(body.length) };
    if (route.etag) {
      headers.etag = `"${createHash('sha1').update(body).digest('hex').slice(0, 16)}"`;
      if (request.headers['if-none-match'] === headers.etag) {
        response.writeHead(304, { etag: headers.etag });
        response.end();
        return;
      }
    }
    response.writeHead(200, headers);
    response.end(body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    base,
    requests,
    route: (urlPath, route) => routes.set(urlPath, route),
    url: (urlPath) => `${base}${urlPath}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
