/**
 * The one settings type of the OpenAI provider (chat and embeddings alike),
 * filled from the environment by src/config.ts, and how long it waits.
 */

export interface OpenAISettings {
  apiKey: string;
  /** Any OpenAI-compatible server (OPENAI_BASE_URL); undefined: api.openai.com. */
  baseURL: string | undefined;
  chatModel: string;
  embeddingsModel: string;
  /** Bound on one whole attempt, body included (OPENAI_TIMEOUT_MS). */
  timeoutMs: number;
  /** Retries after the first attempt, for every retryable failure (OPENAI_MAX_RETRIES). */
  maxRetries: number;
}

export interface RetryTiming {
  /** Backoff before retry r (r = 1, 2…): baseDelayMs · 2^(r−1), capped at maxDelayMs, minus up to 25 % jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
  /** A Retry-After longer than this is not waited for: the call fails at once. */
  maxRetryAfterMs: number;
}

/** A reader waits for an answer: a server asking for more than 10 s gets the offline answer instead. */
export const CHAT_RETRY_TIMING: RetryTiming = { baseDelayMs: 500, maxDelayMs: 8_000, maxRetryAfterMs: 10_000 };
/** An index build can wait out a rate limit of up to a minute. */
export const EMBEDDINGS_RETRY_TIMING: RetryTiming = { baseDelayMs: 1_000, maxDelayMs: 8_000, maxRetryAfterMs: 60_000 };
