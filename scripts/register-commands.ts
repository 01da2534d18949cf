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
import { isMarsadError } from '../src/errors.js';

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
  console.error(isMarsadError(error) ? `register: ${error.message}` : error);
  process.exit(1);
});
