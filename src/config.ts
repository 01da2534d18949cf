/**
 * The one place the environment is read. Every error names the variable to set
 * and what a valid value looks like, so a misconfigured deploy fails at start-up
 * with a message an operator can act on.
 */
import { config as loadDotenv } from 'dotenv';
import path from 'node:path';
import { z } from 'zod';
import type { OpenAISettings } from './core/providers/openai/settings.js';
import { parsePollInterval, POLL_INTERVAL_RULE } from './durations.js';
import { ConfigError } from './errors.js';
import { invalidAllowEntry } from './ingest/outbound/address-policy.js';

const snowflake = z.string().regex(/^\d{15,22}$/, 'a Discord id (15–22 digits)');
const optionalText = z.preprocess((value) => (value === '' ? undefined : value), z.string().optional());
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const integer = (min: number, fallback: number) =>
  z.preprocess((value) => (value === '' || value === undefined ? fallback : Number(value)), z.number().int().min(min));

const environmentSchema = z.object({
  MARSAD_KNOWLEDGE_DIR: z.string().default('knowledge'),
  MARSAD_DATA_DIR: z.string().default('data'),
  EMBEDDINGS: z.enum(['local', 'openai']).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),

  OPENAI_API_KEY: optionalText,
  OPENAI_BASE_URL: optional(z.url({ protocol: /^https?$/, message: 'an http(s) URL such as https://api.openai.com/v1' })),
  OPENAI_CHAT_MODEL: z.string().default('gpt-4o-mini'),
  OPENAI_EMBEDDINGS_MODEL: z.string().default('text-embedding-3-small'),
  OPENAI_TIMEOUT_MS: integer(1, 20_000),
  OPENAI_MAX_RETRIES: integer(0, 2),

  DISCORD_TOKEN: optionalText,
  DISCORD_CLIENT_ID: optional(snowflake),
  DISCORD_GUILD_ID: optional(snowflake),
  ADMIN_ROLE_IDS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() ? value.split(',').map((id) => id.trim()) : []),
    z.array(snowflake),
  ),
  DISCORD_API_URL: optional(z.url({ protocol: /^https?$/, message: 'an http(s) URL such as http://localhost:8080' })),
  DISCORD_SHARDS: z.preprocess(
    (value) => (value === '' || value === undefined ? undefined : value === 'auto' ? value : Number(value)),
    z.union([z.literal('auto'), z.number().int().min(1)], { message: 'a number of shards (1 or more) or auto' }).optional(),
  ),
  RATE_LIMIT_PER_MINUTE: integer(1, 5),

  DIGEST_CHANNEL_ID: optional(snowflake),
  WATCH_SOURCES: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() ? value.split(',').map((source) => source.trim()).filter(Boolean) : []),
    z.array(z.string()),
  ),
  WATCH_EVERY: z.preprocess(
    (value) => (value === '' || value === undefined ? '15m' : value),
    z.string().transform((text, context) => {
      const milliseconds = parsePollInterval(text);
      if (milliseconds === null) context.addIssue({ code: 'custom', message: POLL_INTERVAL_RULE });
      return milliseconds ?? 0;
    }),
  ),
  INGEST_ALLOW_HOSTS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() ? value.split(',').map((entry) => entry.trim()).filter(Boolean) : []),
    z.array(z.string().refine((entry) => !invalidAllowEntry(entry), 'host names, *.domain, IP addresses or CIDR ranges, comma-separated (e.g. feeds.intranet.example,10.20.0.0/16)')),
  ),
  ADMIN_GUILD_IDS: z.preprocess(
    (value) => (typeof value === 'string' && value.trim() ? value.split(',').map((id) => id.trim()) : []),
    z.array(snowflake),
  ),
  DIGEST_HOUR: z.preprocess(
    (value) => (value === '' || value === undefined ? 8 : Number(value)),
    z.number({ message: 'an hour from 0 to 23' }).int('an hour from 0 to 23').min(0, 'an hour from 0 to 23').max(23, 'an hour from 0 to 23'),
  ),
  DIGEST_TIMEZONE: z.preprocess(
    (value) => (value === '' || value === undefined ? 'UTC' : value),
    z.string().refine(isTimeZone, 'an IANA time zone such as UTC or Asia/Almaty'),
  ),
});

function isTimeZone(name: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: name });
    return true;
  } catch {
    return false;
  }
}

export type Environment = z.infer<typeof environmentSchema>;

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
