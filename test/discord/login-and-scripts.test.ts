/**
 * Login and registration payloads, and the two entry points run as npm runs
 * them: `npm run register` (global when no guild is set, application id from
 * the token) and `npm start` (no token → pointer to `npm run chat`; with a
 * token → answers, then exits cleanly on SIGTERM without logging the token).
 */
import { afterAll, beforeAll, describe, expect, onTestFinished, test } from 'vitest';
import { commands as commandList } from '../../src/discord/commands/index.js';
import { FakeDiscord } from '../fake-discord/fake-discord.js';
import { makeAsker, sendSlashCommand } from '../fake-discord/events.js';
import { KNOWLEDGE_DIR, startHarness, type Harness } from './harness.js';
import { isOriginalEdit } from './payloads.js';
import { spawnEntry, type RunningProcess } from '../support/processes.js';

let harness: Harness;

/**
 * A test that starts an entry point in a child process (which compiles nothing but builds its own index): on a
 * loaded machine that start alone takes a good part of the default test timeout, so these tests have a longer one,
 * and their waits no timer of their own: each waits for its event, or fails as soon as the process exits first.
 */
const CHILD_PROCESS_TEST_TIMEOUT_MS = 240_000;

/** `waiting`, unless the process exits first: then a failure that shows its stderr. */
function whileRunning<T>(script: RunningProcess, waiting: Promise<T>): Promise<T> {
  const exited = script.exited.then((result): never => {
    throw new Error(`the process exited (code ${result.code}, signal ${result.signal}) before the awaited request; stderr:\n${result.stderr}`);
  });
  return Promise.race([waiting, exited]);
}

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.stop());

const isCommandsPut = (request: { method: string; path: string }) => request.method === 'PUT' && request.path.endsWith('/commands');

describe('login and registration', () => {
  test('REST under <DISCORD_API_URL>/api/v10 only, authorised as the bot; commands registered to the guild', () => {
    const { fake } = harness;
    expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual([
      'GET /gateway/bot',
      `PUT /applications/${fake.world.applicationId}/guilds/${fake.world.guildId}/commands`,
    ]);
    for (const request of fake.requests) {
      expect(request.status).toBe(200);
      expect(request.headers.authorization).toBe(`Bot ${fake.world.token}`);
    }
    expect(harness.bot.applicationId).toBe(fake.world.applicationId);
  });

  test('the command payloads: names and options exactly as the issue states; /reindex for Manage Server', () => {
    const commands = harness.fake.requests.find(isCommandsPut)!.body as any[];
    // The same list the bot routes (other modules, such as /summary, may follow the four of this issue).
    expect(commands).toEqual(JSON.parse(JSON.stringify(commandList.map((command) => command.data.toJSON()))));
    expect(commands.slice(0, 4).map((command) => command.name)).toEqual(['ask', 'sources', 'help', 'reindex']);
    const ask = commands[0];
    expect(ask.options.map((option: any) => [option.name, option.type, option.required ?? false])).toEqual([
      ['question', 3, true],
      ['language', 3, false],
      ['since', 3, false],
    ]);
    expect(ask.options[0].max_length).toBe(500);
    expect(ask.options[1].choices.map((choice: any) => choice.value)).toEqual(['auto', 'ar', 'en']);
    const reindex = commands[3];
    expect(reindex.default_member_permissions).toBe('32'); // ManageGuild
    expect(reindex.contexts).toEqual([0]);
    expect(reindex.options).toEqual([expect.objectContaining({ name: 'full', type: 5 })]);
    for (const command of commands) expect(command.description.length).toBeLessThanOrEqual(100);
  });
});

describe('npm run register', () => {
  test('without DISCORD_GUILD_ID or DISCORD_CLIENT_ID: asks the application id, registers the same list globally', async () => {
    const fake = await new FakeDiscord().start();
    try {
      const environment = { DISCORD_TOKEN: fake.world.token, DISCORD_API_URL: `${fake.baseUrl}/api`, MARSAD_KNOWLEDGE_DIR: KNOWLEDGE_DIR };
      const script = spawnEntry('scripts/register-commands.ts', [], environment);
      expect((await script.exited).code).toBe(0);
      expect(script.stdout()).toMatch(/^Registered \d+ commands globally .*: \/ask, \/sources, \/help, \/reindex(, \/\w+)*\n$/u);
      expect(fake.requests.map((request) => `${request.method} ${request.path}`)).toEqual(['GET /applications/@me', `PUT /applications/${fake.world.applicationId}/commands`]);
      expect(fake.requests[1]!.body).toEqual(harness.fake.requests.find(isCommandsPut)!.body);
    } finally {
      await fake.stop();
    }
  }, CHILD_PROCESS_TEST_TIMEOUT_MS);
});

describe('npm start', () => {
  test('without DISCORD_TOKEN: exits 1 with a message pointing to `npm run chat`', async () => {
    const script = spawnEntry('src/bot.ts', [], {});
    expect((await script.exited).code).toBe(1);
    expect(script.stderr()).toMatch(/DISCORD_TOKEN is not set[\s\S]*`npm run chat`/u);
  }, CHILD_PROCESS_TEST_TIMEOUT_MS);

  test('with a token: builds the engine, answers, logs JSON lines without the token, and exits 0 on SIGTERM', async () => {
    const fake = await new FakeDiscord().start();
    try {
      const script = spawnEntry('src/bot.ts', [], {
        DISCORD_TOKEN: fake.world.token,
        DISCORD_API_URL: fake.baseUrl,
        DISCORD_GUILD_ID: fake.world.guildId,
        MARSAD_KNOWLEDGE_DIR: KNOWLEDGE_DIR,
      });
      // A failed or timed-out test leaves no bot running (after a clean exit this does nothing).
      onTestFinished(() => void script.child.kill('SIGKILL'));
      await whileRunning(script, fake.waitForRequest(isCommandsPut, { timeoutMs: null }));
      const sent = sendSlashCommand(fake, 'ask', { question: 'What did Tokayev say about China?' }, makeAsker());
      const edit = await whileRunning(script, fake.waitForRequest(isOriginalEdit(fake, sent.token), { timeoutMs: null }));
      expect(edit.body.embeds[0].description).toMatch(/China/u);

      script.child.kill('SIGTERM');
      expect((await script.exited).code).toBe(0);
      const logs = script.stderr().trim().split('\n').map((line) => JSON.parse(line));
      expect(logs.find((line) => line.event === 'question')).toMatchObject({ origin: 'slash', latencyMs: expect.any(Number) });
      expect(logs.at(-1)).toMatchObject({ event: 'stopped' });
      expect(script.stdout() + script.stderr()).not.toContain(fake.world.token);
    } finally {
      await fake.stop();
    }
  }, CHILD_PROCESS_TEST_TIMEOUT_MS);
});
