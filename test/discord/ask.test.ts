/**
 * /ask end to end: the real discord.js client against the fake Discord, the
 * real engine on knowledge/. The defer sent before the engine answers (an
 * ordering check: the latency figures come from `npm run bench`), the single
 * final edit, verified quotes, both languages, the buttons, refusals and the
 * unexpected-error path.
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MarsadEngine } from '../../src/core/engine-types.js';
import { clickButton, makeAsker, sendSlashCommand } from '../fake-discord/events.js';
import { delegateTo } from './engine-wrappers.js';
import { startHarness, type Harness } from './harness.js';
import { citedInAnswer, customIds, expectVerifiedQuotes, isCallback, isOriginalEdit, messageBody, readable, shownSources, visibleText } from './payloads.js';

const FAILING_QUESTION = 'What did Tokayev say about the simulated engine bug?';
let harness: Harness;

/** Questions the engine holds until the test releases them, and the order things happened in. */
const held = { gate: Promise.resolve(), release: () => undefined as void, hold: false, events: [] as string[] };

/** The real engine, except one question that hits a simulated bug whose message leaks the token, and held questions. */
const withSimulatedBug = (engine: MarsadEngine): MarsadEngine =>
  delegateTo(engine, {
    ask: async (question, options) => {
      if (question === FAILING_QUESTION) throw new Error(`simulated bug near token ${harness.config.discord.token}`);
      if (held.hold) {
        held.events.push('engine asked');
        await held.gate;
        held.events.push('engine answered');
      }
      return engine.ask(question, options);
    },
  });

function holdAnswers(): void {
  held.hold = true;
  held.events = [];
  held.gate = new Promise((resolve) => (held.release = resolve));
}

beforeAll(async () => {
  harness = await startHarness({ wrapEngine: withSimulatedBug });
});
afterAll(() => harness?.stop());

/** Sends /ask and returns the defer callback, the final edit and every request of that interaction. */
async function ask(options: Record<string, string>, { waitForQuiet = true } = {}) {
  const { fake } = harness;
  const since = fake.mark();
  const sent = sendSlashCommand(fake, 'ask', options, makeAsker());
  const callback = await fake.waitForRequest(isCallback(sent.id), { since });
  const edit = await fake.waitForRequest(isOriginalEdit(fake, sent.token), { since });
  const settled = waitForQuiet ? await fake.waitForQuiet(since) : fake.requestsSince(since);
  const requests = settled.filter((request) => request.path.includes(sent.token));
  return { sent, callback, edit, body: messageBody(edit), requests };
}

describe('/ask', () => {
  test('in English: deferred, then one final edit with verified quotes and English renderings', async () => {
    const { callback, body, requests } = await ask({ question: 'What did Tokayev say about China?' });
    expect(callback.body.type).toBe(5); // DEFERRED_CHANNEL_MESSAGE_WITH_SOURCE, public
    expect((callback.body.data?.flags ?? 0) & 64).toBe(0);
    expect(callback.headers.authorization).toBeUndefined();
    expect(requests.map((request) => request.method)).toEqual(['POST', 'PATCH']);
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(body.embeds[0].title).toBe('What did Tokayev say about China?');
    expect(readable(body.embeds[0].description)).toMatch(/China[^\n]*\[\d\]/u);
    expect(expectVerifiedQuotes(body, harness.engine)).toBeGreaterThanOrEqual(1);
    // Only the sources the answer cites are shown; the answer is the English rendering, so it is not repeated.
    expect(shownSources(body).map((source) => source.n)).toEqual(citedInAnswer(body));
    expect(visibleText(body)).not.toContain('_English (unofficial):_ ');
    expect(body.embeds.at(-1).footer.text).toMatch(/offline/u);
    expect(customIds(body)).toEqual([expect.stringMatching(/^ask:more:/u), expect.stringMatching(/^ask:vote:up:/u), expect.stringMatching(/^ask:vote:down:/u)]);
    const logLine = harness.logs.find((line) => line.event === 'question' && line.origin === 'slash');
    expect(logLine).toMatchObject({ lang: 'en', mode: 'offline', answerable: true });
    expect(logLine!.latencyMs).toBeTypeOf('number');
  });

  test('in Arabic: an Arabic answer, Arabic runs isolated, no English rendering', async () => {
    const { body } = await ask({ question: 'ماذا قال توكاييف عن روسيا؟' });
    // Every line of an Arabic reply is one right-to-left isolate.
    for (const line of body.embeds[0].description.split('\n').filter(Boolean)) expect(line).toMatch(/^\u2067.*\u2069$/u);
    expect(readable(body.embeds[0].description)).toMatch(/روسيا/u);
    expect(readable(body.embeds[0].description)).toMatch(/الفقرة \d+/u);
    expect(shownSources(body).map((source) => source.n)).toEqual(citedInAnswer(body));
    expect(expectVerifiedQuotes(body, harness.engine)).toBeGreaterThanOrEqual(1);
    expect(visibleText(body)).not.toContain('English (unofficial)');
    expect(body.embeds.at(-1).footer.text).toMatch(/دون اتصال/u);
  });

  test('language:en on an Arabic question answers in English with renderings', async () => {
    const { body } = await ask({ question: 'ماذا قال توكاييف عن روسيا؟', language: 'en' });
    const answer = readable(body.embeds[0].description).split('\n\n')[0]!;
    expect(answer).toMatch(/Russia/u);
    expect(answer).not.toMatch(/[\u0600-\u06FF]/u);
    // The published Arabic quote is shown under its English source header.
    expect(shownSources(body).every((source) => source.quote !== null && /[\u0600-\u06FF]/u.test(source.quote))).toBe(true);
    expect(readable(body.embeds[0].description)).toMatch(/¶ \d+/u);
    expect(body.embeds.at(-1).footer.text).toMatch(/offline/u);
  });
});

