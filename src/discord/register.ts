/**
 * Registering the slash commands: one bulk overwrite (PUT) to a guild, where
 * changes show at once, or globally, where Discord may take up to an hour.
 * Used by `npm run register` and, for the guild only, by the bot at start-up.
 */
import { Routes, type REST, type RESTPutAPIApplicationCommandsResult } from 'discord.js';
import type { SlashCommand } from './commands/command.js';

export interface RegistrationResult {
  scope: 'guild' | 'global';
  names: string[];
}

export async function registerCommands(options: {
  rest: REST;
  applicationId: string;
  guildId: string | undefined;
  commands: readonly SlashCommand[];
}): Promise<RegistrationResult> {
  const body = options.commands.map((command) => command.data.toJSON());
  const route = options.guildId
    ? Routes.applicationGuildCommands(options.applicationId, options.guildId)
    : Routes.applicationCommands(options.applicationId);
  const registered = (await options.rest.put(route, { body })) as RESTPutAPIApplicationCommandsResult;
  return { scope: options.guildId ? 'guild' : 'global', names: registered.map((command) => command.name) };
}

/** DISCORD_CLIENT_ID when set, else the application of the token (GET /applications/@me). */
export async function resolveApplicationId(rest: REST, configured: string | undefined): Promise<string> {
  if (configured) return configured;
  const application = (await rest.get(Routes.currentApplication())) as { id: string };
  return application.id;
}
