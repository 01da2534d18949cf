/**
 * OpenAI embeddings (LangChain OpenAIEmbeddings + the real openai SDK) against
 * the local OpenAI-compatible server: batching, vectors, identity, retries.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createOpenAIEmbeddings } from '../../src/core/embeddings/openai.js';
import { EMBEDDING_DIMENSION, errorBody, fakeEmbedding, startFakeOpenAI, type FakeOpenAI } from '../fake-openai/server.js';
import { API_KEY, openaiConfig, PARAGRAPHS } from './fixtures.js';

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(async () => {
  await fake.close();
});
beforeEach(() => fake.reset());

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
    const embedder = createOpenAIEmbeddings(openaiConfig(fake.baseURL));
    expect(embedder.id).toBe('openai:text-embedding-3-small');
    expect(embedder.embeddings.dimension).toBeUndefined();

    const progress: number[] = [];
    const vectors = await embedder.embedTexts(TEXTS, (done) => progress.push(done));
    const requests = fake.requestsTo('embeddings');
    expect(requests.map((request) => inputsOf(request).length)).toEqual([256, 256, 88]);
    expect(requests.flatMap(inputsOf)).toEqual(TEXTS.map((text) => text.replace(/\n/g, ' ')));
    for (const request of requests) {
      expect(request.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(request.body).toMatchObject({ model: 'text-embedding-3-small', encoding_format: 'float' });
    }
    expect(progress).toEqual([256, 512, 600]);

    expect(vectors).toHaveLength(600);
    expect(vectors[0]).toBeInstanceOf(Float32Array);
    expectClose(vectors[0]!, fakeEmbedding(TEXTS[0]!));
    expectClose(vectors[599]!, fakeEmbedding(TEXTS[599]!));
    expect(embedder.embeddings.dimension).toBe(EMBEDDING_DIMENSION);
    expect(await embedder.dimension()).toBe(EMBEDDING_DIMENSION);
    expect(fake.requestsTo('embeddings')).toHaveLength(3); // the dimension came from the vectors, no probe
  });

  it('batches inside LangChain too: embedDocuments(600) with batchSize 256 → 3 requests', async () => {
    const { embeddings } = createOpenAIEmbeddings(openaiConfig(fake.baseURL), { batchSize: 256 });
    const vectors = await embeddings.embedDocuments(TEXTS);
    expect(fake.requestsTo('embeddings').map((request) => inputsOf(request).length).sort((a, b) => b - a)).toEqual([256, 256, 88]);
    expect(vectors.map((vector) => vector.length)).toEqual(new Array(600).fill(EMBEDDING_DIMENSION));
    expectClose(vectors[300]!, fakeEmbedding(TEXTS[300]!));
  });

  it('embeds a query deterministically; different texts give different vectors', async () => {
    const embedder = createOpenAIEmbeddings(openaiConfig(fake.baseURL));
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
    const embedder = createOpenAIEmbeddings(openaiConfig(fake.baseURL), { dimensions: 32 });
    expect(embedder.id).toBe('openai:text-embedding-3-small@32');
    expect(await embedder.dimension()).toBe(32);
    expect(await embedder.dimension()).toBe(32);
    expect(fake.requestsTo('embeddings')).toHaveLength(1);
    expect(fake.requestsTo('embeddings')[0]!.body).toMatchObject({ dimensions: 32 });
  });

  it('retries a 429 without Retry-After and a 500 (LangChain backoff), exactly maxRetries times', async () => {
    fake.enqueue('embeddings', { status: 429, body: errorBody('Rate limit reached', 'requests', 'rate_limit_exceeded') }, { status: 500, body: errorBody('oops', 'server_error') });
    const embedder = createOpenAIEmbeddings(openaiConfig(fake.baseURL, { maxRetries: 2 }));
    const started = Date.now();
    const vector = await embedder.embedQuery('Astana');
    const elapsed = Date.now() - started;
    expect(vector).toHaveLength(EMBEDDING_DIMENSION);
    expect(fake.requestsTo('embeddings')).toHaveLength(3);
    console.info(`[measure] embeddings 429 + 500 then 200, maxRetries 2 → 3 attempts, ${elapsed} ms`);
  });

  it('gives up after 1 + maxRetries attempts, and at once on a 400', async () => {
    fake.enqueue('embeddings', ...Array.from({ length: 3 }, () => ({ status: 503, body: errorBody('overloaded', 'server_error') })));
    const embedder = createOpenAIEmbeddings(openaiConfig(fake.baseURL, { maxRetries: 1 }));
    await expect(embedder.embedQuery('Astana')).rejects.toMatchObject({ status: 503 });
    expect(fake.requestsTo('embeddings')).toHaveLength(2);

    fake.reset();
    fake.enqueue('embeddings', { status: 400, body: errorBody("'input' is too long", 'invalid_request_error') });
    await expect(embedder.embedQuery('Astana')).rejects.toMatchObject({ status: 400 });
    expect(fake.requestsTo('embeddings')).toHaveLength(1);
  });
});
