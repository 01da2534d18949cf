/**
 * One numbered source entry: where the excerpt comes from (article · section ·
 * ¶ paragraph), the exact quote, and for English questions its English
 * rendering. The quote is shown whole: an entry is split only if it alone is
 * longer than an embed description, and then at sentence boundaries.
 */
import type { APIEmbed } from 'discord.js';
import type { Citation, Language } from '../../core/types.js';
import { packBlocks, splitToFit, type Render } from './chunks.js';
import { labelsFor } from './labels.js';
import { DISCORD_LIMITS, truncateLabel } from './limits.js';
import { displayText } from './safe-text.js';

export const SOURCE_COLOR = 0x5b6770;

/** Text as a block quote; `lead` is markdown put before the first line (never escaped). */
const quoteLines = (text: string, lead = '') =>
  displayText(text)
    .split('\n')
    .map((line, index) => `> ${index === 0 ? lead : ''}${line}`)
    .join('\n');

const ENGLISH_LEAD = `_${labelsFor('en').englishRendering}:_ `;
const asQuote: Render = (text) => quoteLines(text);
const asEnglish: Render = (text) => quoteLines(text, ENGLISH_LEAD);

function header(citation: Citation, language: Language): string {
  // English readers see the English title and section when the article has a translation.
  const english = language === 'en';
  const titleText = english && citation.articleTitleTranslation ? citation.articleTitleTranslation : citation.articleTitle;
  const sectionText = english && citation.sectionTranslation ? citation.sectionTranslation : citation.section;
  const title = displayText(truncateLabel(titleText, 200));
  const linkedTitle = citation.url ? `[${title}](${citation.url})` : title;
  const section = sectionText ? ` · ${displayText(truncateLabel(sectionText, 120))}` : '';
  return `**[${citation.n}]** ${linkedTitle}${section} · ¶ ${citation.paragraph}`;
}

/** The entry's blocks, each within an embed description. */
export function renderCitation(citation: Citation, language: Language, limit: number = DISCORD_LIMITS.embedDescription): string[] {
  const english = language === 'en' ? (citation.quoteTranslation ?? citation.translation) : null;
  const quote = `“${citation.quote}”`;
  const parts = [header(citation, language), asQuote(quote)];
  if (english) parts.push(asEnglish(english));
  const whole = parts.join('\n');
  if (whole.length <= limit) return [whole];
  // Only a paragraph-sized quote gets here: keep sentences whole, label every piece.
  const blocks = [parts[0]!, ...splitToFit(quote, limit, asQuote)];
  if (english) blocks.push(...splitToFit(english, limit, asEnglish));
  return blocks;
}

/** Source entries as embeds: entries packed into descriptions, never split across two. */
export function renderSourceEmbeds(citations: Citation[], language: Language, heading: string): APIEmbed[] {
  const blocks = citations.flatMap((citation) => renderCitation(citation, language));
  return packBlocks(blocks, DISCORD_LIMITS.embedDescription).map((description, index) => ({
    ...(index === 0 ? { title: heading } : {}),
    description,
    color: SOURCE_COLOR,
  }));
}
