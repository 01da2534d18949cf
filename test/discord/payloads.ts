/**
 * Reading the bot's recorded REST requests: which route a request is, the
 * text a user would see in it, and whether it keeps Discord's limits.
 */
import { expect } from 'vitest';
import type { MarsadEngine } from '../../src/core/engine-types.js';
import type { RecordedRequest } from '../fake-discord/fake-discord.js';
import type { FakeDiscord } from '../fake-discord/fake-discord.js';

export const isCallback = (interactionId: string) => (request: RecordedRequest) =>
  request.method === 'POST' && request.path.startsWith(`/interactions/${interactionId}/`) && request.path.endsWith('/callback');

export const isOriginalEdit = (fake: FakeDiscord, token: string) => (request: RecordedRequest) =>
  request.method === 'PATCH' && request.path === `/webhooks/${fake.world.applicationId}/${token}/messages/%40original`;

export const isFollowUp = (fake: FakeDiscord, token: string) => (request: RecordedRequest) =>
  request.method === 'POST' && request.path === `/webhooks/${fake.world.applicationId}/${token}`;

export const isChannelMessage = (channelId: string) => (request: RecordedRequest) =>
  request.method === 'POST' && request.path === `/channels/${channelId}/messages`;

/** Requests that carry a message body (replies, edits, follow-ups, channel messages). */
export const carriesMessage = (request: RecordedRequest) =>
  (request.method === 'POST' || request.method === 'PATCH') && (request.path.includes('/webhooks/') || request.path.endsWith('/messages')) || (request.path.endsWith('/callback') && request.body?.type === 4);

/** The message body of a request (interaction callbacks wrap it in `data`). */
export function messageBody(request: RecordedRequest): Record<string, any> {
  return request.path.endsWith('/callback') ? (request.body?.data ?? {}) : (request.body ?? {});
}

/** Text as a reader sees it: no isolates, zero-width spaces or markdown escapes; a no-break space is a space. */
export function readable(text: string): string {
  return text.replace(/[\u2066-\u2069\u200B\u2060]/gu, '').replace(/\u00A0/gu, ' ').replace(/\\([^\p{L}\p{N}\s])/gu, '$1');
}

export function visibleText(body: Record<string, any>): string {
  const parts: string[] = [body.content ?? ''];
  for (const embed of body.embeds ?? []) {
    parts.push(embed.title ?? '', embed.description ?? '', embed.footer?.text ?? '');
    for (const field of embed.fields ?? []) parts.push(field.name, field.value);
  }
  return readable(parts.filter(Boolean).join('\n'));
}

export function customIds(body: Record<string, any>): string[] {
  return (body.components ?? []).flatMap((row: any) => row.components.map((component: any) => component.custom_id));
}

export function expectWithinDiscordLimits(body: Record<string, any>): void {
  expect((body.content ?? '').length).toBeLessThanOrEqual(2_000);
  const embeds: any[] = body.embeds ?? [];
  expect(embeds.length).toBeLessThanOrEqual(10);
  let total = 0;
  for (const embed of embeds) {
    expect((embed.title ?? '').length).toBeLessThanOrEqual(256);
    expect((embed.description ?? '').length).toBeLessThanOrEqual(4_096);
    expect((embed.footer?.text ?? '').length).toBeLessThanOrEqual(2_048);
    for (const field of embed.fields ?? []) {
      expect(field.name.length).toBeLessThanOrEqual(256);
      expect(field.value.length).toBeLessThanOrEqual(1_024);
    }
    total += (embed.title ?? '').length + (embed.description ?? '').length + (embed.footer?.text ?? '').length;
    total += (embed.fields ?? []).reduce((sum: number, field: any) => sum + field.name.length + field.value.length, 0);
  }
  expect(total).toBeLessThanOrEqual(6_000);
}

/** Every "> “…”" quote line of the sources, as a reader sees it (a cap's " …" removed). */
export function shownQuotes(body: Record<string, any>): string[] {
  const text = readable((body.embeds ?? []).map((embed: any) => embed.description ?? '').join('\n'));
  return [...text.matchAll(/^> “(.+?)(?: …)?”$/gmu)].map((match) => match[1]!);
}

/** The [n] markers of the answer text (the first block of the first embed), in order, once each. */
export function citedInAnswer(body: Record<string, any>): number[] {
  const answer = readable(body.embeds?.[0]?.description ?? '').split('\n\n')[0]!;
  return [...new Set([...answer.matchAll(/\[(\d{1,3})\]/gu)].map((match) => Number(match[1])))];
}

export interface ShownSource {
  n: number;
  title: string;
  paragraph: number;
  /** The quote under the header; null when the answer text already shows it word for word. */
  quote: string | null;
}

/** The numbered source entries of a message, as a reader sees them (English "¶ n" or Arabic «الفقرة n»). */
export function shownSources(body: Record<string, any>): ShownSource[] {
  const text = readable((body.embeds ?? []).map((embed: any) => embed.description ?? '').join('\n')).replace(/\[([^\]\n]*)\]\(https?:[^)\s]+\)/gu, '$1');
  return [...text.matchAll(/^\*\*\[(\d+)\]\*\* (.+?)(?: · .+)? · (?:¶|الفقرة) (\d+)(?:\n> “(.+?)(?: …)?”)?$/gmu)].map(([, n, title, paragraph, quote]) => ({
    n: Number(n),
    title: title!,
    paragraph: Number(paragraph),
    quote: quote ?? null,
  }));
}

/**
 * Checks every shown source against the article it names (by title and ¶):
 * its quote is in that paragraph, or, when no quote is shown under it, the
 * answer text itself is (the quote was not repeated). Returns how many.
 */
/** Each shown quote is in the paragraph it cites, as the engine's index reads it. */
export function expectVerifiedQuotes(body: Record<string, any>, engine: Pick<MarsadEngine, 'articles' | 'readArticle'>): number {
  const sources = shownSources(body);
  const answerText = readable(body.embeds?.[0]?.description ?? '').split('\n\n')[0]!;
  for (const source of sources) {
    const article = engine.articles().find((candidate) => candidate.meta.title === source.title || candidate.translation?.title === source.title);
    expect(article, `article "${source.title}"`).toBeDefined();
    const paragraph = engine.readArticle(article!.meta.id)!.paragraphs[source.paragraph - 1]!.text;
    if (source.quote !== null) expect(paragraph).toContain(source.quote);
    else expect(answerText.replace(/ ?\[\d+\]/gu, '').split('\n').some((line) => line.trim() && paragraph.includes(line.trim()))).toBe(true);
  }
  return sources.length;
}
