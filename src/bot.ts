/**
 * `npm start`: Marsad on Discord. Reads the configuration, builds the engine
 * (loading or building the index), starts the bot, and shuts down cleanly on
 * SIGINT/SIGTERM: answers in flight finish, then the gateway closes.
 */
import { loadConfig } from './config.js';
import { createEngine } from './core/engine.js';
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

  let stopping = false;
  const shutdown = (signal: NodeJS.Signals) => {
    if (stopping) {
      logger.warn({ signal }, 'second signal: exiting without waiting');
      process.exit(1);
    }
    stopping = true;
    logger.info({ signal }, 'shutting down');
    bot.stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'shutdown failed');
        process.exit(1);
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
