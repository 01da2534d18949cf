/**
 * /ingest through the fake Discord and the real bot: refused for a member;
 * for an admin the page is ingested, the report comes back privately, the
 * new-article card goes to DIGEST_CHANNEL_ID (and, flagged, to a channel
 * watching one of its words), and /ask then links the citation to the article.
 * Then the watch loop run inside the bot (fake clock): a feed's new article is
 * posted through the bot's client, /ask cites it at once, the digest follows.
 */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, expect, test } from 'vitest';
import { startPressMonitor } from '../../src/discord/digest.js';
import { writeWatchWords } from '../../src/ingest/watch-words.js';
import { startHarness, type Harness } from '../discord/harness.js';
import { isCallback, isChannelMessage, isOriginalEdit, readable, visibleText } from '../discord/payloads.js';
import { makeAsker, sendSlashCommand, sendSubcommand } from '../fake-discord/events.js';
import { makeUser, PERMISSIONS } from '../fake-discord/fixtures.js';
import { FakeClock } from './fake-clock.js';
import { startFixtureServer, type FixtureServer } from './fixture-server.js';
import { KNOWLEDGE_DIR } from '../support/paths.js';

let harness: Harness;
let server: FixtureServer;
const knowledgeDir = mkdtempSync(path.join(os.tmpdir(), 'marsad-ingest-discord-'));

beforeAll(async () => {
  cpSync(path.join(KNOWLEDGE_DIR, 'tokayev-foreign-policy-2025-01-03.md'), path.join(knowledgeDir, 'tokayev-foreign-policy-2025-01-03.md'));
  server = await startFixtureServer();
  harness = await startHarness({ environment: (fake) => ({ MARSAD_KNOWLEDGE_DIR: knowledgeDir, DIGEST_CHANNEL_ID: fake.world.noThreadsChannelId, INGEST_ALLOW_HOSTS: '127.0.0.1' }) });
  writeWatchWords(harness.config.dataDir, { version: 1, channels: { [harness.fake.world.channelId]: ['قزوين'] } });
});

afterAll(async () => {
  await harness?.stop();
  await server?.close();
  rmSync(knowledgeDir, { recursive: true, force: true });
});

const admin = () => ({ user: makeUser('editor'), permissions: PERMISSIONS.manageGuild });

test('/ingest is refused for a member without Manage Server', async () => {
  const { fake } = harness;
  const sent = sendSlashCommand(fake, 'ingest', { url: server.url('/ar/aktau-desalination.html') }, makeAsker('reader'));
  const reply = await fake.waitForRequest(isCallback(sent.id));
  expect(reply.body).toMatchObject({ type: 4, data: { flags: 64 } });
  expect(reply.body.data.content).toMatch(/^Only server admins can add articles[\s\S]*للمشرفين فقط/u);
  expect(harness.engine.listArticles().map((article) => article.id)).toEqual(['tokayev-foreign-policy-2025-01-03']);
});

test('/ingest adds the article for an admin, posts its card, and /ask links the citation', async () => {
  const { fake } = harness;
  const sent = sendSlashCommand(fake, 'ingest', { url: server.url('/ar/aktau-desalination.html') }, admin());
  expect((await fake.waitForRequest(isCallback(sent.id))).body).toMatchObject({ type: 5, data: { flags: 64 } });
  const report = await fake.waitForRequest(isOriginalEdit(fake, sent.token));
  expect(readable(report.body.content)).toMatch(/^Added aktau-desalination-plant-2025-03-12: [\s\S]*Indexed: aktau-desalination-plant-2025-03-12[\s\S]*أُضيفت 1/u);
  // No host paths in a reply a member can see: not the knowledge folder, not the file.
  expect(report.body.content).not.toContain(knowledgeDir);
  expect(report.body.content).not.toMatch(/\.md\b/u);

  const card = (await fake.waitForRequest(isChannelMessage(fake.world.noThreadsChannelId))).body;
  expect(card.allowed_mentions).toEqual({ parse: [] });
  expect(card.embeds[0]).toMatchObject({ url: server.url('/2025/03/12/aktau-desalination-plant/'), fields: [{ name: 'Outlet · المنفذ' }, { name: 'Date · التاريخ', value: '2025-03-12' }, { name: '⚑ Watch words · كلمات مراقبة' }] });
  expect(readable(card.embeds[0].title)).toBe('افتتاح أكبر محطة لتحلية مياه البحر في أكتاو على بحر قزوين');
  expect(card.embeds[0].description.split('\n')).toHaveLength(3);
  const flagged = (await fake.waitForRequest(isChannelMessage(fake.world.channelId))).body;
  expect(readable(flagged.embeds[0].footer.text)).toContain('قزوين');

  const question = sendSlashCommand(fake, 'ask', { question: 'كم تبلغ الطاقة الإنتاجية لمحطة تحلية المياه في أكتاو؟' }, makeAsker());
  const answer = await fake.waitForRequest(isOriginalEdit(fake, question.token));
  expect(visibleText(answer.body)).toContain(server.url('/2025/03/12/aktau-desalination-plant/'));
});

test('the press monitor in the bot posts new feed articles and the digest through the bot client', async () => {
  const { fake } = harness;
  const clock = new FakeClock('2025-03-16T07:50:00Z');
  const digestChannel = isChannelMessage(fake.world.noThreadsChannelId);
  const posted = () => fake.requests.filter(digestChannel).length;
  const before = posted();
  const monitor = startPressMonitor(harness.bot, { sources: [server.url('/feeds/steppe.atom')], everyMs: 15 * 60_000, clock });
  try {
    await clock.advance(0);
    expect(posted()).toBe(before + 1);
    const card = fake.requests.filter(digestChannel).at(-1)!.body;
    expect(card.embeds[0]).toMatchObject({ title: 'Caspian ferry between Aktau and Baku resumes after storm', url: server.url('/business/aktau-baku-ferry-resumes') });

    const question = sendSlashCommand(fake, 'ask', { question: 'How many lorries did the ferries carry from Aktau?' }, makeAsker());
    const answer = await fake.waitForRequest(isOriginalEdit(fake, question.token));
    expect(visibleText(answer.body)).toContain(server.url('/business/aktau-baku-ferry-resumes'));

    await clock.advance(10 * 60_000); // 08:00, DIGEST_HOUR's default
    const digest = fake.requests.filter(digestChannel).at(-1)!.body;
    expect(digest.embeds[0].title).toBe('Daily digest · الموجز اليومي — 2025-03-16 (1)');
    expect(readable(digest.embeds[0].description)).toContain('Caspian ferry between Aktau and Baku resumes after storm');
  } finally {
    monitor.stop();
  }
});

test('/watch add, list and remove through the fake Discord keep the channel\'s words', async () => {
  const { fake } = harness;
  const run = async (subcommand: string, options: Record<string, string> = {}) => {
    const sent = sendSubcommand(fake, 'watch', subcommand, options, makeAsker('analyst'));
    const reply = await fake.waitForRequest(isCallback(sent.id));
    expect(reply.body.data.flags).toBe(64);
    expect(reply.body.data.allowed_mentions).toMatchObject({ parse: [] });
    return readable(reply.body.data.content);
  };
  expect(await run('add', { word: 'Caspian Sea' })).toMatch(/^Now watching Caspian Sea here\./);
  expect(await run('list')).toContain('• Caspian Sea');
  expect(await run('remove', { word: 'caspian sea' })).toMatch(/^Stopped watching caspian sea/i);
  expect(await run('list')).not.toContain('Caspian Sea');
});
