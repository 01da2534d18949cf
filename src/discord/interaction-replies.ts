/**
 * The few ways the bot answers an interaction, each with
 * `allowedMentions: { parse: [] }`. The first message goes to the interaction
 * response (edit if deferred), the rest as follow-ups: no repeated edits of
 * one message, which would hit Discord's rate limits.
 */
import { MessageFlags, type RepliableInteraction } from 'discord.js';
import type { BotContext } from './context.js';
import { directText } from '../core/public.js';
import { describeFailure, type MessageLanguage } from './failures.js';
import type { RenderedMessage } from './render/messages.js';
import { NO_MENTIONS } from './render/safe-text.js';

function asPayload(message: RenderedMessage) {
  return { content: '', embeds: message.embeds, components: message.components, allowedMentions: NO_MENTIONS };
}

export async function sendRendered(interaction: RepliableInteraction, messages: RenderedMessage[], ephemeral: boolean): Promise<void> {
  const flags = ephemeral ? MessageFlags.Ephemeral : undefined;
  const [first, ...rest] = messages;
  if (!first) return;
  if (interaction.deferred) await interaction.editReply(asPayload(first));
  else await interaction.reply({ ...asPayload(first), flags });
  for (const message of rest) await interaction.followUp({ ...asPayload(message), flags });
}

/**
 * A short text reply: ephemeral unless the interaction was already deferred in
 * public. Once a reply was shown (e.g. an answer whose follow-up failed), the
 * notice is a private follow-up, so it never overwrites what was shown.
 */
export async function sendNotice(interaction: RepliableInteraction, content: string): Promise<void> {
  // Each line of a notice is in one language: laid out by the direction rule.
  const payload = { content: directText(content), embeds: [], components: [], allowedMentions: NO_MENTIONS };
  if (interaction.replied) await interaction.followUp({ ...payload, flags: MessageFlags.Ephemeral });
  else if (interaction.deferred) await interaction.editReply(payload);
  else await interaction.reply({ ...payload, flags: MessageFlags.Ephemeral });
}

export async function replyWithFailure(
  interaction: RepliableInteraction,
  error: unknown,
  language: MessageLanguage,
  context: BotContext,
): Promise<void> {
  const details = { interactionId: interaction.id, userId: interaction.user.id, guildId: interaction.guildId };
  const failure = describeFailure(error, language, context.logger, details);
  try {
    await sendNotice(interaction, failure.message);
  } catch (replyError) {
    // The interaction may have expired (3 s without a response, 15 min token): nothing left to tell the user.
    context.logger.warn({ ...details, err: replyError, errorId: failure.errorId }, 'could not report failure to the user');
  }
}
