/**
 * OpenAI embeddings (or any OpenAI-compatible /v1/embeddings) behind LangChain's
 * `Embeddings` interface, like the local embedder.
 *
 * - `embedderId` (`openai:<model>`) and `dimension` (known after the first call)
 *   go into the index manifest, so an index built with another embedder or model
 *   is refused instead of being queried with incompatible vectors.
 * - Documents are sent in batches (`batchSize`, default 256), two batches in
 *   flight at a time (LangChain's maxConcurrency).
 * - Vectors are requested as plain floats: the openai SDK otherwise asks for
 *   base64, which some compatible servers do not implement.
 * - Retries: the SDK's own are off (LangChain builds its client with
 *   `maxRetries: 0`); LangChain's AsyncCaller retries `maxRetries` times with
 *   exponential backoff (≥ 1 s, doubling) and waits at least the Retry-After the
 *   server asks for. Its default handler gives up at once on a 429 without
 *   Retry-After; the handler here retries it like any 429 / 5xx / timeout /
 *   network error, so every retryable failure gets exactly 1 + maxRetries
 *   attempts. Other 4xx fail at once.
 */
import { OpenAIEmbeddings } from '@langchain/openai';
import type { MarsadConfig } from '../../config.js';
import { silentLogger, type Logger } from '../../logger.js';
import { remoteDenseEmbedder, type DenseEmbedder } from './dense-embedder.js';

export type OpenAIConfig = NonNullable<MarsadConfig['openai']>;

export const DEFAULT_EMBEDDINGS_BATCH_SIZE = 256;
/** A Retry-After beyond this is treated as "not now": the call fails instead of sleeping. */
const MAX_RETRY_AFTER_MS = 60_000;

export interface OpenAIEmbeddingsOptions {
  batchSize?: number;
  /** Requested output size for models that support it (text-embedding-3-*). */
  dimensions?: number;
  logger?: Logger;
}

interface AttemptError {
  name?: string;
  message?: string;
  status?: number;
  headers?: unknown;
  retryAfterMs?: number;
}

function retryAfterMs(headers: unknown): number | undefined {
  if (!headers || typeof (headers as Headers).get !== 'function') return undefined;
  const milliseconds = Number.parseFloat((headers as Headers).get('retry-after-ms') ?? '');
  if (Number.isFinite(milliseconds) && milliseconds >= 0) return milliseconds;
  const value = (headers as Headers).get('retry-after')?.trim();
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

export class MarsadOpenAIEmbeddings extends OpenAIEmbeddings {
  /** Stored in the index manifest: vectors from different ids are not comparable. */
  readonly embedderId: string;
  /** Settings that change the vectors, for the manifest. */
  readonly settings: { model: string; dimensions: number | null; batchSize: number };
  private discoveredDimension: number | undefined;

  constructor(openai: OpenAIConfig, options: OpenAIEmbeddingsOptions = {}) {
    const logger = options.logger ?? silentLogger;
    const batchSize = options.batchSize ?? DEFAULT_EMBEDDINGS_BATCH_SIZE;
    const mask = (text: string) => (openai.apiKey ? text.split(openai.apiKey).join('[redacted]') : text);
    super({
      model: openai.embeddingsModel,
      apiKey: openai.apiKey,
      configuration: openai.baseURL ? { baseURL: openai.baseURL } : {},
      batchSize,
      timeout: openai.timeoutMs,
      maxRetries: openai.maxRetries,
      encodingFormat: 'float',
      ...(options.dimensions ? { dimensions: options.dimensions } : {}),
      onFailedAttempt: (error: unknown) => {
        const e = (error ?? {}) as AttemptError;
        const status = typeof e.status === 'number' ? e.status : undefined;
        const retryable = status === undefined ? e.name !== 'AbortError' : status === 429 || status === 408 || status === 409 || status >= 500;
        const wait = status === undefined ? undefined : retryAfterMs(e.headers);
        logger.warn(
          { model: openai.embeddingsModel, status, retryable, retryAfterMs: wait, error: mask(String(e.message ?? error).split('\n')[0]!) },
          'openai embeddings attempt failed',
        );
        if (!retryable || (wait !== undefined && wait > MAX_RETRY_AFTER_MS)) throw error;
        // p-retry waits max(backoff, retryAfterMs).
        if (wait !== undefined) (error as AttemptError).retryAfterMs = wait;
      },
    });
    this.embedderId = `openai:${openai.embeddingsModel}${options.dimensions ? `@${options.dimensions}` : ''}`;
    this.settings = { model: openai.embeddingsModel, dimensions: options.dimensions ?? null, batchSize };
  }

  /** Vector size, known after the first successful call (undefined before). */
  get dimension(): number | undefined {
    return this.discoveredDimension;
  }

  override async embedDocuments(texts: string[]): Promise<number[][]> {
    if (texts.length === 0) return [];
    const vectors = await super.embedDocuments(texts);
    this.check(vectors, texts.length);
    return vectors;
  }

  override async embedQuery(text: string): Promise<number[]> {
    const vector = await super.embedQuery(text);
    this.check([vector], 1);
    return vector;
  }

  /** A compatible server that returns fewer vectors, or vectors of varying size, must not reach the index. */
  private check(vectors: number[][], expected: number): void {
    if (vectors.length !== expected || vectors.some((vector) => !Array.isArray(vector))) {
      throw new Error(`OpenAI embeddings: expected ${expected} vectors, got ${vectors.length}`);
    }
    for (const vector of vectors) {
      this.discoveredDimension ??= vector.length;
      if (vector.length !== this.discoveredDimension) {
        throw new Error(`OpenAI embeddings: vector of dimension ${vector.length}, expected ${this.discoveredDimension}`);
      }
    }
  }
}

/** The index's dense embedder over OpenAI: `embeddings` is the LangChain OpenAIEmbeddings, `id` its embedderId. */
export interface OpenAIDenseEmbedder extends DenseEmbedder {
  readonly embeddings: MarsadOpenAIEmbeddings;
}

export function createOpenAIEmbeddings(openai: OpenAIConfig, options: OpenAIEmbeddingsOptions = {}): OpenAIDenseEmbedder {
  const embeddings = new MarsadOpenAIEmbeddings(openai, options);
  const dense = remoteDenseEmbedder(embeddings.embedderId, embeddings, embeddings.settings.batchSize);
  return {
    ...dense,
    embeddings,
    // The first call already told us: no probe request then.
    dimension: async () => embeddings.dimension ?? (await dense.dimension()),
  };
}
