/**
 * Security (issue 8):
 * - the Discord token and the OpenAI key never appear in anything captured:
 *   every log line, every message the bot sent, the feedback file, the files
 *   under data/, and the stdout/stderr of `npm run ask`, `npm run reindex` and
 *   `npm start` run with both secrets set, including through failures whose
 *   raw errors carry the secret (an OpenAI 401 echoing the key, a bug whose
 *   message quotes the token);
 * - admin commands are checked server-side: a crafted /reindex or /ingest from
 *   someone without the rights is refused and has no effect, whatever
 *   `default_member_permissions` says;
 * - a user who only pressed a button leaves no message content in the
 *   feedback file or the logs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MarsadEngine } from '../../src/core/engine-types.js';
import { clickButton, makeAsker, sendChannelMessage, sendSlashCommand, type Asker } from '../fake-discord/events.js';
import { FakeDiscord } from '../fake-discord/fake-discord.js';
import { makeUser, PERMISSIONS } from '../fake-discord/fixtures.js';
import { delegateTo } from '../discord/engine-wrappers.js';
import { customIds, isCallback, isChannelMessage, isOriginalEdit, messageBody } from '../discord/payloads.js';
import { errorBody, startFakeOpenAI, type FakeOpenAI } from '../fake-openai/server.js';
import { KNOWLEDGE_DIR } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { runEntry, type ProcessResult } from '../support/processes.js';
import { indexFingerprint, startBotHarness, type BotHarness } from './support.js';

const API_KEY = 'sk-robustness-secret-9f8e7d6c5b4a3210';
const BUG_QUESTION = 'What did Tokayev say about the simulated failure?';
const CHINA = 'What did Tokayev say about China?';

let openai: FakeOpenAI;

beforeAll(async () => {
  openai = await startFakeOpenAI();
});
afterAll(async () => {
  await openai?.close();
  removeTemporaryDirectories();
});

/** Every file under a folder, as text (binary files too: a secret would show as its bytes). */
function filesUnder(directory: string): { name: string; text: string }[] {
  return readdirSync(directory).flatMap((name) => {
    const full = path.join(directory, name);
    return statSync(full).isDirectory() ? filesUnder(full) : [{ name: full, text: readFileSync(full).toString('latin1') }];
  });
}

