/**
 * `npm start`: Marsad on Discord. Reads the configuration, builds the engine
 * (loading or building the index), starts the bot, and shuts down cleanly on
 * SIGINT/SIGTERM: answers in flight finish, then the gateway closes.
 */
import { fileURLToPath } from 'node:url';
import { loadConfig } from './config.js';
import { createEngine } from './core/public.js';
import { startPressMonitor } from './discord/digest.js';
import { startBot } from './discord/start-bot.js';
import { createShardEngine, hostsFirstShard, isShardProcess, startShardManager } from './discord/sharding.js';
import { isMarsadError } from './errors.js';
import { createLogger, environmentSecrets, maskSecrets } from './logger.js';

async function main(): Promise<void> {
  // Signals are handled from the first moment: a stop during start-up waits for it, then shuts down.
  let stopRequested: NodeJS.Signals | null = null;
  let shutdown = (signal: NodeJS.Signals) => {
    stopRequested = signal;
  };
  process.on('SIGINT', (signal) => shutdown(signal));
  process.on('SIGTERM', (signal) => shutdown(signal));

  const config = loadConfig();
  if (!config.discord.token) {
    console.error(
      'DISCORD_TOKEN is not set, so the Discord bot cannot start.\n' +
        'Put the bot token in .env (see the README, section Discord), or try Marsad in the terminal with `npm run chat`.',
    );
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel, secrets: [config.discord.token, config.openai?.apiKey] });
  // DISCORD_SHARDS: this process only manages the shard processes (src/discord/sharding.ts), which run this file too.
  if (config.discord.shards !== undefined && !isShardProcess()) {
    const shards = await startShardManager({ config, logger, file: fileURLToPath(import.meta.url) });
    shutdown = (signal) => (logger.info({ signal }, 'stopping the shards'), void shards.stop(signal).then(() => logger.flush(() => process.exit(0))));
    if (stopRequested) shutdown(stopRequested);
    return;
  }
  const engine = isShardProcess() ? await createShardEngine(config, { logger }) : await createEngine(config, { logger });
  const bot = await startBot({ config, engine, logger });
  // The press monitor runs inside the bot so new articles are answered at once, from the bot's own engine.
  const monitor = config.digest.watchSources.length > 0 && hostsFirstShard() ? startPressMonitor(bot, { sources: config.digest.watchSources, everyMs: config.digest.watchEveryMs }) : null;
  if (monitor) logger.info({ sources: config.digest.watchSources.length, everyMs: config.digest.watchEveryMs }, 'press monitor started');

  let stopping = false;
  shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    // Node exits by itself, with code 0 and before the last lines are written, once nothing holds its event loop, and
    // that can happen while the client closes its sockets (its own timers are unref'd): a held timer keeps the process
    // until the exit below.
    setInterval(() => undefined, 1_000);
    monitor?.stop();
    const finished = monitor ? monitor.idle().then(() => bot.stop()) : bot.stop();
    // Flush the log before exiting: the last lines ("stopped") are the ones an operator looks for.
    const exit = (code: number) => logger.flush(() => process.exit(code));
    finished.then(
      () => exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        exit(1);
      },
    );
  };
  if (stopRequested) shutdown(stopRequested);
}

main().catch((error: unknown) => {
  // Expected failures (configuration, missing index…) are stated plainly; anything else with its stack, secrets masked.
  const text = isMarsadError(error) ? `marsad: ${error.message}` : `marsad: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  console.error(maskSecrets(text, environmentSecrets()));
  process.exit(1);
});
