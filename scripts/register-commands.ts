/**
 * `npm run register`: registers Marsad's slash commands, from the same list the
 * bot routes (src/discord/commands/index.ts), to DISCORD_GUILD_ID when set
 * (instant) or globally (Discord may take up to an hour to show them).
 */
import { REST } from 'discord.js';
import { loadConfig } from '../src/config.js';
import { restApiBase } from '../src/discord/client-options.js';
import { commands } from '../src/discord/commands/index.js';
import { registerCommands, resolveApplicationId } from '../src/discord/register.js';
import { unreachableDiscordError } from '../src/discord/start-bot.js';
import { isMarsadError } from '../src/errors.js';
import { environmentSecrets, maskSecrets } from '../src/logger.js';

async function main(): Promise<void> {
  const config = loadConfig();
  const token = config.discord.token;
  if (!token) {
    console.error('DISCORD_TOKEN is not set: put the bot token in .env to register the commands.');
    process.exit(1);
  }
  const rest = new REST(config.discord.apiUrl ? { api: restApiBase(config.discord.apiUrl) } : {}).setToken(token);
  const applicationId = await resolveApplicationId(rest, config.discord.clientId);
  const result = await registerCommands({ rest, applicationId, guildId: config.discord.guildId, commands });
  const where = result.scope === 'guild' ? `to guild ${config.discord.guildId}` : 'globally (may take up to an hour to appear)';
  console.log(`Registered ${result.names.length} commands ${where}: ${result.names.map((name) => `/${name}`).join(', ')}`);
}

main().catch((error: unknown) => {
  // Expected failures in one line; anything else with its stack. Either way the token and the API key are masked:
  // a REST error can quote the request, and this output lands in terminals and CI logs.
  const known = isMarsadError(error) ? error : unreachableDiscordError(error, process.env.DISCORD_API_URL || undefined);
  const text = known ? `register: ${known.message}` : `register: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`;
  console.error(maskSecrets(text, environmentSecrets()));
  process.exit(1);
});
