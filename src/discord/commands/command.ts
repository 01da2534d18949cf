/**
 * The shape every slash command module exports. The bot routes interactions by
 * `data.name`, `npm run register` sends every `data.toJSON()`, and buttons
 * whose custom id starts with "<name>:" go to that command's `handleButton`,
 * and autocomplete requests for its options to its `autocomplete`.
 * A new command (e.g. /summary) is one module with this shape plus one line in
 * ./index.ts.
 */
import type { AutocompleteInteraction, ButtonInteraction, ChatInputCommandInteraction, RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { BotContext } from '../context.js';

export interface SlashCommand {
  /** A SlashCommandBuilder (any of its option-builder variants fits this shape). */
  readonly data: { readonly name: string; toJSON(): RESTPostAPIChatInputApplicationCommandsJSONBody };
  execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void>;
  handleButton?(interaction: ButtonInteraction, context: BotContext): Promise<void>;
  /** Suggestions while the user types an option declared with setAutocomplete(true). */
  autocomplete?(interaction: AutocompleteInteraction, context: BotContext): Promise<void>;
}
