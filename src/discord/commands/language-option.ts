/** The `language` option of /help, /sources and /summary: an explicit choice, which the reply-language rule puts first. */
import type { SlashCommandStringOption } from 'discord.js';

export const languageOption = (description: string) => (option: SlashCommandStringOption) =>
  option.setName('language').setDescription(description).addChoices({ name: 'ar (العربية)', value: 'ar' }, { name: 'en (English)', value: 'en' });
