/**
 * The answer to one guarded GET (fetch-resource.ts) read within its limits: a
 * status that is not 2xx or 304 is an error (5xx, 429 and 408 transient), and
 * the body, decompressed, is refused as soon as it passes the size cap.
 */
import type http from 'node:http';
import { pipeline } from 'node:stream/promises';
import { Writable, type Readable } from 'node:stream';
import zlib from 'node:zlib';
import { IngestError } from './errors.js';

export interface FetchLimits {
  timeoutMs: number;
  maxBytes: number;
}

export interface FetchedResource {
  url: string;
  status: number;
  contentType: string | null;
  bytes: Uint8Array;
  etag: string | null;
  lastModified: string | null;
}

export async function readResponse(input: string, url: URL, response: http.IncomingMessage, limits: FetchLimits, signal: AbortSignal): Promise<FetchedResource> {
  const header = (name: string) => {
    const value = response.headers[name];
    return (Array.isArray(value) ? value[0] : value) ?? null;
  };
  const status = response.statusCode ?? 0;
  const described = { url: url.href, status, contentType: header('content-type'), etag: header('etag'), lastModified: header('last-modified') };
  if (status === 304) {
    response.resume();
    return { ...described, bytes: new Uint8Array() };
  }
  if (status < 200 || status >= 300) {
    response.resume();
    const transient = status >= 500 || status === 429 || status === 408;
    throw new IngestError(input, `HTTP ${status}${response.statusMessage ? ` ${response.statusMessage}` : ''}`, `أعاد الخادم الرمز ${status}`, { transient });
  }
  if (Number(header('content-length') ?? NaN) > limits.maxBytes) {
    response.destroy();
    throw tooLarge(input, limits.maxBytes);
  }
  return { ...described, bytes: await readCapped(input, response, limits, signal) };
}

function decoded(response: http.IncomingMessage): Readable {
  const encoding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  if (encoding === 'gzip' || encoding === 'x-gzip') return response.pipe(zlib.createGunzip());
  if (encoding === 'deflate') return response.pipe(zlib.createInflate());
  if (encoding === 'br') return response.pipe(zlib.createBrotliDecompress());
  return response;
}

/** The body, decompressed, refused as soon as it passes the cap (a huge, endless or zip-bomb body is never buffered whole). */
async function readCapped(input: string, response: http.IncomingMessage, limits: FetchLimits, signal: AbortSignal): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  let total = 0;
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      total += chunk.byteLength;
      if (total > limits.maxBytes) return done(tooLarge(input, limits.maxBytes));
      chunks.push(chunk);
      done();
    },
  });
  try {
    await pipeline(decoded(response), sink);
  } catch (error) {
    response.destroy();
    if (error instanceof IngestError) throw error;
    if (signal.aborted) throw new IngestError(input, `body not received within ${limits.timeoutMs / 1000} s`, 'لم يصل محتوى الصفحة في الوقت المحدد', { transient: true, cause: error });
    throw new IngestError(input, 'body could not be read', 'تعذّرت قراءة محتوى الصفحة', { transient: true, cause: error });
  }
  return Buffer.concat(chunks);
}

function tooLarge(input: string, maxBytes: number): IngestError {
  return new IngestError(input, `larger than ${(maxBytes / 1048576).toFixed(1)} MB, the limit for one page`, `أكبر من الحد المسموح (${(maxBytes / 1048576).toFixed(1)} ميغابايت)`);
}
