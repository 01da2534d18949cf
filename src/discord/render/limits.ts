/**
 * Discord's message limits (https://discord.com/developers/docs/resources/message).
 * A payload over any of them is rejected with 50035 "Invalid Form Body", so
 * every renderer packs against these numbers instead of hoping text is short.
 */
export const DISCORD_LIMITS = {
  content: 2_000,
  embedTitle: 256,
  embedDescription: 4_096,
  embedFieldName: 256,
  embedFieldValue: 1_024,
  embedFooter: 2_048,
  embedsPerMessage: 10,
  /** Sum of every embed's title, description, field names/values, footer and author. */
  charactersPerMessage: 6_000,
  buttonLabel: 80,
  customId: 100,
  threadName: 100,
} as const;

/**
 * Shortens a label (never a quote) to `limit` UTF-16 units with an ellipsis.
 * Lengths are measured in UTF-16 units throughout: never less than Discord's
 * count, so a payload measured here is never over the limit there.
 */
export function truncateLabel(text: string, limit: number): string {
  if (text.length <= limit) return text;
  let kept = '';
  for (const character of text) {
    if (kept.length + character.length > limit - 1) break;
    kept += character;
  }
  return kept + '…';
}
