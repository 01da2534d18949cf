/**
 * Fault drills on Discord, with the real discord.js client against the fake
 * Discord: the gateway dropped while an answer is being computed, a REST 429
 * on the final edit, an /ask arriving while the index is being rebuilt, and
 * 50 simultaneous /ask from 10 users under the per-user rate limit.
 */
import { once } from 'node:events';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { localEmbedderChoice, type EmbedderChoice } from '../../src/core/embeddings/dense-embedder.js';
import type { MarsadEngine } from '../../src/core/engine-types.js';
import { makeAsker, sendSlashCommand, type Asker } from '../fake-discord/events.js';
import { makeUser, PERMISSIONS } from '../fake-discord/fixtures.js';
import { rateLimitedResponse } from '../fake-discord/rest.js';
import { delegateTo } from '../discord/engine-wrappers.js';
import { isCallback, isOriginalEdit, messageBody, readable, visibleText } from '../discord/payloads.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { knowledgeFolder, MARKER_QUESTION, markerArticle, startBotHarness, watchUnhandledRejections, type BotHarness } from './support.js';

// No drill may leave a promise rejected unhandled (that would take a real bot process down).
const unhandled = watchUnhandledRejections();
beforeAll(() => unhandled.start());
afterAll(async () => {
  removeTemporaryDirectories();
  expect(await unhandled.stop()).toEqual([]);
});

const CHINA = 'What did Tokayev say about China?';

describe('gateway and REST faults', () => {
  let harness: BotHarness;
  let hold: Promise<void> = Promise.resolve();
  let askStarted: () => void = () => undefined;

  /** Answers wait for `hold` (a test closes it to keep an answer in flight). */
  const heldAnswers = (engine: MarsadEngine): MarsadEngine =>
    delegateTo(engine, {
      ask: async (question, options) => {
        askStarted();
        await hold;
        return engine.ask(question, options);
      },
    });

  beforeAll(async () => {
    harness = await startBotHarness({ wrapEngine: heldAnswers });
  });
  afterAll(() => harness?.stop());

  test('the gateway connection drops mid-answer: the client resumes and the answer is delivered once, after the resume', async () => {
    const { fake } = harness;
    let release: () => void = () => undefined;
    hold = new Promise((resolve) => (release = resolve));
    const started = new Promise<void>((resolve) => (askStarted = resolve));
    const since = fake.mark();
    const sent = sendSlashCommand(fake, 'ask', { question: CHINA }, makeAsker());
    await fake.waitForRequest(isCallback(sent.id), { since });
    await started; // the engine is computing the answer

    const resumed = once(fake.gateway, 'resumed');
    fake.gateway.drop();
    await resumed;
    const resumedAt = performance.now();
    release();

    const edit = await fake.waitForRequest(isOriginalEdit(fake, sent.token), { since });
    expect(edit.receivedAt).toBeGreaterThan(resumedAt);
    expect(visibleText(messageBody(edit))).toMatch(/China/u);
    const requests = (await fake.waitForQuiet(since, 150)).filter((request) => request.path.includes(sent.token));
    expect(requests.map((request) => `${request.method} ${request.status}`)).toEqual(['POST 204', 'PATCH 200']);
    expect(fake.gateway.connections.at(-1)!.kind).toBe('resume');
    expect(fake.gateway.received.filter((payload) => payload.op === 2)).toHaveLength(1); // resumed, never re-identified
    expect(harness.logs.map((line) => line.event)).toContain('gateway_resumed');
  });

  test('a REST 429 on the final edit: discord.js waits the retry_after and retries; the answer is delivered once', async () => {
    const { fake } = harness;
    hold = Promise.resolve();
    askStarted = () => undefined;
    const since = fake.mark();
    const sent = sendSlashCommand(fake, 'ask', { question: CHINA }, makeAsker());
    fake.failNext((request) => request.method === 'PATCH' && request.path.includes(sent.token), rateLimitedResponse(0.3));

    await fake.waitForRequest((request) => isOriginalEdit(fake, sent.token)(request) && request.status === 200, { since });
    const requests = (await fake.waitForQuiet(since, 200)).filter((request) => request.path.includes(sent.token));
    expect(requests.map((request) => `${request.method} ${request.status}`)).toEqual(['POST 204', 'PATCH 429', 'PATCH 200']);
    const [, limited, delivered] = requests;
    expect(delivered!.receivedAt - limited!.receivedAt).toBeGreaterThanOrEqual(280);
    expect(delivered!.body).toEqual(limited!.body); // the same edit, retried as is
    expect(visibleText(delivered!.body)).toMatch(/China/u);
    // The rate limit never surfaced as a failure.
    expect(harness.logs.filter((line) => line.level >= 40 && line.event !== 'gateway_disconnect')).toEqual([]);
  });
});

