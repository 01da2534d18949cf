/**
 * One place for how every OpenAI request is made: exactly 1 + maxRetries
 * attempts for a retryable failure (p-retry), each attempt bounded by
 * timeoutMs even when the body stalls after the headers (the SDK's own timeout
 * stops at the headers), Retry-After honoured up to a ceiling, the caller's
 * signal ending everything at once, and one log line per failed attempt with
 * the API key masked. What remains after the last attempt is a ModelUnavailableError.
 */
import OpenAI from 'openai';
import pRetry from 'p-retry';
import { silentLogger, type Logger } from '../../../logger.js';
import { ModelUnavailableError } from '../../chat-model.js';
import { classifyFailure, retryDelay, type Failure } from './failures.js';
import type { OpenAISettings, RetryTiming } from './settings.js';

/** Waits `ms` unless `signal` aborts first (tests inject one that records and returns at once). */
export type Wait = (ms: number, signal?: AbortSignal) => Promise<void>;

export interface OpenAIProviderOptions {
  logger?: Logger;
  /** The wait between attempts (default: a real timer). */
  wait?: Wait;
  /** Backoff timing (default per operation); the number of retries always comes from the settings. */
  timing?: Partial<RetryTiming>;
}

const realWait: Wait = (ms, signal) =>
  new Promise((resolve) => {
    const done = () => {
      clearTimeout(timer);
      signal?.removeEventListener('abort', done);
      resolve();
    };
    const timer = setTimeout(done, ms);
    signal?.addEventListener('abort', done, { once: true });
  });

/** Our SDK client: its own retries off (ours count every retryable failure the same way). */
export function createClient(settings: OpenAISettings): OpenAI {
  return new OpenAI({ apiKey: settings.apiKey, baseURL: settings.baseURL, timeout: settings.timeoutMs, maxRetries: 0 });
}

class AttemptFailed extends Error {
  constructor(readonly failure: Failure) {
    super(failure.message);
  }
}

export interface Requester {
  /** Runs `attempt` with retries; `what` names the call in logs ('chat', 'embeddings'). */
  request<T>(what: string, attempt: (signal: AbortSignal) => Promise<T>, signal?: AbortSignal): Promise<T>;
}

export function createRequester(settings: OpenAISettings, defaults: RetryTiming, options: OpenAIProviderOptions = {}): Requester {
  const logger = options.logger ?? silentLogger;
  const wait = options.wait ?? realWait;
  const timing = { ...defaults, ...options.timing };
  const mask = (text: string) => text.split(settings.apiKey).join('[redacted]');
  const endpoint = settings.baseURL ? new URL(settings.baseURL).host : 'api.openai.com';

  /** One attempt, bounded by timeoutMs from the request to the parsed body. */
  async function attemptOnce<T>(attempt: (signal: AbortSignal) => Promise<T>, caller: AbortSignal | undefined): Promise<T> {
    const state = { timedOut: false, aborted: false };
    const controller = new AbortController();
    const onAbort = () => {
      state.aborted = true;
      controller.abort(caller?.reason);
    };
    if (caller?.aborted) onAbort();
    else caller?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      state.timedOut = true;
      controller.abort(new Error(`no complete response within ${settings.timeoutMs} ms`));
    }, settings.timeoutMs);
    try {
      return await attempt(controller.signal);
    } catch (error) {
      const failure = classifyFailure(error, state);
      throw new AttemptFailed({ ...failure, message: mask(failure.message) });
    } finally {
      clearTimeout(timer);
      caller?.removeEventListener('abort', onAbort);
    }
  }

  return {
    async request(what, attempt, signal) {
      const maxAttempts = 1 + Math.max(0, settings.maxRetries);
      let last: Failure = { kind: 'unexpected', retryable: false, message: 'no attempt made' };
      let attempts = 0;
      try {
        return await pRetry(
          () => {
            attempts += 1;
            return attemptOnce(attempt, signal);
          },
          {
            retries: maxAttempts - 1,
            minTimeout: 0, // the wait is ours (onFailedAttempt): Retry-After or backoff, through the injected clock
            signal,
            async onFailedAttempt({ error, attemptNumber, retriesLeft }) {
              last = error instanceof AttemptFailed ? error.failure : classifyFailure(error, { timedOut: false, aborted: false });
              const delay = last.retryable && retriesLeft > 0 ? retryDelay(attemptNumber, last, timing) : null;
              if (last.kind !== 'aborted') {
                logger.warn(
                  { model: what === 'embeddings' ? settings.embeddingsModel : settings.chatModel, endpoint, attempt: attemptNumber, maxAttempts, kind: last.kind, status: last.status, retryAfterMs: last.retryAfterMs, retryInMs: delay ?? undefined, error: last.message },
                  `openai ${what} attempt failed`,
                );
              }
              if (last.retryable && retriesLeft > 0 && delay === null) last = { ...last, retryable: false }; // Retry-After beyond the ceiling
              if (delay !== null) await wait(delay, signal);
            },
            shouldRetry: () => last.retryable,
          },
        );
      } catch (error) {
        if (signal?.aborted) throw new ModelUnavailableError('aborted', attempts, 'aborted by the caller');
        if (error instanceof ModelUnavailableError) throw error;
        throw new ModelUnavailableError(last.kind, attempts, last.message, last.status);
      }
    },
  };
}
