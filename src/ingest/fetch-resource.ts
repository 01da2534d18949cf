/**
 * One guarded HTTP GET: the only way ingestion reaches the network (pages,
 * feeds, feed items' links, the watch loop, the bot's WATCH_SOURCES). On top
 * of the address rule (outbound/address-policy.ts): http(s) only, no
 * credentials in URLs, redirects followed by hand so every hop is checked
 * again (at most MAX_REDIRECTS), a timeout, a size cap read incrementally (also
 * after decompression: read-response.ts), and conditional-request headers for feeds.
 *
 * Errors name the URL but never the reason a connection failed: "refused",
 * "reset" and "timed out" would let whoever can make Marsad fetch a URL map
 * which ports are open where. 5xx, 429 and network failures are transient.
 */
import http from 'node:http';
import https from 'node:https';
import type { Socket } from 'node:net';
import { IngestError } from './errors.js';
import { bareHost, DEFAULT_POLICY, isAllowedAddress, isAllowedByName, type OutboundPolicy } from './outbound/address-policy.js';
import { agentFor } from './outbound/agents.js';
import { readResponse, type FetchedResource, type FetchLimits } from './read-response.js';

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 };
export const MAX_REDIRECTS = 5;

export interface ConditionalHeaders {
  etag?: string | null;
  lastModified?: string | null;
}

export interface FetchOptions {
  limits?: FetchLimits;
  conditional?: ConditionalHeaders;
  policy?: OutboundPolicy;
}

const USER_AGENT = 'Marsad press monitor (+https://github.com/marsad)';
const ACCEPT = 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5';

const unreachable = (url: string, cause?: unknown) =>
  new IngestError(url, 'could not be fetched (the server is unreachable, or its address is internal: see INGEST_ALLOW_HOSTS)', 'تعذّر جلب العنوان (الخادم غير متاح أو عنوانه داخلي: راجع INGEST_ALLOW_HOSTS)', { transient: true, cause });

const refusedUrl = (url: string, why: string, whyAr: string) => new IngestError(url, why, whyAr);

function checkUrl(text: string, input: string): URL {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    throw refusedUrl(input, 'is not a valid URL', 'ليس عنوانًا صالحًا');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refusedUrl(input, 'only http(s) URLs can be fetched', 'لا يُجلب إلا عنوان http(s)');
  if (url.username || url.password) throw refusedUrl(input, 'URLs with a user name or password are not fetched', 'لا تُجلب العناوين التي تحمل اسم مستخدم أو كلمة مرور');
  return url;
}

/** GET a URL. A 304 answer to a conditional request comes back with status 304 and no bytes. */
export async function fetchResource(input: string, options: FetchOptions = {}): Promise<FetchedResource> {
  const limits = options.limits ?? DEFAULT_FETCH_LIMITS;
  const policy = options.policy ?? DEFAULT_POLICY;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let url = checkUrl(input, input);
  for (let hop = 0; ; hop += 1) {
    const response = await request(url, input, options.conditional, policy, signal, limits);
    const status = response.statusCode ?? 0;
    const location = response.headers.location;
    if (status >= 300 && status < 400 && status !== 304 && location) {
      response.resume();
      if (hop >= MAX_REDIRECTS) throw refusedUrl(input, `more than ${MAX_REDIRECTS} redirects`, `أكثر من ${MAX_REDIRECTS} تحويلات`);
      // Every hop is a new URL under the same rules: scheme, credentials, and (when connecting) its address.
      url = checkUrl(new URL(location, url).href, input);
      continue;
    }
    return readResponse(input, url, response, limits, signal);
  }
}

function request(url: URL, input: string, conditional: ConditionalHeaders | undefined, policy: OutboundPolicy, signal: AbortSignal, limits: FetchLimits): Promise<http.IncomingMessage> {
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: ACCEPT, 'accept-encoding': 'gzip, deflate, br' };
  if (conditional?.etag) headers['if-none-match'] = conditional.etag;
  if (conditional?.lastModified) headers['if-modified-since'] = conditional.lastModified;
  const get = url.protocol === 'https:' ? https.get : http.get;
  const trustedName = isAllowedByName(url.hostname, policy);
  return new Promise((resolve, reject) => {
    const fail = (error: unknown) => reject(signal.aborted ? timedOut(input, limits) : error instanceof IngestError ? error : unreachable(input, error));
    const outgoing = get(url, { headers, agent: agentFor(url, policy), signal, ...(policy.lookup ? { lookup: policy.lookup } : {}) }, resolve);
    outgoing.on('error', fail);
    // The agent vetted the address before connecting; this checks the address the socket really reached.
    outgoing.on('socket', (socket: Socket) => {
      socket.once('connect', () => {
        const address = socket.remoteAddress ?? '';
        if (!trustedName && !isAllowedAddress(bareHost(address), policy)) outgoing.destroy(unreachable(input, new Error(`connected to a refused address ${address}`)));
      });
    });
  });
}

const timedOut = (input: string, limits: FetchLimits) =>
  new IngestError(input, `no answer within ${limits.timeoutMs / 1000} s`, `لا رد خلال ${limits.timeoutMs / 1000} ثانية`, { transient: true });
