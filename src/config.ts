/**
 * The one place the environment is read. Every error names the variable to set
 * and what a valid value looks like, so a misconfigured deploy fails at start-up
 * with a message an operator can act on.
 */
import { config as loadDotenv } from 'dotenv';
import path from 'node:path';
import type { OpenAISettings } from './core/providers/openai/settings.js';
import { environmentSchema, type Environment } from './environment-schema.js';
import { ConfigError } from './errors.js';

const SECRET_VARIABLES = new Set(['DISCORD_TOKEN', 'OPENAI_API_KEY']);

export interface MarsadConfig {
  knowledgeDir: string;
  dataDir: string;
  embeddings: 'local' | 'openai';
  logLevel: Environment['LOG_LEVEL'];
  openai: OpenAISettings | null;
  discord: {
    token: string | undefined;
    clientId: string | undefined;
    guildId: string | undefined;
    adminRoleIds: string[];
    /** Servers where /ingest and /reindex run: ADMIN_GUILD_IDS, else DISCORD_GUILD_ID; empty: nowhere. */
    adminGuildIds: string[];
    apiUrl: string | undefined;
    rateLimitPerMinute: number;
    /** DISCORD_SHARDS: run under discord.js's ShardingManager with this many shards (or Discord's recommendation); unset, one process. */
    shards: number | 'auto' | undefined;
  };
  /** Where and when the press monitor posts new-article cards and the daily digest. */
  digest: {
    channelId: string | undefined;
    hour: number;
    timeZone: string;
    /** Feeds and folders the bot itself watches (empty: no press monitor in the bot). */
    watchSources: string[];
    watchEveryMs: number;
  };
  ingest: {
    /** INGEST_ALLOW_HOSTS: intranet hosts, addresses or ranges ingestion may fetch from besides public addresses. */
    allowHosts: string[];
  };
}

/** Parses an environment (default: process.env after reading .env). */
export function loadConfig(environment: NodeJS.ProcessEnv = readEnvironment()): MarsadConfig {
  const parsed = environmentSchema.safeParse(environment);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const variable = String(issue.path[0] ?? 'environment');
    // Never echo a secret's value, even a malformed one: error messages reach terminals and logs.
    const shown = SECRET_VARIABLES.has(variable) ? '' : ` (got ${JSON.stringify(environment[variable] ?? '')})`;
    throw new ConfigError(variable, `${issue.message}${shown}`);
  }
  const env = parsed.data;
  if (env.EMBEDDINGS === 'openai' && !env.OPENAI_API_KEY) {
    throw new ConfigError('OPENAI_API_KEY', 'EMBEDDINGS=openai needs an OpenAI API key (or unset EMBEDDINGS for local embeddings)');
  }
  return {
    knowledgeDir: path.resolve(env.MARSAD_KNOWLEDGE_DIR),
    dataDir: path.resolve(env.MARSAD_DATA_DIR),
    embeddings: env.EMBEDDINGS ?? (env.OPENAI_API_KEY ? 'openai' : 'local'),
    logLevel: env.LOG_LEVEL,
    openai: env.OPENAI_API_KEY
      ? {
          apiKey: env.OPENAI_API_KEY,
          baseURL: env.OPENAI_BASE_URL,
          chatModel: env.OPENAI_CHAT_MODEL,
          embeddingsModel: env.OPENAI_EMBEDDINGS_MODEL,
          timeoutMs: env.OPENAI_TIMEOUT_MS,
          maxRetries: env.OPENAI_MAX_RETRIES,
        }
      : null,
    discord: {
      token: env.DISCORD_TOKEN,
      clientId: env.DISCORD_CLIENT_ID,
      guildId: env.DISCORD_GUILD_ID,
      adminRoleIds: env.ADMIN_ROLE_IDS,
      adminGuildIds: env.ADMIN_GUILD_IDS.length > 0 ? env.ADMIN_GUILD_IDS : env.DISCORD_GUILD_ID ? [env.DISCORD_GUILD_ID] : [],
      apiUrl: env.DISCORD_API_URL,
      rateLimitPerMinute: env.RATE_LIMIT_PER_MINUTE,
      shards: env.DISCORD_SHARDS,
    },
    digest: {
      channelId: env.DIGEST_CHANNEL_ID,
      hour: env.DIGEST_HOUR,
      timeZone: env.DIGEST_TIMEZONE,
      watchSources: env.WATCH_SOURCES,
      watchEveryMs: env.WATCH_EVERY,
    },
    ingest: { allowHosts: env.INGEST_ALLOW_HOSTS },
  };
}

function readEnvironment(): NodeJS.ProcessEnv {
  // quiet: dotenv 17+ prints a banner otherwise, which would pollute --json output.
  loadDotenv({ quiet: true });
  return process.env;
}
