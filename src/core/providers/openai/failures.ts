/**
 * What went wrong with one attempt, decided by the openai SDK's error classes
 * (and the two of our own), and how long to wait before the next one.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError } from 'openai';
import type { FailureKind } from '../../chat-model.js';
import type { RetryTiming } from './settings.js';

export interface Failure {
  kind: FailureKind;
  retryable: boolean;
  status?: number;
  /** Server-requested wait before the next attempt (retry-after-ms or Retry-After). */
  retryAfterMs?: number;
  /** First line of the error, for logs (the caller masks the key). */
  message: string;
}

/** A 200 response without a usable message or vectors. */
export class MalformedResponseError extends Error {
  override readonly name = 'MalformedResponseError';
}

/** retry-after-ms (OpenAI's), else Retry-After in seconds or as an HTTP date. */
export function retryAfterMs(headers: Headers | undefined, now = Date.now()): number | undefined {
  const milliseconds = Number.parseFloat(headers?.get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = headers?.get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** `timedOut` / `aborted`: which of the attempt's own signals fired (both surface as an abort from the SDK). */
export function classifyFailure(error: unknown, state: { timedOut: boolean; aborted: boolean }): Failure {
  const message = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.slice(0, 300);
  if (state.aborted) return { kind: 'aborted', retryable: false, message: 'aborted by the caller' };
  if (state.timedOut || error instanceof APIConnectionTimeoutError) return { kind: 'timeout', retryable: true, message: message || 'request timed out' };
  if (error instanceof APIUserAbortError) return { kind: 'aborted', retryable: false, message };
  if (error instanceof APIConnectionError) return { kind: 'network', retryable: true, message };
  if (error instanceof APIError && error.status !== undefined) {
    const status = error.status;
    if (status === 429) return { kind: 'rate_limited', retryable: true, status, retryAfterMs: retryAfterMs(error.headers), message };
    if (status >= 500 || status === 408 || status === 409) return { kind: 'server_error', retryable: true, status, retryAfterMs: retryAfterMs(error.headers), message };
    return { kind: 'client_error', retryable: false, status, message };
  }
  // A body that is not JSON (the SDK's JSON.parse), or JSON without what we need.
  if (error instanceof SyntaxError || error instanceof MalformedResponseError) return { kind: 'malformed_response', retryable: true, message };
  return { kind: 'unexpected', retryable: false, message };
}

/** Wait before retry number `retry` (1-based), or null when the server asks for more than the ceiling. */
export function retryDelay(retry: number, failure: Failure, timing: RetryTiming, random: () => number = Math.random): number | null {
  if (failure.retryAfterMs !== undefined) return failure.retryAfterMs <= timing.maxRetryAfterMs ? failure.retryAfterMs : null;
  const backoff = Math.min(timing.baseDelayMs * 2 ** (retry - 1), timing.maxDelayMs);
  return Math.round(backoff * (1 - 0.25 * random()));
}