describe('/ask since:', () => {
  test('only articles published since the day: none since then, said plainly, the period in the footer', async () => {
    const { body } = await ask({ question: 'What did Tokayev say about China?', since: '2025-01-04' });
    expect(readable(body.embeds[0].description)).toMatch(/^No indexed article was published in that period \(2025-01-04 – \d{4}-\d{2}-\d{2}\)\./u);
    expect(readable(body.embeds.at(-1).footer.text)).toMatch(/^Only articles published 2025-01-04 – /u);
  });

  test('since the article\'s day, it is answered as without the option', async () => {
    const { body } = await ask({ question: 'What did Tokayev say about China?', since: '2025-01-03' });
    expect(expectVerifiedQuotes(body, harness.engine)).toBeGreaterThanOrEqual(1);
  });

  test.each(['last week', '2025-02-30', '2999-01-01'])('since:%s is refused privately in both languages, before any defer', async (since) => {
    const { fake } = harness;
    const sent = sendSlashCommand(fake, 'ask', { question: 'What did Tokayev say about China?', since }, makeAsker());
    const reply = await fake.waitForRequest(isCallback(sent.id));
    expect(reply.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(readable(reply.body.data.content)).toMatch(/"since" takes a day written YYYY-MM-DD/u);
  });
});

describe('the defer does not wait for the answer', () => {
  const questions = ['What did Tokayev say about China?', 'ماذا قال توكاييف عن روسيا؟', 'What about the United Nations Security Council?'];

  test('ten simultaneous questions held by the engine: all ten deferred before any is answered, then each edited once', async () => {
    const { fake } = harness;
    holdAnswers();
    try {
      const since = fake.mark();
      const sent = Array.from({ length: 10 }, (_, index) => sendSlashCommand(fake, 'ask', { question: questions[index % 3]! }, makeAsker()));
      const callbacks = await Promise.all(sent.map((interaction) => fake.waitForRequest(isCallback(interaction.id), { since })));
      expect(callbacks.every((callback) => callback.body.type === 5)).toBe(true);
      expect(held.events).not.toContain('engine answered');
      held.release();
      await Promise.all(sent.map((interaction) => fake.waitForRequest(isOriginalEdit(fake, interaction.token), { since })));
      expect(held.events.filter((event) => event === 'engine answered')).toHaveLength(10);
    } finally {
      held.hold = false;
      held.release();
    }
  });
});

describe('answer buttons', () => {
  test('"More excerpts" shows further sources to the clicker; 👍/👎 append to the feedback log', async () => {
    const { fake } = harness;
    const { sent, body } = await ask({ question: 'What did Tokayev say about the United States?' });
    const message = fake.state.messages.get(fake.state.interactions.get(sent.id)!.originalMessageId!)!;
    const [moreId, upId, downId] = customIds(body) as [string, string, string];
    const voter = makeAsker('voter');

    const since = fake.mark();
    const more = clickButton(fake, message, moreId, voter);
    const moreReply = await fake.waitForRequest(isCallback(more.id), { since });
    expect(moreReply.body.type).toBe(4);
    expect(moreReply.body.data.flags).toBe(64);
    expect(visibleText(moreReply.body.data)).toMatch(/More excerpts[\s\S]*\[\d+\][\s\S]*¶ \d+/u);

    for (const customId of [upId, upId, downId]) {
      const click = clickButton(fake, message, customId, voter);
      const reply = await fake.waitForRequest(isCallback(click.id), { since });
      expect(reply.body.data.flags).toBe(64);
    }
    const lines = (await readFile(`${harness.config.dataDir}/feedback.jsonl`, 'utf8')).trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => line.vote)).toEqual(['up', 'down']); // the repeated 👍 is not logged twice
    expect(Object.keys(lines[0]).sort()).toEqual(['answer', 'answerId', 'citations', 'lang', 'mode', 'question', 'time', 'userId', 'vote']);
    expect(lines[0]).toMatchObject({ userId: voter.user.id, question: 'What did Tokayev say about the United States?' });
    expect(lines[0].citations[0]).toEqual({ n: 1, articleId: expect.any(String), section: expect.anything(), paragraph: expect.any(Number), quote: expect.any(String) });
  });
});

