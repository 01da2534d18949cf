/**
 * Routes interactions: slash commands and their autocomplete requests by
 * name, buttons by the command name their custom id starts with. A command that throws gets the generic
 * failure reply here, so no interaction is left unanswered.
 */
import type { AutocompleteInteraction, Interaction } from 'discord.js';
import type { SlashCommand } from '../commands/command.js';
import type { BotContext } from '../context.js';
import { replyWithFailure } from '../interaction-replies.js';

export function createInteractionHandler(commands: readonly SlashCommand[], context: BotContext) {
  const byName = new Map(commands.map((command) => [command.data.name, command]));

  return async function handleInteraction(interaction: Interaction): Promise<void> {
    if (interaction.isAutocomplete()) return suggest(interaction);
    if (!interaction.isChatInputCommand() && !interaction.isButton()) return;
    const name = interaction.isChatInputCommand() ? interaction.commandName : interaction.customId.split(':')[0]!;
    const command = byName.get(name);
    context.logger.debug({ event: 'interaction', interactionId: interaction.id, name, userId: interaction.user.id }, 'interaction received');
    try {
      if (interaction.isChatInputCommand()) {
        if (!command) throw new Error(`No handler for the slash command /${name} (is it registered but not listed in commands/index.ts?)`);
        await command.execute(interaction, context);
      } else {
        if (!command?.handleButton) throw new Error(`No button handler for custom id ${interaction.customId}`);
        await command.handleButton(interaction, context);
      }
    } catch (error) {
      await replyWithFailure(interaction, error, 'both', context);
    }
  };

  /** An autocomplete request cannot show an error: a failure is logged and answered with no suggestions. */
  async function suggest(interaction: AutocompleteInteraction): Promise<void> {
    const command = byName.get(interaction.commandName);
    try {
      if (!command?.autocomplete) throw new Error(`No autocomplete handler for /${interaction.commandName}`);
      await command.autocomplete(interaction, context);
    } catch (error) {
      context.logger.error({ err: error, interactionId: interaction.id, name: interaction.commandName }, 'autocomplete failed');
      if (!interaction.responded) await interaction.respond([]).catch(() => undefined);
    }
  }
}
