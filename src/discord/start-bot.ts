/**
 * Starts Marsad on Discord with an engine it is given (it never builds one):
 * logs in, waits for the guilds, registers the commands to DISCORD_GUILD_ID
 * when set, and returns a handle whose `stop()` lets answers in flight finish
 * before closing the gateway connection.
 */
import { once } from 'node:events';
import { Client, Events, REST, type ClientOptions } from 'discord.js';
import type { Logger } from 'pino';
import type { MarsadConfig } from '../config.js';
import type { MarsadEngine } from '../core/public.js';
import { ConfigError, MarsadError } from '../errors.js';
import { buildClientOptions } from './client-options.js';
import { commands as defaultCommands, type SlashCommand } from './commands/index.js';
import { createBotContext, type RunningBot } from './context.js';
import { createInteractionHandler } from './events/interaction-create.js';
import { createMessageHandler } from './events/message-create.js';
import { registerCommands } from './register.js';

export interface StartBotOptions {
  config: MarsadConfig;
  engine: MarsadEngine;
  logger: Logger;
  clientOptions?: Partial<ClientOptions>;
  commands?: readonly SlashCommand[];
  /** Register the commands to DISCORD_GUILD_ID at start-up (default true; never global). */
  registerGuildCommands?: boolean;
  /** How long `stop()` waits for answers in flight (default 10 s). */
  drainTimeoutMs?: number;
}

/**
 * A token Discord refuses (REST 401 → discord.js TokenInvalid, gateway close
 * 4004 "Authentication failed") or one that cannot even be sent as a header
 * (a stray newline or non-ASCII character pasted into .env) used to reach the
 * operator as a stack trace; it is a configuration problem named by its
 * variable. The token itself is never part of the message.
 */
function rejectedTokenError(error: unknown): ConfigError | null {
  const { code, message, status } = (error ?? {}) as { code?: unknown; message?: unknown; status?: unknown };
  const text = typeof message === 'string' ? message : '';
  if (code === 'TokenInvalid' || status === 401 || /^Authentication failed/u.test(text)) {
    return new ConfigError('DISCORD_TOKEN', 'was rejected by Discord: copy the bot token again from the Developer Portal (Bot → Reset Token) into .env');
  }
  if (code === 'UND_ERR_INVALID_ARG' && /authorization/iu.test(text)) {
    return new ConfigError('DISCORD_TOKEN', 'is not a valid token (it contains spaces, line breaks or non-ASCII characters): copy it again from the Developer Portal');
  }
  return null;
}

const NETWORK_CODES = new Set(['ECONNREFUSED', 'ENOTFOUND', 'EAI_AGAIN', 'ETIMEDOUT', 'ECONNRESET', 'EHOSTUNREACH', 'ENETUNREACH', 'UND_ERR_CONNECT_TIMEOUT', 'UND_ERR_SOCKET']);

/** The network code of a failed request, looking through fetch's "fetch failed" wrapper. */
function networkCode(error: unknown): string | null {
  for (let current = error, depth = 0; current && depth < 4; current = (current as { cause?: unknown }).cause, depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return code;
  }
  return null;
}

/**
 * Discord not reachable at start-up (no network, a firewall, a wrong
 * DISCORD_API_URL) used to print a raw ECONNREFUSED stack trace; it is stated
 * plainly with what to check.
 */
export function unreachableDiscordError(error: unknown, apiUrl: string | undefined): MarsadError | null {
  const code = networkCode(error);
  if (!code) return null;
  const where = apiUrl ?? 'https://discord.com/api';
  return new MarsadError('service_unavailable', `Discord could not be reached at ${where} (${code}): check the network connection${apiUrl ? ' and DISCORD_API_URL' : ''}, then start again.`, {
    messageAr: `تعذّر الوصول إلى ديسكورد (${code}): تحقّق من الاتصال بالشبكة ثم أعد التشغيل.`,
    cause: error,
  });
}

export async function startBot(options: StartBotOptions): Promise<RunningBot> {
  const { config, engine, logger } = options;
  const token = config.discord.token;
  if (!token) throw new ConfigError('DISCORD_TOKEN', 'is not set: the bot needs its token (try `npm run chat` to use Marsad without Discord)');
  const commands = options.commands ?? defaultCommands;
  const context = createBotContext(config, engine, logger);
  const client = new Client(buildClientOptions(config, options.clientOptions));
  const inFlight = new Set<Promise<void>>();
  let stopping = false;

  // Every handler runs tracked and caught: an unhandled rejection would kill the process.
  const track = <Argument>(name: string, handler: (argument: Argument) => Promise<void>) => (argument: Argument) => {
    if (stopping) return;
    const run = handler(argument)
      .catch((error: unknown) => logger.error({ err: error, handler: name }, 'event handler failed'))
      .finally(() => inFlight.delete(run));
    inFlight.add(run);
  };
  client.on(Events.InteractionCreate, track('interactionCreate', createInteractionHandler(commands, context)));
  client.on(Events.MessageCreate, track('messageCreate', createMessageHandler(client, context)));
  client.on(Events.Error, (error) => logger.error({ err: error }, 'discord client error'));
  client.on(Events.Warn, (message) => logger.warn({ event: 'discord_warning' }, message));
  client.on(Events.ShardDisconnect, (event, shardId) => logger.warn({ event: 'gateway_disconnect', code: event.code, shardId }, 'gateway disconnected'));
  client.on(Events.ShardResume, (shardId, replayed) => logger.info({ event: 'gateway_resumed', shardId, replayed }, 'gateway resumed'));

  const started = performance.now();
  const ready = once(client, Events.ClientReady) as Promise<[Client<true>]>;
  try {
    await client.login(token);
  } catch (error) {
    await client.destroy();
    throw rejectedTokenError(error) ?? unreachableDiscordError(error, config.discord.apiUrl) ?? error;
  }
  const [readyClient] = await ready;
  const applicationId = readyClient.application.id;
  logger.info(
    { event: 'ready', user: readyClient.user.tag, applicationId, guilds: readyClient.guilds.cache.size, latencyMs: Math.round(performance.now() - started) },
    'Discord bot ready',
  );

  if ((options.registerGuildCommands ?? true) && config.discord.guildId) {
    const rest = readyClient.rest as REST;
    const result = await registerCommands({ rest, applicationId, guildId: config.discord.guildId, commands });
    logger.info({ event: 'commands_registered', ...result, guildId: config.discord.guildId }, 'slash commands registered to the guild');
  }

  return {
    client: readyClient,
    context,
    applicationId,
    async stop() {
      if (stopping) return;
      stopping = true;
      logger.info({ event: 'stopping', inFlight: inFlight.size }, 'stopping the Discord bot');
      const drained = Promise.allSettled([...inFlight]);
      const timeout = new Promise((resolve) => setTimeout(resolve, options.drainTimeoutMs ?? 10_000).unref());
      await Promise.race([drained, timeout]);
      await client.destroy();
      logger.info({ event: 'stopped' }, 'Discord bot stopped');
    },
  };
}