describe('refusals and failures', () => {
  test('a question of only emoji gets an ephemeral explanation, without a defer or an engine call', async () => {
    const { fake } = harness;
    const since = fake.mark();
    const sent = sendSlashCommand(fake, 'ask', { question: '🎉 🎉 👍' }, makeAsker());
    const reply = await fake.waitForRequest(isCallback(sent.id), { since });
    expect(reply.body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
    expect(reply.body.data.content).toMatch(/only mentions or emoji/u);
    expect((await fake.waitForQuiet(since)).filter((request) => request.path.includes(sent.token))).toHaveLength(1);
  });

  test('an unexpected error gets an apology whose error id matches a log line that never shows the token', async () => {
    const { body } = await ask({ question: FAILING_QUESTION });
    const errorId = /error id `([0-9a-f]{8})`/u.exec(body.content)?.[1];
    expect(errorId).toBeDefined();
    expect(body.embeds).toEqual([]);
    const logLine = harness.logs.find((line) => line.errorId === errorId);
    expect(logLine).toMatchObject({ level: 50, msg: 'unexpected error' });
    expect(JSON.stringify(logLine)).toContain('simulated bug near token [redacted]');
    expect(harness.rawLogs.join('')).not.toContain(harness.config.discord.token!);
  });
});

describe('/sources and /help', () => {
  test('/sources lists the indexed article, ephemeral', async () => {
    const { fake } = harness;
    const sent = sendSlashCommand(fake, 'sources', {}, makeAsker());
    const reply = await fake.waitForRequest(isCallback(sent.id));
    expect(reply.body.data.flags).toBe(64);
    const text = visibleText(reply.body.data);
    // One line per article in the reader's language: the English title of the translation, the facts in English.
    expect(text).toMatch(/Tokayev Discusses/u);
    expect(text).toMatch(/العدالة اليوم · 2025-01-03 · Arabic, 29 paragraphs, English translation/u);
    expect(text).not.toMatch(/فقرة|ترجمة/u);
  });

  test('/sources in Arabic: one right-to-left line per article, Arabic words only around the outlet', async () => {
    const { fake } = harness;
    const sent = sendSlashCommand(fake, 'sources', { language: 'ar' }, makeAsker());
    const reply = await fake.waitForRequest(isCallback(sent.id));
    const description: string = reply.body.data.embeds[0].description;
    for (const line of description.split('\n')) expect(line).toMatch(/^\u2067.*\u2069$/u);
    expect(readable(description)).toMatch(/توكاييف.*بالعربية، 29 فقرةً?، مع ترجمة إنجليزية/u);
    expect(readable(description)).not.toMatch(/paragraphs|Arabic/u);
  });

  test('/help explains Marsad in English and Arabic, ephemeral', async () => {
    const { fake } = harness;
    const sent = sendSlashCommand(fake, 'help', {}, makeAsker());
    const reply = await fake.waitForRequest(isCallback(sent.id));
    expect(reply.body.data.flags).toBe(64);
    expect(reply.body.data.embeds.map((embed: any) => embed.title)).toEqual(['Marsad · help']);
    const arabic = sendSlashCommand(fake, 'help', {}, makeAsker('reader', 'ar'));
    const arabicReply = await fake.waitForRequest(isCallback(arabic.id));
    expect(readable(arabicReply.body.data.embeds[0].title)).toBe('مرصد · مساعدة');
  });

});