describe('an index being rebuilt, and a burst of questions', () => {
  const marker = (hour: number) => markerArticle('ferry-timetable', hour);

  let harness: BotHarness;
  let knowledgeDir: string;

  /**
   * The local embedder seen as an asynchronous one (as OpenAI embeddings are):
   * building waits at a gate a test can close, which holds a reindex mid-build
   * with the event loop free. Its `lexical` is null so the
   * build fetches vectors through `embedTexts`; the vectors are the local ones.
   */
  const gate = {
    closed: null as Promise<void> | null,
    release: () => undefined as void,
    reached: () => undefined as void,
    entered: Promise.resolve(),
    close() {
      this.closed = new Promise<void>((resolve) => (this.release = () => ((this.closed = null), resolve())));
      this.entered = new Promise<void>((resolve) => (this.reached = resolve));
    },
  };
  const local = localEmbedderChoice();
  const gatedEmbedder: EmbedderChoice = {
    id: local.id,
    dependsOnFit: local.dependsOnFit,
    bind(lexical) {
      const dense = local.bind(lexical);
      return {
        ...dense,
        lexical: null, // built through embedTexts, like a remote embedder, so the gate holds the build
        async embedTexts(texts, onBatch) {
          if (gate.closed) {
            gate.reached();
            await gate.closed;
          }
          return dense.embedTexts(texts, onBatch);
        },
      };
    },
  };

  beforeAll(async () => {
    knowledgeDir = knowledgeFolder('reload-knowledge', { 'ferry-timetable.md': marker(7) });
    harness = await startBotHarness({ knowledgeDir, environment: () => ({ RATE_LIMIT_PER_MINUTE: '3' }), engineOptions: { generative: null, embedder: gatedEmbedder } });
  });
  afterAll(() => harness?.stop());

  async function askedAnswer(question: string, asker: Asker = makeAsker()): Promise<string> {
    const { fake } = harness;
    const since = fake.mark();
    const sent = sendSlashCommand(fake, 'ask', { question }, asker);
    return readable(messageBody(await fake.waitForRequest(isOriginalEdit(fake, sent.token), { since })).embeds[0].description);
  }

  test('an /ask arriving while the index reloads is answered from the old index; the next one from the new', async () => {
    const { fake } = harness;
    expect(await askedAnswer(MARKER_QUESTION)).toMatch(/^The night ferry from Aktau to Baku leaves at 7 o'clock/u);
    writeFileSync(path.join(knowledgeDir, 'ferry-timetable.md'), marker(9));

    gate.close();
    const admin: Asker = { user: makeUser('desk-admin'), permissions: PERMISSIONS.manageGuild };
    const since = fake.mark();
    const reindex = sendSlashCommand(fake, 'reindex', {}, admin);
    expect((await fake.waitForRequest(isCallback(reindex.id), { since })).body).toMatchObject({ type: 5, data: { flags: 64 } });
    await gate.entered; // the new generation is being built
    expect(harness.engine.reindexing).toBe(true);

    expect(await askedAnswer(MARKER_QUESTION)).toMatch(/^The night ferry from Aktau to Baku leaves at 7 o'clock/u);
    expect(harness.engine.reindexing).toBe(true);

    gate.release();
    const summary = await fake.waitForRequest(isOriginalEdit(fake, reindex.token), { since });
    expect(summary.body.content).toMatch(/^Reindex finished in \d+\.\d s\nAdded 0 · changed 1 · removed 0 · unchanged 1/u);
    expect(await askedAnswer(MARKER_QUESTION)).toMatch(/^The night ferry from Aktau to Baku leaves at 9 o'clock/u);
  });

  test('50 simultaneous /ask from 10 users (limit 3 a minute): 3 answered and 2 refused per user, none lost, none answered twice', async () => {
    const { fake } = harness;
    const users = Array.from({ length: 10 }, (_, index) => makeAsker(`burst-reader-${index}`));
    const topics = ['China', 'Russia', 'the United States', 'the United Nations', 'Central Asia'];
    const since = fake.mark();
    const logStart = harness.logs.length;
    const sent = Array.from({ length: 50 }, (_, index) => {
      const asker = users[index % users.length]!;
      // A unique question per interaction: any cross-wiring of answers would show in the titles.
      const question = `What did Tokayev say about ${topics[index % topics.length]}? (ref ${index})`;
      return { asker, question, interaction: sendSlashCommand(fake, 'ask', { question }, asker) };
    });

    const callbacks = await Promise.all(sent.map(({ interaction }) => fake.waitForRequest(isCallback(interaction.id), { since, timeoutMs: 30_000 })));
    const answered = sent.filter((_, index) => callbacks[index]!.body.type === 5);
    await Promise.all(answered.map(({ interaction }) => fake.waitForRequest(isOriginalEdit(fake, interaction.token), { since, timeoutMs: 30_000 })));
    const requests = await fake.waitForQuiet(since, 250);

    for (const [index, { question, interaction }] of sent.entries()) {
      const own = requests.filter((request) => request.path.includes(interaction.id) || request.path.includes(interaction.token));
      if (callbacks[index]!.body.type === 5) {
        expect(own.map((request) => request.method)).toEqual(['POST', 'PATCH']);
        expect(readable(own[1]!.body.embeds[0].title)).toBe(question);
      } else {
        expect(own).toHaveLength(1);
        expect(callbacks[index]!.body).toMatchObject({ type: 4, data: { flags: 64 } });
        expect(callbacks[index]!.body.data.content).toMatch(/^You are asking quickly: please wait \d+ s before your next question \(limit: 3 a minute\)\.$/u);
      }
    }
    for (const user of users) {
      const own = sent.map((entry, index) => ({ ...entry, type: callbacks[index]!.body.type as number })).filter((entry) => entry.asker === user);
      // The rule: the first 3 of each user's questions are answered, the rest refused.
      expect(own.map((entry) => entry.type)).toEqual([5, 5, 5, 4, 4]);
    }
    expect(answered).toHaveLength(30);
    const logs = harness.logs.slice(logStart);
    expect(logs.filter((line) => line.event === 'question' && line.msg === 'question answered')).toHaveLength(30);
    expect(logs.filter((line) => line.code === 'rate_limited')).toHaveLength(20);
    expect(logs.filter((line) => line.level >= 50)).toEqual([]);
  }, 60_000);
});
