/**
 * DISCORD_SHARDS: `npm start` runs the real bot under discord.js's
 * ShardingManager against a fake Discord that recommends two shards. Each
 * shard IDENTIFYs as [i, 2] and answers /ask in its own guild from the same
 * index on disk; a /reindex on one shard runs once, and the other shard
 * reloads the new index (it then answers from the new article).
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { FakeDiscord } from '../fake-discord/fake-discord.js';
import { makeAsker, sendSlashCommand, type Asker } from '../fake-discord/events.js';
import { makeUser, PERMISSIONS, type FakeWorld } from '../fake-discord/fixtures.js';
import { KNOWLEDGE_DIR } from './harness.js';
import { isCallback, isOriginalEdit, messageBody, visibleText } from './payloads.js';
import { spawnEntry, type RunningProcess } from '../support/processes.js';
import { otherShardWorld, shardOf, ShardedGateway } from './sharded-gateway.js';

let fake: FakeDiscord;
let gateway: ShardedGateway;
let bot: RunningProcess;
let worlds: FakeWorld[];
let workDir: string;

const INTERVIEW = 'tokayev-foreign-policy-2025-01-03';

beforeAll(async () => {
  fake = await new FakeDiscord().start();
  worlds = [fake.world, otherShardWorld(fake.world)];
  gateway = new ShardedGateway(worlds).install(fake);
  // Two shards recommended, both allowed to identify at once.
  fake.failNext((request) => request.method === 'GET' && request.path === '/gateway/bot', {
    status: 200,
    body: { url: fake.state.gatewayUrl(), shards: 2, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 2 } },
  }, 100);
  workDir = mkdtempSync(path.join(tmpdir(), 'marsad-shards-'));
  for (const suffix of ['.md', '.en.md']) cpSync(path.join(KNOWLEDGE_DIR, `${INTERVIEW}${suffix}`), path.join(workDir, 'knowledge', `${INTERVIEW}${suffix}`));
  bot = spawnEntry('src/bot.ts', [], {
    DISCORD_TOKEN: fake.world.token,
    DISCORD_API_URL: fake.baseUrl,
    DISCORD_SHARDS: 'auto',
    ADMIN_ROLE_IDS: fake.world.adminRoleId,
    // Global commands on many servers: admin commands run in the one named here.
    ADMIN_GUILD_IDS: worlds[0]!.guildId,
    MARSAD_KNOWLEDGE_DIR: path.join(workDir, 'knowledge'),
    MARSAD_DATA_DIR: path.join(workDir, 'data'),
    LOG_LEVEL: 'info',
  });
  await bot.waitForOutput((stderr) => stderr.includes('"shard":1') && (stderr.match(/Discord bot ready/gu) ?? []).length >= 2);
}, 60_000);

afterAll(async () => {
  if (bot && bot.child.exitCode === null) {
    bot.child.kill('SIGTERM');
    await bot.exited;
  }
  await fake?.stop();
  if (workDir) rmSync(workDir, { recursive: true, force: true });
});

/** Events for a guild other than the fake's own: its world, the fake's state and gateway. */
const inGuild = (world: FakeWorld) => ({ world, state: fake.state, gateway: fake.gateway }) as unknown as FakeDiscord;

async function ask(world: FakeWorld, question: string, asker: Asker = makeAsker()) {
  const sent = sendSlashCommand(inGuild(world), 'ask', { question }, asker);
  await fake.waitForRequest(isCallback(sent.id), { timeoutMs: 20_000 });
  return messageBody(await fake.waitForRequest(isOriginalEdit(fake, sent.token), { timeoutMs: 20_000 }));
}

test('two shards, identified as [0, 2] and [1, 2], each answering /ask in its own guild', async () => {
  expect(gateway.identified.map(([id, count]) => `${id}/${count}`).sort()).toEqual(['0/2', '1/2']);
  expect(new Set(worlds.map((world) => shardOf(world.guildId, 2)))).toEqual(new Set([0, 1]));
  for (const world of worlds) {
    const body = await ask(world, 'How many times has Putin visited Kazakhstan?');
    expect(visibleText(body)).toMatch(/33/u);
  }
}, 60_000);

test('a /reindex on one shard runs once; the other shard reloads and answers from the new article', async () => {
  writeFileSync(
    path.join(workDir, 'knowledge', 'aral-sea-2025-02-01.md'),
    '---\nid: aral-sea-2025-02-01\ntitle: Aral Sea\noutlet: Test\ndate: 2025-02-01\nlanguage: en\n---\n\nThe northern Aral Sea rose again after the Kokaral dam was finished, and fishermen returned to Aralsk.\n',
  );
  const admin: Asker = { user: makeUser('editor'), roles: [fake.world.adminRoleId], permissions: PERMISSIONS.manageGuild };
  const sent = sendSlashCommand(inGuild(worlds[0]!), 'reindex', {}, admin);
  const summary = await fake.waitForRequest(isOriginalEdit(fake, sent.token), { timeoutMs: 30_000 });
  expect(summary.body.content).toMatch(/^Reindex finished[\s\S]*Added 1/u);
  await bot.waitForOutput((stderr) => stderr.includes('index_reloaded'));
  expect(bot.stderr().match(/"event":"index_reloaded"/gu)).toHaveLength(1);
  const body = await ask(worlds[1]!, 'What happened to the Aral Sea after the Kokaral dam?');
  expect(visibleText(body)).toMatch(/Kokaral/u);
}, 60_000);

test('SIGTERM stops the manager and both shards cleanly', async () => {
  bot.child.kill('SIGTERM');
  expect((await bot.exited).code).toBe(0);
  expect(bot.stderr()).not.toContain(fake.world.token);
}, 30_000);
