/**
 * The core's DenseEmbedder over OpenAI's /v1/embeddings (or any compatible
 * server), through the openai SDK and the provider's one request path.
 *
 * - `id` (`openai:<model>[@dimensions]`) and the dimension (known after the
 *   first call) go into the index manifest, so an index built with another
 *   embedder or model is refused instead of being queried with other vectors.
 * - Texts go in batches (256 by default), two batches in flight.
 * - Vectors are requested as plain floats: the SDK otherwise asks for base64,
 *   which some compatible servers do not implement.
 */
import pLimit from 'p-limit';
import type { DenseEmbedder } from '../../embeddings/dense-embedder.js';
import { MalformedResponseError } from './failures.js';
import { createClient, createRequester, type OpenAIProviderOptions } from './requests.js';
import { EMBEDDINGS_RETRY_TIMING, type OpenAISettings } from './settings.js';

const DEFAULT_BATCH_SIZE = 256;
const BATCHES_IN_FLIGHT = 2;

export interface OpenAIEmbedderOptions extends OpenAIProviderOptions {
  batchSize?: number;
  /** Requested output size for models that support it (text-embedding-3-*). */
  dimensions?: number;
}

export function createOpenAIEmbedder(settings: OpenAISettings, options: OpenAIEmbedderOptions = {}): DenseEmbedder {
  const client = createClient(settings);
  const requester = createRequester(settings, EMBEDDINGS_RETRY_TIMING, options);
  const batchSize = options.batchSize ?? DEFAULT_BATCH_SIZE;
  let knownDimension: number | undefined;

  /** A compatible server that returns fewer vectors, or vectors of varying size, must not reach the index. */
  async function embed(input: string | string[]): Promise<Float32Array[]> {
    const expected = typeof input === 'string' ? 1 : input.length;
    return requester.request('embeddings', async (signal) => {
      const response = await client.embeddings.create(
        { model: settings.embeddingsModel, input, encoding_format: 'float', ...(options.dimensions ? { dimensions: options.dimensions } : {}) },
        { signal },
      );
      const data = Array.isArray(response?.data) ? [...response.data].sort((left, right) => left.index - right.index) : [];
      if (data.length !== expected || data.some((item) => !Array.isArray(item.embedding))) {
        throw new MalformedResponseError(`expected ${expected} vectors, got ${data.length}`);
      }
      const vectors = data.map((item) => Float32Array.from(item.embedding));
      for (const vector of vectors) {
        knownDimension ??= vector.length;
        if (vector.length !== knownDimension) throw new MalformedResponseError(`a vector of dimension ${vector.length}, expected ${knownDimension}`);
      }
      return vectors;
    });
  }

  return {
    id: `openai:${settings.embeddingsModel}${options.dimensions ? `@${options.dimensions}` : ''}`,
    lexical: null,
    // The first call already told us: no probe request then.
    dimension: async () => knownDimension ?? (await embed('dimension probe'))[0]!.length,
    async embedTexts(texts, onBatch) {
      const limit = pLimit(BATCHES_IN_FLIGHT);
      let done = 0;
      const batches = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        const batch = texts.slice(start, start + batchSize);
        batches.push(
          limit(async () => {
            const vectors = await embed(batch);
            done += vectors.length;
            onBatch?.(done);
            return vectors;
          }),
        );
      }
      return (await Promise.all(batches)).flat();
    },
    embedQuery: async (text) => (await embed(text))[0]!,
  };
}
