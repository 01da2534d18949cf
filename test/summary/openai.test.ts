/**
 * The abstractive path through the OpenAI provider (the real openai SDK),
 * against the local fake OpenAI server: map-reduce over numbered excerpts,
 * citations checked like answers' (a hallucinated [n] is dropped), the
 * offline summary (not cached) when the API fails, OPENAI_MAX_RETRIES honoured
 * and the section calls capped.
 */
import { afterAll, beforeAll, beforeEach, describe, expect, test } from 'vitest';
import type { OpenAISettings } from '../../src/core/providers/openai/settings.js';
import { SECTION_CALLS_IN_FLIGHT } from '../../src/core/summary/abstractive.js';
import { createSummaryCache, summarize } from '../../src/core/summary/index.js';
import type { Article } from '../../src/core/types.js';
import { errorBody, messageText, parseSources, startFakeOpenAI, type ChatRequestBody, type FakeOpenAI } from '../fake-openai/server.js';
import { expectCitationsConsistent, expectQuotesInParagraphs, loadInterview } from './fixtures.js';

let fake: FakeOpenAI;
let articles: Article[];
let settings: OpenAISettings;

const prompt = (request: ChatRequestBody) => request.messages.map(messageText).join('\n');

/** Map: one note per excerpt given (first two). Reduce: two real points and one citing an excerpt that does not exist. */
function modelResponder(request: ChatRequestBody): string {
  const text = prompt(request);
  if (text.includes('<sources>')) {
    return parseSources(request).slice(0, 2).map((source) => `- ${(source.excerptEnglish ?? source.excerpt).slice(0, 90)} [${source.n}]`).join('\n');
  }
  const numbers = [...text.matchAll(/\[(\d+)\]/g)].map((match) => Number(match[1]));
  return [
    'HEADLINE: Tokayev on Kazakhstan and China',
    `- China is a key partner for Kazakhstan, Tokayev said [${numbers[0]}].`,
    `- Visa-free travel and tourism years bring people closer [${numbers.at(-1)}][999].`,
    '- An invented claim with no real source [777].',
  ].join('\n');
}

beforeAll(async () => {
  fake = await startFakeOpenAI();
  ({ articles } = loadInterview());
  settings = { apiKey: 'sk-test-summary-0123456789', baseURL: fake.baseURL, chatModel: 'gpt-4o-mini', embeddingsModel: 'text-embedding-3-small', timeoutMs: 3_000, maxRetries: 0 };
});
beforeEach(() => fake.reset());
afterAll(() => fake?.close());

describe('with OpenAI configured', () => {
  test('map-reduce summary: cited points, the invented [n] dropped, quotes and entities kept exact', async () => {
    fake.setChatResponder(modelResponder);
    const summary = await summarize({ articles, scope: { kind: 'section', query: 'China' }, lang: 'en', openai: settings });
    const chats = fake.requestsTo('chat');
    const reduces = chats.filter((request) => prompt(request.body as ChatRequestBody).includes('<notes>'));
    expect(reduces).toHaveLength(1);
    expect(chats.length).toBeGreaterThanOrEqual(2); // at least one map call, then the reduce
    expect(chats[0]!.headers.authorization).toBe(`Bearer ${settings.apiKey}`);

    expect(summary.mode).toBe('openai');
    expect(summary.headline).toBe('Tokayev on Kazakhstan and China');
    expect(summary.points.map((point) => point.text)).toEqual([
      'China is a key partner for Kazakhstan, Tokayev said.',
      'Visa-free travel and tourism years bring people closer.',
    ]);
    expect(summary.quotes.length).toBeGreaterThanOrEqual(2);
    expect(summary.entities.some((entity) => entity.name === 'Xi Jinping')).toBe(true);
    for (const citation of summary.citations) expect(citation.paragraph >= 14 && citation.paragraph <= 19).toBe(true); // the China section
    expectQuotesInParagraphs(summary, articles);
    expectCitationsConsistent(summary);
  });

  test('on an API failure: the offline summary, mode offline-fallback, with a notice, and not cached', async () => {
    fake.setChatResponder(() => ({ status: 500, body: { error: { message: 'boom', type: 'server_error' } } }));
    const cache = createSummaryCache();
    const failures: unknown[] = [];
    const summary = await summarize({ articles, scope: { kind: 'article' }, lang: 'ar', openai: settings, cache, onFallback: (error) => failures.push(error) });
    expect(fake.requestsTo('chat').length).toBeGreaterThan(0);
    expect(summary.mode).toBe('offline-fallback');
    expect(summary.notice).toMatch(/دون اتصال/u);
    expect(summary.points.length).toBeGreaterThanOrEqual(5);
    expect(failures).toHaveLength(1);
    expect(cache.size).toBe(0);
    expectQuotesInParagraphs(summary, articles);
  });

  test('a model that cites nothing valid also falls back', async () => {
    fake.setChatResponder(() => '- Something without any source number.\n- Another [42]');
    const summary = await summarize({ articles, scope: { kind: 'section', query: 'Russia' }, lang: 'en', openai: settings });
    expect(summary.mode).toBe('offline-fallback');
    expect(summary.points.every((point) => point.citations.length > 0)).toBe(true);
  });
});

describe('bug 3: the summary honours OPENAI_MAX_RETRIES and caps its section calls', () => {
  test('a map call rate-limited once is retried (OPENAI_MAX_RETRIES=1), and the summary is the model\'s', async () => {
    fake.setChatResponder(modelResponder);
    // retry-after-ms 0: the retry is immediate, nothing to wait for.
    fake.enqueue('chat', { status: 429, headers: { 'retry-after-ms': '0' }, body: errorBody('Rate limit reached', 'requests', 'rate_limit_exceeded') });
    const summary = await summarize({ articles, scope: { kind: 'section', query: 'China' }, lang: 'en', openai: { ...settings, maxRetries: 1 } });
    expect(summary.mode).toBe('openai');
    expect(fake.requestsTo('chat')[0]!.body).toMatchObject({ model: 'gpt-4o-mini' });
  });

  test(`the map calls of a whole article: at most ${SECTION_CALLS_IN_FLIGHT} in flight at once`, async () => {
    // No answer leaves the server until the cap's worth of calls has reached it, so the calls sent together are
    // held there together however slowly the machine delivers them (a timed delay alone let the first answer go
    // before a loaded machine had sent the third call). Each answer then takes a moment more, so a call beyond
    // the cap, sent together with them, overlaps them there too.
    let openGate!: () => void;
    const gate = new Promise<void>((resolve) => (openGate = resolve));
    fake.setChatResponder((request) => {
      if (fake.requestsTo('chat').length >= SECTION_CALLS_IN_FLIGHT) openGate();
      return { after: gate, delayMs: 30, body: { id: 'chatcmpl-slow', object: 'chat.completion', created: 0, model: 'm', choices: [{ index: 0, message: { role: 'assistant', content: modelResponder(request) }, finish_reason: 'stop' }] } };
    });
    const summary = await summarize({ articles, scope: { kind: 'article' }, lang: 'en', openai: settings });
    const maps = fake.requestsTo('chat').filter((request) => prompt(request.body as ChatRequestBody).includes('<sources>'));
    expect(maps.length).toBeGreaterThan(SECTION_CALLS_IN_FLIGHT);
    expect(fake.peakInFlight('chat')).toBe(SECTION_CALLS_IN_FLIGHT);
    expect(summary.mode).toBe('openai');
  });
});
