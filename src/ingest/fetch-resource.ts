/**
 * One HTTP GET with the limits an unattended monitor needs: a timeout, a size
 * cap read incrementally (a huge or endless body is cut off, not buffered), and
 * conditional-request headers for feeds. HTTP failures become IngestErrors that
 * name the URL; 5xx, 429 and network failures are marked transient.
 */
import { IngestError } from './errors.js';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export const DEFAULT_FETCH_LIMITS: FetchLimits = { timeoutMs: 15_000, maxBytes: 5 * 1024 * 1024 };

export interface FetchedResource {
  url: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
  etag: string | null;
  lastModified: string | null;
}

export interface ConditionalHeaders {
  etag?: string | null;
  lastModified?: string | null;
}

export type FetchFunction = typeof fetch;

const USER_AGENT = 'Marsad press monitor (+https://github.com/marsad)';

/** GET a URL. A 304 answer to a conditional request comes back with status 304 and no bytes. */
export async function fetchResource(url: string, options: { limits?: FetchLimits; conditional?: ConditionalHeaders; fetch?: FetchFunction } = {}): Promise<FetchedResource> {
  const limits = options.limits ?? DEFAULT_FETCH_LIMITS;
  const headers: Record<string, string> = { 'user-agent': USER_AGENT, accept: 'text/html, application/xhtml+xml, application/rss+xml, application/atom+xml, application/xml;q=0.9, */*;q=0.5' };
  if (options.conditional?.etag) headers['if-none-match'] = options.conditional.etag;
  if (options.conditional?.lastModified) headers['if-modified-since'] = options.conditional.lastModified;
  const signal = AbortSignal.timeout(limits.timeoutMs);
  let response: Response;
  try {
    response = await (options.fetch ?? fetch)(url, { headers, signal, redirect: 'follow' });
  } catch (error) {
    const timedOut = signal.aborted;
    throw new IngestError(
      url,
      timedOut ? `no answer within ${limits.timeoutMs / 1000} s` : `could not be fetched (${(error as Error).cause instanceof Error ? ((error as Error).cause as Error).message : (error as Error).message})`,
      timedOut ? `لا رد خلال ${limits.timeoutMs / 1000} ثانية` : 'تعذّر جلب العنوان',
      { transient: true, cause: error },
    );
  }
  const described = { url: response.url || url, status: response.status, contentType: response.headers.get('content-type'), etag: response.headers.get('etag'), lastModified: response.headers.get('last-modified') };
  if (response.status === 304) return { ...described, bytes: new Uint8Array() };
  if (!response.ok) {
    await response.body?.cancel().catch(() => undefined);
    const transient = response.status >= 500 || response.status === 429 || response.status === 408;
    throw new IngestError(url, `HTTP ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`, `أعاد الخادم الرمز ${response.status}`, { transient });
  }
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > limits.maxBytes) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(url, limits.maxBytes);
  }
  return { ...described, bytes: await readCapped(url, response, limits, signal) };
}

async function readCapped(url: string, response: Response, limits: FetchLimits, signal: AbortSignal): Promise<Uint8Array> {
  if (!response.body) return new Uint8Array();
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limits.maxBytes) {
        await reader.cancel().catch(() => undefined);
        throw tooLarge(url, limits.maxBytes);
      }
      chunks.push(value);
    }
  } catch (error) {
    if (error instanceof IngestError) throw error;
    throw new IngestError(url, signal.aborted ? `body not received within ${limits.timeoutMs / 1000} s` : `body could not be read (${(error as Error).message})`, 'تعذّرت قراءة محتوى الصفحة', { transient: true, cause: error });
  }
  return Buffer.concat(chunks);
}

function tooLarge(url: string, maxBytes: number): IngestError {
  return new IngestError(url, `larger than ${(maxBytes / 1048576).toFixed(1)} MB, the limit for one page`, `أكبر من الحد المسموح (${(maxBytes / 1048576).toFixed(1)} ميغابايت)`);
}
