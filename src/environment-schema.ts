/**
 * The environment variables Marsad reads (each listed in .env.example), with
 * their defaults and the rule a value must meet: each rule's message says what
 * a valid value looks like, for the error config.ts raises.
 */
import { z } from 'zod';
import { parsePollInterval, POLL_INTERVAL_RULE } from './durations.js';
import { invalidAllowEntry } from './ingest/outbound/address-policy.js';

const snowflake = z.string().regex(/^\d{15,22}$/, 'a Discord id (15–22 digits)');
const optionalText = z.preprocess((value) => (value === '' ? undefined : value), z.string().optional());
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());
const integer = (min: number, fallback: number) =>
  z.preprocess((value) => (value === '' || value === undefined ? fallback : Number(value)), z.number().int().min(min));

export const environmentSchema = z.object({
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
