/**
 * The OpenAI provider's embedder (the real openai SDK) against the local
 * OpenAI-compatible server: batching, vectors, identity, retries (waits
 * recorded by an injected clock, never slept through).
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAIEmbedder, type OpenAIEmbedderOptions } from '../../src/core/providers/openai/embeddings.js';
import type { OpenAISettings } from '../../src/core/providers/openai/settings.js';
import { EMBEDDING_DIMENSION, errorBody, fakeEmbedding, startFakeOpenAI, type FakeOpenAI } from '../fake-openai/server.js';
import { API_KEY, openaiConfig, PARAGRAPHS } from './fixtures.js';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
});
let waits: number[] = [];
beforeEach(() => {
  fake.reset();
  waits = [];
});

function embedderOf(overrides: Partial<OpenAISettings> = {}, options: OpenAIEmbedderOptions = {}) {
  return createOpenAIEmbedder(openaiConfig(fake.baseURL, overrides), { wait: async (ms) => void waits.push(ms), ...options });
}

/** 600 distinct real texts: the interview's paragraphs and translations, numbered. */
const TEXTS = Array.from({ length: 600 }, (_, index) => {
  const paragraph = PARAGRAPHS[index % PARAGRAPHS.length]!;
  return `${index}: ${index % 2 ? paragraph.translation : paragraph.text}`;
});

function inputsOf(request: { body: unknown }): string[] {
  return (request.body as { input: string[] }).input;
}

function expectClose(actual: ArrayLike<number>, expected: number[]) {
  expect(actual.length).toBe(expected.length);
  for (let index = 0; index < expected.length; index += 1) expect(actual[index]).toBeCloseTo(expected[index]!, 6);
}

describe('OpenAI embeddings', () => {
  it('embeds 600 texts in 3 requests of ≤ 256, in order, with the key, model and float format', async () => {
    const embedder = embedderOf();
    expect(embedder.id).toBe('openai:text-embedding-3-small');

    const progress: number[] = [];
    const vectors = await embedder.embedTexts(TEXTS, (done) => progress.push(done));
    const requests = fake.requestsTo('embeddings');
    // Two batches in flight: the third is sent once one of the first two has come back.
    expect(requests.map((request) => inputsOf(request).length).sort((a, b) => b - a)).toEqual([256, 256, 88]);
    expect(requests.flatMap(inputsOf).sort()).toEqual([...TEXTS].sort());
    for (const request of requests) {
      expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(request.body).toMatchObject({ model: 'text-embedding-3-small', encoding_format: 'float' });
    }
    expect(progress.at(-1)).toBe(600);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));

    expect(vectors).toHaveLength(600);
    expect(vectors[0]).toBeInstanceOf(Float32Array);
    expectClose(vectors[0]!, fakeEmbedding(TEXTS[0]!));
    expectClose(vectors[599]!, fakeEmbedding(TEXTS[599]!));
    expect(await embedder.dimension()).toBe(EMBEDDING_DIMENSION);
    expect(fake.requestsTo('embeddings')).toHaveLength(3); // the dimension came from the vectors, no probe
  });

  it('embeds a query deterministically; different texts give different vectors', async () => {
    const embedder = embedderOf();
    const question = 'How many times has Putin visited Kazakhstan?';
    const [first, second, other] = await Promise.all([
      embedder.embedQuery(question),
      embedder.embedQuery(question),
      embedder.embedQuery('كم مرة زار بوتين كازاخستان؟'),
    ]);
    expect(Array.from(first)).toEqual(Array.from(second));
    expect(Array.from(first)).not.toEqual(Array.from(other));
    expectClose(first, fakeEmbedding(question));
    expect((fake.requestsTo('embeddings')[0]!.body as { input: unknown }).input).toBe(question);
  });

  it('asks once for the dimension when nothing was embedded yet', async () => {
    const embedder = embedderOf({}, { dimensions: 32 });
    expect(embedder.id).toBe('openai:text-embedding-3-small@32');
    expect(await embedder.dimension()).toBe(32);
    expect(await embedder.dimension()).toBe(32);
    expect(fake.requestsTo('embeddings')).toHaveLength(1);
    expect(fake.requestsTo('embeddings')[0]!.body).toMatchObject({ dimensions: 32 });
  });

  it('retries a 429 without Retry-After and a 500 with backoff, exactly maxRetries times', async () => {
    fake.enqueue('embeddings', { status: 429, body: errorBody('Rate limit reached', 'requests', 'rate_limit_exceeded') }, { status: 500, body: errorBody('oops', 'server_error') });
    const embedder = embedderOf({ maxRetries: 2 });
    const vector = await embedder.embedQuery('Astana');
    expect(vector).toHaveLength(EMBEDDING_DIMENSION);
    expect(fake.requestsTo('embeddings')).toHaveLength(3);
    expect(waits).toHaveLength(2); // 1 s then 2 s, minus jitter
    expect(waits[0]).toBeLessThan(waits[1]!);
  });

  it('gives up after 1 + maxRetries attempts, and at once on a 400', async () => {
    fake.enqueue('embeddings', ...Array.from({ length: 3 }, () => ({ status: 503, body: errorBody('overloaded', 'server_error') })));
    const embedder = embedderOf({ maxRetries: 1 });
    await expect(embedder.embedQuery('Astana')).rejects.toMatchObject({ name: 'ModelUnavailableError', kind: 'server_error', status: 503, attempts: 2 });
    expect(fake.requestsTo('embeddings')).toHaveLength(2);

    fake.reset();
    fake.enqueue('embeddings', { status: 400, body: errorBody("'input' is too long", 'invalid_request_error') });
    await expect(embedder.embedQuery('Astana')).rejects.toMatchObject({ kind: 'client_error', status: 400, attempts: 1 });
    expect(fake.requestsTo('embeddings')).toHaveLength(1);
  });
});
