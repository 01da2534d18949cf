/**
 * Issue 13, finding 1 (admin commands): Manage Server in a server that is not
 * one of the bot's admin servers (ADMIN_GUILD_IDS, else DISCORD_GUILD_ID) counts
 * for nothing. The bot here is configured with another server as its admin
 * server; an interaction from the fake Discord's server, by a member with
 * Manage Server, is refused for /ingest and /reindex and changes nothing.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { isCallback } from '../discord/payloads.js';
import { sendSlashCommand } from '../fake-discord/events.js';
import { makeUser, PERMISSIONS } from '../fake-discord/fixtures.js';
import { indexFingerprint, startBotHarness, type BotHarness } from './support.js';
import { removeTemporaryDirectories } from '../support/temporary.js';

const OTHER_SERVER = '123456789012345678';
let harness: BotHarness;

beforeAll(async () => {
  harness = await startBotHarness({ environment: () => ({ ADMIN_GUILD_IDS: OTHER_SERVER, INGEST_ALLOW_HOSTS: '127.0.0.1' }) });
});

afterAll(async () => {
  await harness?.stop();
  removeTemporaryDirectories();
});

test.each([
  ['ingest', { url: 'http://127.0.0.1:9/article.html' }, /^Only server admins can add articles/u],
  ['reindex', { full: true }, /^Only server admins can reindex/u],
] as const)('/%s from a server that is not an admin server is refused', async (name, options, message) => {
  const { fake } = harness;
  const before = indexFingerprint(harness.config.dataDir);
  const sent = sendSlashCommand(fake, name, options, { user: makeUser('other-server-owner'), permissions: PERMISSIONS.manageGuild });
  const reply = await fake.waitForRequest(isCallback(sent.id));
  expect(reply.body).toMatchObject({ type: 4, data: { flags: 64 } });
  expect(reply.body.data.content).toMatch(message);
  expect(indexFingerprint(harness.config.dataDir)).toBe(before);
});
