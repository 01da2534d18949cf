/**
 * Retry policy for the chat call.
 *
 * LangChain's ChatOpenAI builds its openai client with `maxRetries: 0` and
 * retries in its own AsyncCaller instead, which (measured against the fake
 * server) does not retry a 429 that has no Retry-After header at all, waits at
 * least 1–2 s between attempts, and whose SDK timeout stops covering the request
 * once the response headers have arrived (a body that never finishes hangs
 * forever). So the answerer calls the model with LangChain retries off and runs
 * this loop: exactly `1 + maxRetries` attempts for every retryable failure, each
 * bounded by `timeoutMs`, Retry-After / retry-after-ms honoured up to a ceiling.
 */

export type FailureKind =
  | 'rate_limited'
  | 'server_error'
  | 'timeout'
  | 'network'
  | 'malformed_response'
  | 'client_error'
  | 'aborted'
  | 'unexpected';

export interface Failure {
  kind: FailureKind;
  retryable: boolean;
  status?: number;
  /** Server-requested wait before the next attempt, from retry-after-ms or Retry-After. */
  retryAfterMs?: number;
  /** Short description for logs (never contains request headers). */
  message: string;
}

export interface RetryPolicy {
  /** Retries after the first attempt (config.openai.maxRetries). */
  maxRetries: number;
  /** Backoff before retry r (r = 1, 2…): baseDelayMs · 2^(r−1), capped, minus up to 25 % jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the answer falls back at once. */
  maxRetryAfterMs: number;
}

export const DEFAULT_RETRY_TIMING = { baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 10_000 } as const;

/** Thrown by the answerer when a 200 response carries no usable message. */
export class MalformedResponseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'MalformedResponseError';
  }
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  status?: unknown;
  headers?: unknown;
  retryAfterMs?: unknown;
  constructor?: { name?: string };
}

function header(headers: unknown, name: string): string | undefined {
  if (!headers || typeof headers !== 'object') return undefined;
  if (typeof (headers as Headers).get === 'function') return (headers as Headers).get(name) ?? undefined;
  const value = (headers as Record<string, unknown>)[name];
  return typeof value === 'string' ? value : undefined;
}

/** retry-after-ms (OpenAI), else Retry-After in seconds or as an HTTP date. */
export function retryAfterFromHeaders(headers: unknown, now = Date.now()): number | undefined {
  const milliseconds = Number.parseFloat(header(headers, 'retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = header(headers, 'retry-after')?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/**
 * What went wrong with one attempt. `timedOut` / `aborted` say which of the
 * answerer's signals fired, since both surface as an AbortError.
 */
export function classifyFailure(error: unknown, state: { timedOut: boolean; aborted: boolean }): Failure {
  const e = (typeof error === 'object' && error !== null ? error : {}) as ErrorLike;
  const name = typeof e.name === 'string' ? e.name : '';
  const className = e.constructor?.name ?? '';
  const message = (typeof e.message === 'string' ? e.message : String(error)).split('\n')[0]!.slice(0, 300);
  if (state.aborted) return { kind: 'aborted', retryable: false, message: 'aborted by the caller' };
  if (state.timedOut || name === 'TimeoutError' || className === 'APIConnectionTimeoutError') {
    return { kind: 'timeout', retryable: true, message: message || 'request timed out' };
  }
  const status = typeof e.status === 'number' ? e.status : undefined;
  if (status !== undefined) {
    const retryAfterMs = retryAfterFromHeaders(e.headers) ?? (typeof e.retryAfterMs === 'number' ? e.retryAfterMs : undefined);
    if (status === 429) return { kind: 'rate_limited', retryable: true, status, retryAfterMs, message };
    if (status >= 500 || status === 408 || status === 409) return { kind: 'server_error', retryable: true, status, retryAfterMs, message };
    return { kind: 'client_error', retryable: false, status, message };
  }
  if (name === 'AbortError' || className === 'APIUserAbortError') return { kind: 'aborted', retryable: false, message };
  if (className === 'APIConnectionError' || /ECONNREFUSED|ECONNRESET|EPIPE|socket hang up|fetch failed|Connection error/i.test(message)) {
    return { kind: 'network', retryable: true, message };
  }
  if (name === 'SyntaxError' || name === 'MalformedResponseError' || /JSON/.test(message)) {
    return { kind: 'malformed_response', retryable: true, message };
  }
  // LangChain reading a well-formed JSON without `choices` fails with a TypeError: still a bad response.
  return { kind: name === 'TypeError' ? 'malformed_response' : 'unexpected', retryable: true, message };
}

/** Wait before retry number `retry` (1-based), or null when the server asks for more than the ceiling. */
export function retryDelay(retry: number, failure: Failure, policy: RetryPolicy, random: () => number = Math.random): number | null {
  if (failure.retryAfterMs !== undefined) {
    return failure.retryAfterMs <= policy.maxRetryAfterMs ? failure.retryAfterMs : null;
  }
  const backoff = Math.min(policy.baseDelayMs * 2 ** (retry - 1), policy.maxDelayMs);
  return Math.round(backoff * (1 - 0.25 * random()));
}

/** Resolves after `ms`, or early (false) when the signal aborts. */
export function sleep(ms: number, signal?: AbortSignal): Promise<boolean> {
  return new Promise((resolve) => {
    if (signal?.aborted) return resolve(false);
    const onAbort = () => {
      clearTimeout(timer);
      resolve(false);
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve(true);
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
