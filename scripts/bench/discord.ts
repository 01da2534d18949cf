/**
 * The Discord figure: /ask through the fake Discord of the bot tests, answered
 * by the real bot (discord.js client, src/discord) and the real engine,
 * offline. For each interaction: time from the INTERACTION_CREATE frame
 * leaving the fake gateway to the defer callback arriving at its REST side,
 * and to the final edit of the original message.
 *
 * Usage: npx tsx scripts/bench/discord.ts [--interactions 60] [--knowledge <dir>] [--json]
 * (also run by `npm run bench`). Interactions are sent one after another, each
 * from a new user (the per-user rate limit would refuse a single asker).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { loadConfig } from '../../src/config.js';
import { createEngine } from '../../src/core/engine.js';
import { startBot } from '../../src/discord/start-bot.js';
import { silentLogger } from '../../src/logger.js';
import { makeAsker, sendSlashCommand } from '../../test/fake-discord/events.js';
import { FakeDiscord, type RecordedRequest } from '../../test/fake-discord/fake-discord.js';
import { readQuestions } from './questions.js';
import { percentile, round } from './stats.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const flags = new Command('bench-discord')
  .option('--interactions <n>', 'timed /ask interactions (after 5 warm-up ones)', '60')
  .option('--knowledge <dir>', 'knowledge folder', path.join(REPO_ROOT, 'knowledge'))
  .option('--interview <file>', 'questions asked in turn', '../shared/eval/interview/questions.jsonl')
  .option('--json', 'last line: one JSON object')
  .parse()
  .opts<{ interactions: string; knowledge: string; interview: string; json?: boolean }>();

const fake = await new FakeDiscord().start();
const dataDir = mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-discord-'));
const config = loadConfig({ MARSAD_KNOWLEDGE_DIR: path.resolve(flags.knowledge), MARSAD_DATA_DIR: dataDir, DISCORD_TOKEN: fake.world.token, DISCORD_API_URL: fake.baseUrl, LOG_LEVEL: 'silent' });
const engine = await createEngine(config, { logger: silentLogger, generative: null });
const bot = await startBot({ config, engine, logger: silentLogger });

const questions = readQuestions(path.resolve(flags.interview)).map((question) => question.question);
const isCallback = (id: string) => (request: RecordedRequest) => request.method === 'POST' && request.path.startsWith(`/interactions/${id}/`);
const isFinalEdit = (token: string) => (request: RecordedRequest) => request.method === 'PATCH' && request.path === `/webhooks/${fake.world.applicationId}/${token}/messages/%40original`;
const defers: number[] = [];
const edits: number[] = [];
try {
  const total = Number(flags.interactions);
  for (let index = 0; index < total + 5; index += 1) {
    const since = fake.mark();
    const sent = sendSlashCommand(fake, 'ask', { question: questions[index % questions.length]! }, makeAsker(`reader-${index}`));
    const callback = await fake.waitForRequest(isCallback(sent.id), { since });
    const edit = await fake.waitForRequest(isFinalEdit(sent.token), { since });
    if (index < 5) continue; // warm-up: JIT, caches, connections
    defers.push(callback.receivedAt - sent.sentAt()!);
    edits.push(edit.receivedAt - sent.sentAt()!);
  }
} finally {
  await bot.stop();
  await fake.stop();
  rmSync(dataDir, { recursive: true, force: true });
}

const result = {
  interactions: defers.length,
  defer_p50_ms: round(percentile(defers, 50)),
  defer_p95_ms: round(percentile(defers, 95)),
  edit_p50_ms: round(percentile(edits, 50)),
  edit_p95_ms: round(percentile(edits, 95)),
};
process.stdout.write(flags.json ? `${JSON.stringify(result)}\n` : `Discord /ask over ${result.interactions} interactions: defer p50 ${result.defer_p50_ms} ms, p95 ${result.defer_p95_ms} ms; final edit p50 ${result.edit_p50_ms} ms, p95 ${result.edit_p95_ms} ms\n`);
