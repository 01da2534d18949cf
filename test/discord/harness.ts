/**
 * One fake Discord, one real engine on the real knowledge/ (offline, index
 * built in a temporary data directory) and one bot logged in with the real
 * discord.js client. Each test file starts one harness and shares it.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig, type MarsadConfig } from '../../src/config.js';
import { createEngine, type Engine, type EngineOptions } from '../../src/core/engine.js';
import type { MarsadEngine } from '../../src/core/engine-types.js';
import type { RunningBot } from '../../src/discord/context.js';
import { startBot } from '../../src/discord/start-bot.js';
import { createLogger } from '../../src/logger.js';
import { FakeDiscord } from '../fake-discord/fake-discord.js';
import { KNOWLEDGE_DIR } from '../support/paths.js';

export { KNOWLEDGE_DIR } from '../support/paths.js';

export interface Harness {
  fake: FakeDiscord;
  bot: RunningBot;
  /** The engine the bot sees (wrapped when `wrapEngine` is given). */
  engine: MarsadEngine;
  /** The real engine underneath. */
  realEngine: Engine;
  config: MarsadConfig;
  /** Every JSON log line the bot wrote, parsed. */
  logs: Record<string, any>[];
  rawLogs: string[];
  stop(): Promise<void>;
}

export interface HarnessOptions {
  /** Extra environment variables, given the fake (its ids) when they depend on it. */
  environment?: (fake: FakeDiscord) => Record<string, string>;
  /** Wraps the real engine (e.g. to slow reindex down or to lengthen an answer). */
  wrapEngine?: (engine: MarsadEngine) => MarsadEngine;
  /** Default: the repository's knowledge/. */
  knowledgeDir?: string;
  /** Default: a temporary folder, removed by stop(); a given one is left to its owner. */
  dataDir?: string;
  /** Engine options; default `{ generative: null }` (offline). */
  engineOptions?: EngineOptions;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const fake = await new FakeDiscord().start();
  const dataDir = options.dataDir ?? (await mkdtemp(path.join(tmpdir(), 'marsad-discord-')));
  const config = loadConfig({
    MARSAD_KNOWLEDGE_DIR: options.knowledgeDir ?? KNOWLEDGE_DIR,
    MARSAD_DATA_DIR: dataDir,
    DISCORD_TOKEN: fake.world.token,
    DISCORD_GUILD_ID: fake.world.guildId,
    DISCORD_API_URL: fake.baseUrl,
    LOG_LEVEL: 'debug',
    ...options.environment?.(fake),
  });
  const rawLogs: string[] = [];
  const logs: Record<string, any>[] = [];
  const destination = {
    write(line: string) {
      rawLogs.push(line);
      logs.push(JSON.parse(line));
    },
  };
  const logger = createLogger({ level: 'debug', secrets: [config.discord.token, config.openai?.apiKey], destination });
  const realEngine = await createEngine(config, { logger, ...(options.engineOptions ?? { generative: null }) });
  const engine = options.wrapEngine ? options.wrapEngine(realEngine) : realEngine;
  const bot = await startBot({ config, engine, logger });
  return {
    fake,
    bot,
    engine,
    realEngine,
    config,
    logs,
    rawLogs,
    async stop() {
      await bot.stop();
      await fake.stop();
      if (!options.dataDir) await rm(dataDir, { recursive: true, force: true });
    },
  };
}
