/**
 * The config module: every invalid value names its variable and what a valid
 * one looks like.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { ConfigError } from '../../src/errors.js';

function configError(environment: NodeJS.ProcessEnv): ConfigError {
  try {
    loadConfig(environment);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error(`loadConfig accepted ${JSON.stringify(environment)}`);
}

describe('loadConfig', () => {
  it('defaults to offline, local embeddings, knowledge/ and data/', () => {
    const config = loadConfig({});
    expect(config.embeddings).toBe('local');
    expect(config.openai).toBeNull();
    expect(config.knowledgeDir).toBe(path.resolve('knowledge'));
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.discord).toMatchObject({ token: undefined, guildId: undefined, adminRoleIds: [], rateLimitPerMinute: 5 });
  });

  it('empty values count as unset', () => {
    const config = loadConfig({ OPENAI_API_KEY: '', OPENAI_BASE_URL: '', DISCORD_GUILD_ID: '', EMBEDDINGS: undefined });
    expect(config.openai).toBeNull();
    expect(config.discord.guildId).toBeUndefined();
  });

  it('an OpenAI key turns on OpenAI (embeddings and answers) with its settings', () => {
    const config = loadConfig({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'http://127.0.0.1:8080/v1', OPENAI_TIMEOUT_MS: '5000' });
    expect(config.embeddings).toBe('openai');
    expect(config.openai).toMatchObject({ apiKey: 'sk-test', baseURL: 'http://127.0.0.1:8080/v1', timeoutMs: 5000, maxRetries: 2 });
    expect(loadConfig({ OPENAI_API_KEY: 'sk-test', EMBEDDINGS: 'local' }).embeddings).toBe('local');
  });

  it('an invalid EMBEDDINGS names the variable and the valid values', () => {
    const error = configError({ EMBEDDINGS: 'bert' });
    expect(error.variable).toBe('EMBEDDINGS');
    expect(error.code).toBe('config');
    expect(error.message).toMatch(/^EMBEDDINGS: /);
    expect(error.message).toContain('local');
    expect(error.message).toContain('openai');
    expect(error.message).toContain('"bert"');
  });

  it('an invalid OPENAI_BASE_URL names the variable and shows a valid URL', () => {
    const error = configError({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: 'localhost 8080' });
    expect(error.variable).toBe('OPENAI_BASE_URL');
    expect(error.message).toMatch(/^OPENAI_BASE_URL: /);
    expect(error.message).toMatch(/https?:\/\//);
  });

  it('an OPENAI_BASE_URL without http(s):// is refused, naming the variable', () => {
    for (const value of ['localhost:8080', 'ftp://example.com/v1']) {
      expect(configError({ OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: value }).variable).toBe('OPENAI_BASE_URL');
    }
  });

  it('an invalid DISCORD_GUILD_ID names the variable and says it is a Discord id', () => {
    for (const value of ['123', 'my-guild', '12345678901234567890123']) {
      const error = configError({ DISCORD_GUILD_ID: value });
      expect(error.variable).toBe('DISCORD_GUILD_ID');
      expect(error.message).toMatch(/^DISCORD_GUILD_ID: .*Discord id/);
    }
    expect(loadConfig({ DISCORD_GUILD_ID: '123456789012345678' }).discord.guildId).toBe('123456789012345678');
  });

  it('EMBEDDINGS=openai without a key names OPENAI_API_KEY', () => {
    const error = configError({ EMBEDDINGS: 'openai' });
    expect(error.variable).toBe('OPENAI_API_KEY');
    expect(error.message).toMatch(/^OPENAI_API_KEY: /);
    expect(error.message).toContain('EMBEDDINGS=openai');
  });

  it('other invalid values name their variable too', () => {
    expect(configError({ OPENAI_TIMEOUT_MS: 'soon' }).variable).toBe('OPENAI_TIMEOUT_MS');
    expect(configError({ OPENAI_MAX_RETRIES: '-1' }).variable).toBe('OPENAI_MAX_RETRIES');
    expect(configError({ LOG_LEVEL: 'loud' }).variable).toBe('LOG_LEVEL');
    expect(configError({ ADMIN_ROLE_IDS: '123456789012345678, admins' }).variable).toBe('ADMIN_ROLE_IDS');
    expect(configError({ RATE_LIMIT_PER_MINUTE: '0' }).variable).toBe('RATE_LIMIT_PER_MINUTE');
  });

  it('the message never echoes the API key', () => {
    const error = configError({ OPENAI_API_KEY: 'sk-secret-value', OPENAI_BASE_URL: 'nope' });
    expect(error.message).not.toContain('sk-secret-value');
  });
});
