/**
 * One numbered source entry, compact: a header line saying where the excerpt
 * comes from (**[n]** article · section · ¶ n, the title linked to the
 * article's canonical address), then the exact quote, capped with an ellipsis
 * after the verified words, and its rendering in the reader's language when the
 * article has a translation in it. A quote the answer text already shows word for word, or
 * a rendering it already is, is not repeated. The header reads in the reply's
 * language («الفقرة 24» in Arabic, one right-to-left line); the quote reads in
 * its own.
 */
import type { APIEmbed } from 'discord.js';
import { type Citation, citationPlace, cleanArticleUrl, type Direction, directLine, glossFor, inQuotationMarks, type Language, readerView, renderingLabel } from '../../core/public.js';
import { packBlocks } from './chunks.js';
import { DISCORD_LIMITS, truncateLabel } from './limits.js';
import { articleText, capQuote } from './safe-text.js';

export const SOURCE_COLOR = 0x5b6770;

/** Longest quote shown under a source the answer cites, and under any other excerpt. */
export const QUOTE_CHARS = { cited: 500, other: 280 } as const;

export interface EntryOptions {
  /** The answer's own text: what it already shows is not repeated. */
  shownText?: string;
  quoteChars?: number;
}

const directionOf = (language: Language): Direction => (language === 'ar' ? 'rtl' : 'ltr');
const flat = (text: string) => text.replace(/\s+/gu, ' ').trim();

function header(citation: Citation, language: Language): string {
  // The title and section of the article's translation when it is in the reader's language.
  const { title: titleText, section: sectionText } = readerView(citation, language);
  const title = articleText(truncateLabel(flat(titleText), 120));
  const url = cleanArticleUrl(citation.url);
  const parts = [url ? `[${title}](${url})` : title];
  // The lead (text before the first heading) has no section to name.
  if (sectionText) parts.push(articleText(truncateLabel(flat(sectionText), 80)));
  parts.push(citationPlace(citation, language));
  return directLine(`**[${citation.n}]** ${parts.join(' · ')}`, directionOf(language));
}

function quoteLine(text: string, limit: number, lead = ''): string {
  const { shown, capped } = capQuote(flat(text), limit);
  return `> ${directLine(`${lead}${inQuotationMarks(`${articleText(shown)}${capped ? ' …' : ''}`)}`)}`;
}

/** The entry as one block of lines, at most a few hundred characters. */
export function renderCitation(citation: Citation, language: Language, options: EntryOptions = {}): string {
  const limit = options.quoteChars ?? QUOTE_CHARS.other;
  const shown = flat(options.shownText ?? '');
  const lines = [header(citation, language)];
  if (!shown.includes(flat(citation.quote))) lines.push(quoteLine(citation.quote, limit));
  const rendering = readerView(citation, language).rendering;
  if (rendering && flat(rendering) !== flat(citation.quote) && !shown.includes(flat(rendering))) {
    lines.push(quoteLine(rendering, limit, `_${renderingLabel(citation, language)}:_ `));
  }
  const gloss = glossFor(citation, language);
  // The offline answer may already end with the gloss: it is shown once.
  if (gloss && !shown.includes(flat(gloss))) lines.push(`> ${directLine(`_${articleText(truncateLabel(gloss, limit))}_`, 'ltr')}`);
  return lines.join('\n');
}

/** Entries as embeds: packed into descriptions, an entry never split across two. */
export function renderSourceEmbeds(entries: string[], heading: string | null, color = SOURCE_COLOR): APIEmbed[] {
  return packBlocks(entries, DISCORD_LIMITS.embedDescription).map((description, index) => ({
    ...(index === 0 && heading ? { title: heading } : {}),
    description,
    color,
  }));
}
