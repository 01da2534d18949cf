/**
 * /reindex with ADMIN_ROLE_IDS set: refused without Manage Server, refused
 * with Manage Server but without an admin role, run for an admin (deferred
 * privately, then the summary); a second run while one is running is refused
 * and /ask keeps answering from the old index meanwhile.
 */
import { afterAll, beforeAll, expect, test } from 'vitest';
import { makeUser, PERMISSIONS } from '../fake-discord/fixtures.js';
import { makeAsker, sendSlashCommand, type Asker } from '../fake-discord/events.js';
import { gatedReindex } from './engine-wrappers.js';
import { startHarness, type Harness } from './harness.js';
import { isCallback, isOriginalEdit } from './payloads.js';

let harness: Harness;
const reindex = gatedReindex();

beforeAll(async () => {
  harness = await startHarness({ wrapEngine: reindex.wrap, environment: (fake) => ({ ADMIN_ROLE_IDS: fake.world.adminRoleId }) });
});
afterAll(() => harness?.stop());

const admin = (): Asker => ({ user: makeUser('editor-in-chief'), roles: [harness.fake.world.adminRoleId], permissions: PERMISSIONS.manageGuild });

async function refusal(asker: Asker): Promise<string> {
  const { fake } = harness;
  const sent = sendSlashCommand(fake, 'reindex', {}, asker);
  const reply = await fake.waitForRequest(isCallback(sent.id));
  expect(reply.body).toMatchObject({ type: 4, data: { flags: 64, allowed_mentions: { parse: [] } } });
  return reply.body.data.content;
}

test('refused for a member without Manage Server, and for Manage Server without an admin role', async () => {
  expect(await refusal(makeAsker('reader'))).toMatch(/^Only server admins can reindex[\s\S]*للمشرفين فقط/u);
  const manager = { user: makeUser('manager'), roles: [], permissions: PERMISSIONS.manageGuild };
  expect(await refusal(manager)).toMatch(/^Only server admins can reindex/u);
  expect(reindex.started).toBe(0);
  expect(harness.logs.filter((line) => line.event === 'reindex_refused')).toHaveLength(2);
});

test('runs for an admin; a second reindex meanwhile is refused and questions are still answered', async () => {
  const { fake } = harness;
  reindex.close();
  const first = sendSlashCommand(fake, 'reindex', { full: true }, admin());
  const deferred = await fake.waitForRequest(isCallback(first.id));
  expect(deferred.body).toMatchObject({ type: 5, data: { flags: 64 } });

  expect(await refusal(admin())).toMatch(/^A reindex is already running/u);

  const question = sendSlashCommand(fake, 'ask', { question: 'What did Tokayev say about China?' }, makeAsker());
  const answer = await fake.waitForRequest(isOriginalEdit(fake, question.token));
  expect(answer.body.embeds[0].description).toMatch(/China/u);

  reindex.release();
  const summary = await fake.waitForRequest(isOriginalEdit(fake, first.token));
  expect(summary.body.content).toMatch(/^Reindex finished in \d+\.\d s[\s\S]*29 paragraphs indexed/u);
  expect(reindex.started).toBe(1);
  expect(harness.engine.reindexing).toBe(false);
  expect(harness.logs.find((line) => line.event === 'reindex_finished')).toMatchObject({ full: true, paragraphs: 29 });
});
