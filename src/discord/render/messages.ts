/**
 * Packing embeds into messages within Discord's per-message limits (10 embeds,
 * 6,000 characters in all). The last message carries the buttons, so they sit
 * under the text they act on.
 */
import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import { DISCORD_LIMITS } from './limits.js';

export type ButtonRow = APIActionRowComponent<APIButtonComponent>;

export interface RenderedMessage {
  embeds: APIEmbed[];
  components: ButtonRow[];
}

/** The characters Discord counts towards the 6,000 per message. */
export function embedLength(embed: APIEmbed): number {
  const fields = (embed.fields ?? []).reduce((sum, field) => sum + field.name.length + field.value.length, 0);
  return (embed.title?.length ?? 0) + (embed.description?.length ?? 0) + (embed.footer?.text.length ?? 0) + (embed.author?.name.length ?? 0) + fields;
}

export function packEmbeds(embeds: APIEmbed[], components: ButtonRow[] = []): RenderedMessage[] {
  const messages: RenderedMessage[] = [];
  let current: APIEmbed[] = [];
  let currentLength = 0;
  for (const embed of embeds) {
    const length = embedLength(embed);
    const full = current.length === DISCORD_LIMITS.embedsPerMessage || currentLength + length > DISCORD_LIMITS.charactersPerMessage;
    if (full && current.length > 0) {
      messages.push({ embeds: current, components: [] });
      current = [];
      currentLength = 0;
    }
    current.push(embed);
    currentLength += length;
  }
  if (current.length > 0 || messages.length === 0) messages.push({ embeds: current, components: [] });
  messages[messages.length - 1]!.components = components;
  return messages;
}