describe('secrets never appear in logs, errors or replies', () => {
  let harness: BotHarness;
  const outputs: { source: string; text: string }[] = [];
  let secrets: string[];

  /** The real engine, except one question that hits a bug whose message quotes both secrets. */
  const withLeakyBug = (engine: MarsadEngine): MarsadEngine =>
    delegateTo(engine, {
      ask: (question, options) =>
        question === BUG_QUESTION ? Promise.reject(new Error(`bug near ${harness.config.discord.token} and ${API_KEY}`)) : engine.ask(question, options),
    });

  beforeAll(async () => {
    harness = await startBotHarness({
      environment: () => ({ EMBEDDINGS: 'local', OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: openai.baseURL, OPENAI_MAX_RETRIES: '0' }),
      engineOptions: {},
      wrapEngine: withLeakyBug,
    });
    const token = harness.config.discord.token!;
    // The whole token, and its secret part alone (the part after the last dot).
    secrets = [token, token.split('.').at(-1)!, API_KEY];
    const { fake } = harness;
    const asker = makeAsker('secret-asker');

    // 1. A normal answer by the model.
    openai.reset();
    const first = sendSlashCommand(fake, 'ask', { question: CHINA }, asker);
    const answer = await fake.waitForRequest(isOriginalEdit(fake, first.token));
    let sent = first;
    // 2. The model refusing the key and echoing it (a real 401 does, partly): offline fallback.
    openai.enqueue('chat', { status: 401, body: errorBody(`Incorrect API key provided: ${API_KEY}.`, 'invalid_request_error', 'invalid_api_key') });
    sent = sendSlashCommand(fake, 'ask', { question: 'How many times has Putin visited Kazakhstan?' }, makeAsker());
    await fake.waitForRequest(isOriginalEdit(fake, sent.token));
    // 3. A bug whose message carries both secrets: apology with an error id.
    sent = sendSlashCommand(fake, 'ask', { question: BUG_QUESTION }, makeAsker());
    const apology = await fake.waitForRequest(isOriginalEdit(fake, sent.token));
    expect(apology.body.content).toMatch(/error id `[0-9a-f]{8}`/u);
    // 4. A mention answered in a thread; a vote; "More excerpts"; /sources, /help; an admin /reindex.
    const mention = sendChannelMessage(fake, 'ماذا قال توكاييف عن روسيا؟', makeUser('mention-asker'), { mentionBot: 'user' });
    await fake.waitForRequest(isChannelMessage(mention.id));
    const message = fake.state.messages.get(fake.state.interactions.get(first.id)!.originalMessageId!)!;
    for (const customId of customIds(messageBody(answer))) {
      const click = clickButton(fake, message, customId, makeAsker('voter'));
      await fake.waitForRequest(isCallback(click.id));
    }
    for (const command of ['sources', 'help']) await fake.waitForRequest(isCallback(sendSlashCommand(fake, command, {}, makeAsker()).id));
    const admin: Asker = { user: makeUser('secret-admin'), permissions: PERMISSIONS.manageGuild };
    const reindex = sendSlashCommand(fake, 'reindex', { full: true }, admin);
    await fake.waitForRequest(isOriginalEdit(fake, reindex.token), { timeoutMs: 30_000 });
    await fake.waitForQuiet(0, 150);

    outputs.push({ source: 'bot logs', text: harness.rawLogs.join('') });
    for (const request of fake.requests) outputs.push({ source: `sent to Discord: ${request.method} ${request.path.split('/').slice(0, 3).join('/')}`, text: JSON.stringify(request.body ?? '') });
    for (const file of filesUnder(harness.config.dataDir)) outputs.push({ source: `data file ${path.relative(harness.config.dataDir, file.name)}`, text: file.text });

    // The command-line entry points with both secrets set and every log level on.
    const secretEnvironment = { MARSAD_KNOWLEDGE_DIR: KNOWLEDGE_DIR, MARSAD_DATA_DIR: harness.config.dataDir, OPENAI_API_KEY: API_KEY, OPENAI_BASE_URL: openai.baseURL, DISCORD_TOKEN: token, LOG_LEVEL: 'trace', OPENAI_MAX_RETRIES: '0' };
    openai.reset();
    openai.enqueue('chat', { status: 401, body: errorBody(`Incorrect API key provided: ${API_KEY}.`, 'invalid_request_error', 'invalid_api_key') });
    openai.enqueue('embeddings', { status: 401, body: errorBody(`Incorrect API key provided: ${API_KEY}.`, 'invalid_request_error', 'invalid_api_key') });
    const fresh = temporaryDirectory('secret-fresh-data');
    const rejecting = await new FakeDiscord().start();
    try {
      const runs: [string, Promise<ProcessResult>][] = [
        ['npm run ask (model 401 echoing the key)', runEntry('src/cli/ask.ts', ['--json', CHINA], { ...secretEnvironment, EMBEDDINGS: 'local' })],
        ['npm run ask (OpenAI embeddings 401 echoing the key, first build)', runEntry('src/cli/ask.ts', [CHINA], { ...secretEnvironment, MARSAD_DATA_DIR: fresh })],
        ['npm run reindex', runEntry('scripts/reindex.ts', ['--json'], { ...secretEnvironment, EMBEDDINGS: 'local' })],
        ['npm start (token rejected)', runEntry('src/bot.ts', [], { ...secretEnvironment, EMBEDDINGS: 'local', DISCORD_API_URL: rejecting.baseUrl })],
      ];
      for (const [source, run] of runs) {
        const result = await run;
        outputs.push({ source: `${source} stdout`, text: result.stdout }, { source: `${source} stderr`, text: result.stderr });
        expect(result.signal, source).toBeNull();
      }
    } finally {
      await rejecting.stop();
    }
  }, 120_000);
  afterAll(() => harness?.stop());

  test('the failures really carried the secrets (so the check below means something)', () => {
    expect(openai.requests.some((request) => request.headers.authorization === `Bearer ${API_KEY}`)).toBe(true);
    expect(harness.rawLogs.join('')).toContain('bug near [redacted] and [redacted]');
    expect(outputs.find((output) => output.source === 'npm run ask (OpenAI embeddings 401 echoing the key, first build) stderr')!.text).toMatch(/^marsad: The embeddings service at .* failed \(401 Incorrect API key provided: \[redacted\]\.\)/mu);
    expect(outputs.find((output) => output.source === 'npm start (token rejected) stderr')!.text).toMatch(/^marsad: DISCORD_TOKEN: was rejected by Discord/mu);
  });

  test('no captured output contains the Discord token or the OpenAI key', () => {
    expect(outputs.length).toBeGreaterThan(20);
    const leaks = outputs.filter((output) => secrets.some((secret) => output.text.includes(secret))).map((output) => output.source);
    expect(leaks).toEqual([]);
  });
});

