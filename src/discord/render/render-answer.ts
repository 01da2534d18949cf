/**
 * An Answer as Discord messages: the answer text with its [n] markers, the
 * numbered sources, a footer saying how it was answered, and the buttons.
 * Pure: the same answer always renders to the same payloads, which is what
 * the limit tests rely on.
 */
import type { APIEmbed } from 'discord.js';
import type { Answer, Citation, Language } from '../../core/types.js';
import { splitToFit } from './chunks.js';
import { renderSourceEmbeds } from './citations.js';
import { answerButtons, moreExcerptsButtons } from './buttons.js';
import { labelsFor } from './labels.js';
import { DISCORD_LIMITS, truncateLabel } from './limits.js';
import { embedLength, packEmbeds, type RenderedMessage } from './messages.js';
import { displayProse, displayText } from './safe-text.js';

const MODE_COLORS = { offline: 0x2f6f8f, openai: 0x2e7d32, 'offline-fallback': 0xb26a00 } as const;

/** How many "More excerpts" are shown per click. */
export const EXCERPTS_PER_PAGE = 3;

/** A label within `limit` after rendering (isolates add characters). */
function fitTitle(text: string, limit: number = DISCORD_LIMITS.embedTitle): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  let budget = limit;
  let rendered = displayText(truncateLabel(oneLine, budget));
  while (rendered.length > limit && budget > 10) {
    budget -= 8;
    rendered = displayText(truncateLabel(oneLine, budget));
  }
  return rendered;
}

export function renderAnswer(answer: Answer, answerId: string): RenderedMessage[] {
  const labels = labelsFor(answer.lang);
  const color = MODE_COLORS[answer.mode];
  const answerEmbeds: APIEmbed[] = splitToFit(answer.answer, DISCORD_LIMITS.embedDescription, displayProse).map(
    (description, index) => ({ ...(index === 0 ? { title: fitTitle(answer.question) } : {}), description, color }),
  );
  if (answerEmbeds.length === 0) answerEmbeds.push({ title: fitTitle(answer.question), color });
  const sourceEmbeds = renderSourceEmbeds(answer.citations, answer.lang, labels.sourcesHeading);
  const embeds = [...answerEmbeds, ...sourceEmbeds];
  const footer = [labels.mode[answer.mode], answer.notice].filter(Boolean).join('\n');
  const last = embeds[embeds.length - 1]!;
  // A full description plus title leaves less than 2,048 of the message's 6,000 for the footer.
  const footerRoom = Math.min(DISCORD_LIMITS.embedFooter, DISCORD_LIMITS.charactersPerMessage - embedLength(last));
  last.footer = { text: truncateLabel(footer, footerRoom) };
  const hasMore = (answer.moreCitations?.length ?? 0) > 0;
  return packEmbeds(embeds, answerButtons(answerId, answer.lang, hasMore));
}

/** One page of "More excerpts", with a button for the next page when there is one. */
export function renderMoreExcerpts(
  citations: Citation[],
  language: Language,
  answerId: string,
  offset: number,
): RenderedMessage[] {
  const labels = labelsFor(language);
  const page = citations.slice(offset, offset + EXCERPTS_PER_PAGE);
  const nextOffset = offset + page.length;
  const embeds = renderSourceEmbeds(page, language, labels.moreExcerptsHeading);
  const buttons = nextOffset < citations.length ? moreExcerptsButtons(answerId, language, nextOffset) : [];
  return packEmbeds(embeds, buttons);
}
