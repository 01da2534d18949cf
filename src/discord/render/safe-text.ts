/**
 * Text from articles and models is shown verbatim, so it must not act on
 * Discord: no pings, no accidental formatting. `allowedMentions: { parse: [] }`
 * already stops every ping; breaking the mention syntax as well means a quoted
 * "@everyone" also does not *look* like a ping, and keeps holding if a reply
 * path ever forgets the allowed-mentions option.
 */
import { escapeMarkdown } from 'discord.js';
import { wrapRightToLeftRuns } from '../../core/text/bidi.js';

export const ZERO_WIDTH_SPACE = '\u200B';

/** Breaks @everyone, @here and <@id>/<@&id>/<#id> tokens with a zero-width space. */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@(everyone|here)\b/giu, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/gu, `<$1${ZERO_WIDTH_SPACE}$2>`);
}

/** Quoted or titled text as displayed: literal (escaped), inert, bidi-isolated. */
export function displayText(text: string): string {
  return wrapRightToLeftRuns(neutralizeMentions(escapeMarkdown(text)));
}

/** Text that may carry its own markdown (a model's answer): inert and bidi-isolated only. */
export function displayProse(text: string): string {
  return wrapRightToLeftRuns(neutralizeMentions(text));
}

/** The options every message Marsad sends carries: nobody is ever pinged. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false } as const;