describe('admin commands are checked server-side', () => {
  let harness: BotHarness;
  let reindexCalls = 0;
  const countReindex = (engine: MarsadEngine): MarsadEngine =>
    delegateTo(engine, {
      reindex: (options) => {
        reindexCalls += 1;
        return engine.reindex(options);
      },
    });

  beforeAll(async () => {
    harness = await startBotHarness({ environment: (fake) => ({ ADMIN_ROLE_IDS: fake.world.adminRoleId }), wrapEngine: countReindex });
  });
  afterAll(() => harness?.stop());

  const askers = () => ({
    member: makeAsker('plain-member'),
    'Manage Server without the admin role': { user: makeUser('manager'), roles: [], permissions: PERMISSIONS.manageGuild },
    'the admin role without Manage Server': { user: makeUser('role-only'), roles: [harness.fake.world.adminRoleId], permissions: PERMISSIONS.member },
  });

  test.each(['reindex', 'ingest'])('/%s sent anyway by members without the rights: refused privately, nothing done', async (command) => {
    const { fake } = harness;
    const before = indexFingerprint(harness.config.dataDir);
    const knowledgeBefore = readdirSync(harness.config.knowledgeDir).sort();
    for (const [who, asker] of Object.entries(askers())) {
      const since = fake.mark();
      const sent = sendSlashCommand(fake, command, command === 'ingest' ? { url: 'http://127.0.0.1:9/article.html' } : { full: true }, asker);
      const reply = await fake.waitForRequest(isCallback(sent.id), { since });
      expect(reply.body, who).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
      expect(reply.body.data.content, who).toMatch(/^Only server admins can/u);
    }
    expect(reindexCalls).toBe(0);
    expect(indexFingerprint(harness.config.dataDir)).toBe(before);
    expect(readdirSync(harness.config.knowledgeDir).sort()).toEqual(knowledgeBefore);
    expect(harness.logs.filter((line) => line.event === `${command}_refused`)).toHaveLength(3);
    expect(harness.logs.filter((line) => line.event === `${command}_started`)).toEqual([]);
  });

  test('control: an admin (Manage Server and the admin role) may reindex', async () => {
    const { fake } = harness;
    const admin: Asker = { user: makeUser('chief'), roles: [fake.world.adminRoleId], permissions: PERMISSIONS.manageGuild };
    const sent = sendSlashCommand(fake, 'reindex', {}, admin);
    const summary = await fake.waitForRequest(isOriginalEdit(fake, sent.token), { timeoutMs: 30_000 });
    expect(summary.body.content).toMatch(/^Reindex finished/u);
    expect(reindexCalls).toBe(1);
  });
});

describe('a user who only pressed a button', () => {
  test('leaves no message content in the feedback file or the logs', async () => {
    const harness = await startBotHarness({ knowledgeDir: KNOWLEDGE_DIR });
    try {
      const { fake } = harness;
      const asker = makeAsker('asker');
      const clicker = makeAsker('clicker');
      const canary = 'CANARY-private-remark-of-the-clicker-7f3a';
      // The clicker talks in the channel (not to the bot), then only presses buttons on someone else's answer.
      sendChannelMessage(fake, `${canary}: I think this answer is wrong`, clicker.user);
      const since = fake.mark();
      const sent = sendSlashCommand(fake, 'ask', { question: CHINA }, asker);
      const edit = await fake.waitForRequest(isOriginalEdit(fake, sent.token), { since });
      const message = fake.state.messages.get(fake.state.interactions.get(sent.id)!.originalMessageId!)!;
      for (const customId of customIds(messageBody(edit))) {
        const click = clickButton(fake, message, customId, clicker);
        await fake.waitForRequest(isCallback(click.id), { since });
      }
      await fake.waitForQuiet(since, 150);

      // The bot never answered or stored the channel remark.
      expect(fake.requestsSince(since).filter((request) => JSON.stringify(request.body ?? '').includes(canary))).toEqual([]);
      const feedback = readFileSync(path.join(harness.config.dataDir, 'feedback.jsonl'), 'utf8');
      const logs = harness.rawLogs.join('');
      for (const text of [feedback, logs]) expect(text).not.toContain(canary);

      // The votes hold the clicker's id and vote, and the asker's question as asked: nothing the clicker wrote.
      const votes = feedback.trim().split('\n').map((line) => JSON.parse(line));
      expect(votes.map((vote) => [vote.userId, vote.vote, vote.question])).toEqual([
        [clicker.user.id, 'up', CHINA],
        [clicker.user.id, 'down', CHINA],
      ]);
      // Every log line about the clicker is metadata only: ids, the button, the vote.
      const aboutClicker = harness.logs.filter((line) => line.userId === clicker.user.id);
      expect(aboutClicker.length).toBeGreaterThan(0);
      for (const line of aboutClicker) {
        expect(Object.keys(line).every((key) => ['level', 'time', 'app', 'msg', 'event', 'interactionId', 'name', 'userId', 'guildId', 'answerId', 'vote', 'code'].includes(key)), JSON.stringify(line)).toBe(true);
      }
    } finally {
      await harness.stop();
    }
  });
});
