/**
 * Mentions and threads: "@Marsad <question>" starts a thread on the message
 * and answers there; follow-ups in that thread carry the thread's turns as
 * history; everything else (other messages, the bot's own echoes) is ignored.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import type { MarsadEngine } from '../../src/core/engine-types.js';
import type { AskOptions } from '../../src/core/types.js';
import { makeUser } from '../fake-discord/fixtures.js';
import { sendChannelMessage } from '../fake-discord/events.js';
import { delegateTo } from './engine-wrappers.js';
import { startHarness, type Harness } from './harness.js';
import { citedInAnswer, isChannelMessage, shownSources, visibleText } from './payloads.js';

let harness: Harness;
const askCalls: { question: string; options: AskOptions | undefined }[] = [];

/** The real engine, with its ask() calls recorded so the test can see the history it got. */
const recordingAsks = (engine: MarsadEngine): MarsadEngine =>
  delegateTo(engine, {
    ask: (question, options) => {
      askCalls.push({ question, options });
      return engine.ask(question, options);
    },
  });

beforeAll(async () => {
  harness = await startHarness({ wrapEngine: recordingAsks });
});
afterAll(() => harness?.stop());

test('a mention starts a thread on the message and answers in it; a follow-up there uses the previous turn', async () => {
  const { fake } = harness;
  const reader = makeUser('reader');
  const since = fake.mark();
  const question = sendChannelMessage(fake, 'What did Tokayev say about Russia?', reader, { mentionBot: 'user' });

  const threadRequest = await fake.waitForRequest((request) => request.path === `/channels/${question.channelId}/messages/${question.id}/threads`, { since });
  expect(threadRequest.body).toMatchObject({ name: 'What did Tokayev say about Russia?', auto_archive_duration: 1440 });
  expect(threadRequest.headers.authorization).toBe(`Bot ${fake.world.token}`);
  const threadId = question.id; // Discord gives a thread started on a message that message's id
  const answer = await fake.waitForRequest(isChannelMessage(threadId), { since });
  expect(answer.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect(visibleText(answer.body)).toMatch(/Russia[\s\S]*\*\*\[1\]\*\*[^\n]*¶ \d+/u);
  expect(shownSources(answer.body).map((source) => source.n)).toEqual(citedInAnswer(answer.body));
  expect(askCalls.at(-1)).toEqual({ question: 'What did Tokayev say about Russia?', options: { lang: undefined, history: [] } });

  const followUpSince = fake.mark();
  sendChannelMessage(fake, 'and China?', reader, { channelId: threadId });
  const followUp = await fake.waitForRequest(isChannelMessage(threadId), { since: followUpSince });
  expect(askCalls.at(-1)!.question).toBe('and China?');
  expect(askCalls.at(-1)!.options!.history).toEqual([{ question: 'What did Tokayev say about Russia?', answer: expect.stringContaining('Russia') }]);
  expect(visibleText(followUp.body)).toMatch(/China/u);
  expect(harness.logs.filter((line) => line.event === 'question').map((line) => [line.origin, line.historyTurns])).toEqual([
    ['mention', 0],
    ['thread', 1],
  ]);

  // The bot's own messages come back through the gateway (the fake echoes them): none is answered.
  const answers = (await fake.waitForQuiet(since)).filter(isChannelMessage(threadId));
  expect(answers).toHaveLength(2);
});

test('messages that do not mention the bot, outside its threads, are ignored', async () => {
  const { fake } = harness;
  const since = fake.mark();
  const asked = askCalls.length;
  sendChannelMessage(fake, 'What did Tokayev say about China?', makeUser('bystander'));
  expect(await fake.waitForQuiet(since)).toEqual([]);
  expect(askCalls).toHaveLength(asked);
});

test('a mention with nothing but emoji gets a short reply in the channel, pinging nobody', async () => {
  const { fake } = harness;
  const since = fake.mark();
  const message = sendChannelMessage(fake, '🎉🎉', makeUser('emoji-fan'), { mentionBot: 'user' });
  const reply = await fake.waitForRequest(isChannelMessage(message.channelId), { since });
  expect(reply.body.content).toMatch(/only mentions or emoji/u);
  expect(reply.body.message_reference).toMatchObject({ message_id: message.id });
  expect(reply.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  expect((await fake.waitForQuiet(since)).filter((request) => request.path.endsWith('/threads'))).toEqual([]);
});

test('"@Marsad" resolved to the bot\'s managed role counts as a mention too', async () => {
  const { fake } = harness;
  const since = fake.mark();
  const question = sendChannelMessage(fake, 'ماذا قال توكاييف عن الصين؟', makeUser('role-mentioner'), { mentionBot: 'role' });
  const threadRequest = await fake.waitForRequest((request) => request.path.endsWith(`/messages/${question.id}/threads`), { since });
  expect(threadRequest.body.name).toBe('ماذا قال توكاييف عن الصين؟');
  const answer = await fake.waitForRequest(isChannelMessage(question.id), { since });
  expect(visibleText(answer.body)).toMatch(/الصين/u);
});

test('without permission to create threads, the answer goes to the channel itself', async () => {
  const { fake } = harness;
  const since = fake.mark();
  const channelId = fake.world.noThreadsChannelId;
  sendChannelMessage(fake, 'What did Tokayev say about China?', makeUser('no-threads-reader'), { channelId, mentionBot: 'user' });
  const answer = await fake.waitForRequest(isChannelMessage(channelId), { since });
  expect(visibleText(answer.body)).toMatch(/China[\s\S]*\*\*\[1\]\*\*/u);
  expect(fake.requestsSince(since, (request) => request.path.endsWith('/threads'))[0]!.status).toBe(403);
  expect(harness.logs.find((line) => line.event === 'thread_not_created')).toMatchObject({ channelId });
});
