/**
 * The connection's life: a dropped gateway connection is resumed (not
 * re-identified), events sent meanwhile are replayed and answered, answering
 * goes on afterwards; and stopping the bot lets an answer in flight finish.
 */
import { afterAll, beforeAll, expect, test, vi } from 'vitest';
import type { MarsadEngine } from '../../src/core/engine-types.js';
import { makeAsker, sendSlashCommand } from '../fake-discord/events.js';
import { delegateTo } from './engine-wrappers.js';
import { startHarness, type Harness } from './harness.js';
import { isCallback, isOriginalEdit } from './payloads.js';

let harness: Harness;
let holdAnswers: Promise<void> = Promise.resolve();

const heldAnswers = (engine: MarsadEngine): MarsadEngine =>
  delegateTo(engine, { ask: async (question, options) => (await holdAnswers, engine.ask(question, options)) });

beforeAll(async () => {
  harness = await startHarness({ wrapEngine: heldAnswers });
});
afterAll(() => harness?.stop());

test('login: one IDENTIFY with the intents Guilds, GuildMessages and MessageContent', () => {
  const identifies = harness.fake.gateway.received.filter((payload) => payload.op === 2);
  expect(identifies).toHaveLength(1);
  expect((identifies[0]!.d as { intents: number }).intents).toBe((1 << 0) | (1 << 9) | (1 << 15));
});

test('a dropped connection resumes, replays the question asked meanwhile, and keeps answering', async () => {
  const { fake } = harness;
  fake.gateway.drop();
  const duringOutage = sendSlashCommand(fake, 'ask', { question: 'What did Tokayev say about China?' }, makeAsker());
  expect(duringOutage.sentAt()).toBeNull(); // queued: no connection to write it to

  const edit = await fake.waitForRequest(isOriginalEdit(fake, duringOutage.token));
  expect(edit.body.embeds[0].description).toMatch(/China/u);
  expect(fake.gateway.connections.map((connection) => [connection.kind, connection.url.split('?')[0]])).toEqual([
    ['identify', '/'],
    ['resume', '/resume'],
  ]);
  expect(fake.gateway.received.filter((payload) => payload.op === 2)).toHaveLength(1);
  expect(harness.logs.find((line) => line.event === 'gateway_resumed')).toBeDefined();

  const afterwards = sendSlashCommand(fake, 'ask', { question: 'ماذا قال توكاييف عن روسيا؟' }, makeAsker());
  expect(afterwards.sentAt()).not.toBeNull();
  expect((await fake.waitForRequest(isOriginalEdit(fake, afterwards.token))).body.embeds[0].description).toMatch(/روسيا/u);
});

test('stop() waits for an answer in flight, then closes the gateway', async () => {
  const { fake, bot } = harness;
  let release: () => void = () => undefined;
  holdAnswers = new Promise((resolve) => (release = resolve));
  const sent = sendSlashCommand(fake, 'ask', { question: 'What did Tokayev say about the United States?' }, makeAsker());
  await fake.waitForRequest(isCallback(sent.id));

  const stopped = bot.stop();
  // The answer is released only once the bot is stopping: stop() must then wait for it.
  await vi.waitFor(() => expect(harness.logs.some((line) => line.event === 'stopping')).toBe(true));
  release();
  await stopped;
  const edit = fake.requests.find(isOriginalEdit(fake, sent.token));
  expect(edit?.body.embeds[0].description).toMatch(/United States/u);
  const events = harness.logs.map((line) => line.event);
  expect(events.indexOf('stopping')).toBeLessThan(events.lastIndexOf('question'));
  expect(events.lastIndexOf('question')).toBeLessThan(events.indexOf('stopped'));
  expect(bot.client.isReady()).toBe(false);
});
