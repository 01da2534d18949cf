/**
 * The discord.js client configuration in one place: intents, no pings by
 * default, and the REST base when DISCORD_API_URL points at a proxy (such as
 * @discordjs/proxy) or at the test suite's fake Discord. The gateway URL is
 * never configured: the client asks REST for it (GET /gateway/bot).
 */
import { GatewayIntentBits, type ClientOptions } from 'discord.js';
import type { MarsadConfig } from '../config.js';
import { NO_MENTIONS } from './render/safe-text.js';

/**
 * DISCORD_API_URL is the base URL the API lives under, with or without the
 * trailing "/api" (both "http://localhost:8080" and "http://localhost:8080/api"
 * work). discord.js appends "/v10/..." to the result.
 */
export function restApiBase(apiUrl: string): string {
  const trimmed = apiUrl.replace(/\/+$/u, '').replace(/\/v\d+$/u, '');
  return trimmed.endsWith('/api') ? trimmed : `${trimmed}/api`;
}

export function buildClientOptions(config: MarsadConfig, overrides: Partial<ClientOptions> = {}): ClientOptions {
  const rest = { ...(config.discord.apiUrl ? { api: restApiBase(config.discord.apiUrl) } : {}), ...overrides.rest };
  return {
    // MessageContent is privileged: enable it in the Developer Portal, or mentions arrive without their text.
    intents: [GatewayIntentBits.Guilds, GatewayIntentBits.GuildMessages, GatewayIntentBits.MessageContent],
    allowedMentions: NO_MENTIONS,
    ...overrides,
    rest,
  };
}
