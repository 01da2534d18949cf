/**
 * The one reply layout for /ask, mentions and thread follow-ups: the question
 * as title, the answer text, then only the sources the answer cites (where
 * from, and the quote when the answer does not already show it), a short
 * footer; the other excerpts wait behind "More excerpts", never repeating
 * what was shown. A refusal shows its nearest excerpts under a heading that
 * says they do not answer the question. A one-source answer is one embed of a
 * few hundred characters.
 *
 * The renderer is given which citations the answer cites (`cited`); by default
 * the answer's own `cites`, else the [n] markers of its text. Pure: the same
 * input always renders to the same payloads.
 */
import type { APIEmbed } from 'discord.js';
import { type Answer, answerNotes, type Citation, citedNumbers, type Direction, directLine, directText, type Language, modeLine, type AnswerWords } from '../../core/public.js';
import { answerButtons, moreExcerptsButtons } from './buttons.js';
import { splitToFit } from './chunks.js';
import { QUOTE_CHARS, renderCitation, renderSourceEmbeds } from './citations.js';
import { labelsFor } from './labels.js';
import { DISCORD_LIMITS, truncateLabel } from './limits.js';
import { embedLength, packEmbeds, type RenderedMessage } from './messages.js';
import { answerText, plainValue } from './safe-text.js';

export const MODE_COLORS = { offline: 0x2f6f8f, openai: 0x2e7d32, 'offline-fallback': 0xb26a00 } as const;

/** How many "More excerpts" are shown per click; how many nearest excerpts a refusal shows. */
export const EXCERPTS_PER_PAGE = 3;
export const NEAREST_SHOWN = 2;

/** The citations shown in the reply itself: the cited ones, or a refusal's nearest. */
export function shownCitations(answer: Answer, cited: number[] = citedNumbers(answer)): Citation[] {
  if (!answer.answerable) return answer.citations.slice(0, NEAREST_SHOWN);
  const byNumber = new Map(answer.citations.map((citation) => [citation.n, citation]));
  return cited.flatMap((n) => byNumber.get(n) ?? []);
}

/** The excerpts behind "More excerpts": every retrieved one the reply does not show. */
export function moreExcerpts(answer: Answer, cited: number[] = citedNumbers(answer)): Citation[] {
  const shown = new Set(shownCitations(answer, cited).map((citation) => citation.n));
  return answer.citations.filter((citation) => !shown.has(citation.n));
}

const directionOf = (language: Language): Direction => (language === 'ar' ? 'rtl' : 'ltr');

/** A one-line title within Discord's limit once escaped and directed. */
export function fitTitle(text: string, limit: number = DISCORD_LIMITS.embedTitle): string {
  const oneLine = text.replace(/\s+/gu, ' ').trim();
  let budget = limit;
  let rendered = directLine(plainValue(truncateLabel(oneLine, budget)));
  while (rendered.length > limit && budget > 10) rendered = directLine(plainValue(truncateLabel(oneLine, (budget -= 16))));
  return rendered;
}

/** The notice, how a follow-up was read, the period, then how the answer was made: each line in the reply's language. */
function footerText(answer: Answer): string {
  // Footers show no Markdown, so nothing is escaped here.
  return directText([...answerNotes(answer), modeLine(answer)].join('\n'));
}

/** A yes/no answer's verdict ("No.", «لا.») in bold: read first, never as the first words of the quote after it. */
function answerBody(answer: Answer, verdicts: AnswerWords['verdicts'], cited: ReadonlySet<number>): string {
  const opening = answer.verdict ? verdicts[answer.verdict] : undefined;
  if (!opening || !answer.answer.startsWith(opening)) return answerText(answer.answer, cited);
  return `**${plainValue(opening)}**${answerText(answer.answer.slice(opening.length), cited)}`;
}

export function renderAnswer(answer: Answer, answerId: string, cited: number[] = citedNumbers(answer)): RenderedMessage[] {
  const labels = labelsFor(answer.lang);
  const color = MODE_COLORS[answer.mode];
  const body = splitToFit(answerBody(answer, labels.verdicts, new Set(cited)), DISCORD_LIMITS.embedDescription);
  const entries = shownCitations(answer, cited).map((citation) =>
    renderCitation(citation, answer.lang, answer.answerable ? { shownText: answer.answer, quoteChars: QUOTE_CHARS.cited } : {}),
  );
  if (!answer.answerable && entries.length > 0) entries.unshift(directLine(`**${labels.nearestHeading}**`, directionOf(answer.lang)));
  // Answer and sources share one description whenever they fit: the common reply is one embed.
  const together = [...body, entries.join('\n')].filter(Boolean).join('\n\n');
  const fitsOne = together.length <= DISCORD_LIMITS.embedDescription;
  const descriptions = fitsOne ? [together] : body;
  const embeds: APIEmbed[] = descriptions.map((description, index) => ({ ...(index === 0 ? { title: fitTitle(answer.question) } : {}), description, color }));
  if (embeds.length === 0) embeds.push({ title: fitTitle(answer.question), color });
  if (!fitsOne) embeds.push(...renderSourceEmbeds(entries, null, color));
  const last = embeds[embeds.length - 1]!;
  // A full description plus title leaves less than 2,048 of the message's 6,000 for the footer.
  const footerRoom = Math.min(DISCORD_LIMITS.embedFooter, DISCORD_LIMITS.charactersPerMessage - embedLength(last));
  last.footer = { text: truncateLabel(footerText(answer), footerRoom) };
  return packEmbeds(embeds, answerButtons(answerId, answer.lang, moreExcerpts(answer, cited).length > 0));
}

/** One page of "More excerpts", with a button for the next page when there is one. */
export function renderMoreExcerpts(citations: Citation[], language: Language, answerId: string, offset: number): RenderedMessage[] {
  const labels = labelsFor(language);
  const page = citations.slice(offset, offset + EXCERPTS_PER_PAGE);
  const nextOffset = offset + page.length;
  const heading = directLine(labels.moreExcerptsHeading, directionOf(language));
  const embeds = renderSourceEmbeds(page.map((citation) => renderCitation(citation, language)), heading);
  const buttons = nextOffset < citations.length ? moreExcerptsButtons(answerId, language, nextOffset) : [];
  return packEmbeds(embeds, buttons);
}

