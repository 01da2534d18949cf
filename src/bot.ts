/**
 * `npm start`: Marsad on Discord. Reads the configuration, builds the engine
 * (loading or building the index), starts the bot, and shuts down cleanly on
 * SIGINT/SIGTERM: answers in flight finish, then the gateway closes.
 */
import { loadConfig } from './config.js';
import { createEngine } from './core/engine.js';
import { startPressMonitor } from './discord/digest.js';
import { startBot } from './discord/start-bot.js';
import { isMarsadError } from './errors.js';
import { createLogger } from './logger.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (!config.discord.token) {
    console.error(
      'DISCORD_TOKEN is not set, so the Discord bot cannot start.\n' +
        'Put the bot token in .env (see the README, section Discord), or try Marsad in the terminal with `npm run chat`.',
    );
    process.exit(1);
  }
  const logger = createLogger({ level: config.logLevel, secrets: [config.discord.token, config.openai?.apiKey] });
  const engine = await createEngine(config, { logger });
  const bot = await startBot({ config, engine, logger });
  // The press monitor runs inside the bot so new articles are answered at once, from the bot's own engine.
  const monitor = config.digest.watchSources.length > 0 ? startPressMonitor(bot, { sources: config.digest.watchSources, everyMs: config.digest.watchEveryMs }) : null;
  if (monitor) logger.info({ sources: config.digest.watchSources.length, everyMs: config.digest.watchEveryMs }, 'press monitor started');

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
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
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}

main().catch((error: unknown) => {
  // Expected failures (configuration, missing index…) are stated plainly; anything else with its stack.
  console.error(isMarsadError(error) ? `marsad: ${error.message}` : error);
  process.exit(1);
});
