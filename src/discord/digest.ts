/**
 * Press-monitor posts: a card per new article in DIGEST_CHANNEL_ID (title
 * linked to the article, outlet, date, three key points, the watch words it
 * matched) and a copy in every channel whose watch words it matched; and the
 * daily digest. Posts go through discord.js's REST client: the bot's own
 * (`client.rest`) in the bot and /ingest, or one made from the token by
 * `npm run ingest -- --watch`, which needs no gateway connection to post.
 */
import { REST, Routes, type APIEmbed } from 'discord.js';
import type { Logger } from 'pino';
import type { MarsadConfig } from '../config.js';
import type { ArticleCard, DigestCard } from '../ingest/card.js';
import { systemClock, type WatchClock } from '../ingest/schedule.js';
import { ingestContextFor } from '../ingest/ingest-run.js';
import { createWatcher, type Watcher } from '../ingest/watcher.js';
import { restApiBase } from './client-options.js';
import { packBlocks } from './render/chunks.js';
import { DISCORD_LIMITS, truncateLabel } from './render/limits.js';
import { packEmbeds, type RenderedMessage } from './render/messages.js';
import { displayText } from './render/safe-text.js';
import type { RunningBot } from './context.js';

const CARD_COLOUR = 0x2f6f8f;
const FLAGGED_COLOUR = 0xc0392b;

export interface Announcer {
  announce(card: ArticleCard): Promise<void>;
  announceDigest(digest: DigestCard): Promise<void>;
}

/** The card as one embed; `watchedHere` lists the words of the channel it is posted to (flagged in red). */
export function renderArticleCard(card: ArticleCard, watchedHere: string[] = []): RenderedMessage {
  const points = card.keyPoints.map((point, index) => `${index + 1}. ${displayText(point)}`);
  // Key points are quotes: whole or not at all, never cut.
  while (points.join('\n').length > DISCORD_LIMITS.embedDescription && points.length > 1) points.pop();
  const fields = [
    { name: 'Outlet · المنفذ', value: displayText(truncateLabel(card.outlet, 200)), inline: true },
    { name: 'Date · التاريخ', value: card.date, inline: true },
  ];
  const flagged = card.watchMatches.flatMap((match) => match.words);
  if (flagged.length > 0) {
    const words = [...new Set(flagged)].map((word) => displayText(word)).join(' · ');
    fields.push({ name: '⚑ Watch words · كلمات مراقبة', value: words.length <= DISCORD_LIMITS.embedFieldValue ? words : truncateLabel(words, DISCORD_LIMITS.embedFieldValue), inline: false });
  }
  const embed: APIEmbed = {
    title: displayText(truncateLabel(card.title, 200)),
    ...(card.url ? { url: card.url } : {}),
    description: points.join('\n'),
    fields,
    color: watchedHere.length > 0 ? FLAGGED_COLOUR : CARD_COLOUR,
    footer: { text: watchedHere.length > 0 ? truncateLabel(`Watched here · مراقَبة هنا: ${watchedHere.join(' · ')}`, DISCORD_LIMITS.embedFooter) : 'New article · مقالة جديدة' },
  };
  return { embeds: [embed], components: [] };
}

export function renderDigest(digest: DigestCard): RenderedMessage[] {
  const blocks = digest.entries.map((entry) => {
    const title = displayText(truncateLabel(entry.title, 240));
    return `${entry.url ? `**[${title}](${entry.url})**` : `**${title}**`}\n${displayText(entry.outlet)} · ${entry.date}`;
  });
  const heading = `Daily digest · الموجز اليومي — ${digest.day} (${digest.entries.length})`;
  const embeds = packBlocks(blocks, DISCORD_LIMITS.embedDescription).map((description, index) => ({ ...(index === 0 ? { title: heading } : {}), description, color: CARD_COLOUR }));
  return packEmbeds(embeds);
}

/** A REST client for posting without the gateway (the ingest watcher). */
export function restForConfig(config: MarsadConfig): REST | null {
  if (!config.discord.token) return null;
  return new REST(config.discord.apiUrl ? { api: restApiBase(config.discord.apiUrl) } : {}).setToken(config.discord.token);
}

export function createAnnouncer(rest: REST, digestChannelId: string | undefined, logger: Logger): Announcer {
  const post = async (channelId: string, message: RenderedMessage) => {
    // Raw REST takes the API's field names: allowed_mentions with an empty parse list pings nobody.
    await rest.post(Routes.channelMessages(channelId), { body: { embeds: message.embeds, allowed_mentions: { parse: [] } } });
  };
  return {
    async announce(card) {
      if (digestChannelId) await post(digestChannelId, renderArticleCard(card));
      for (const match of card.watchMatches) {
        if (match.channelId === digestChannelId) continue;
        // One channel that cannot be posted to (deleted, no permission) must not stop the others.
        await post(match.channelId, renderArticleCard(card, match.words)).catch((error: unknown) =>
          logger.warn({ err: error, channelId: match.channelId, articleId: card.articleId }, 'could not post a watch-word card'),
        );
      }
    },
    async announceDigest(digest) {
      if (!digestChannelId) return;
      for (const message of renderDigest(digest)) await post(digestChannelId, message);
    },
  };
}

/**
 * The watch loop inside the bot: it shares the bot's engine, so /ask cites a
 * new article as soon as its card is out (a separate `npm run ingest --
 * --watch` process reindexes its own engine, and the bot sees the articles
 * only after its next /reindex). Call `stop()` on the result before bot.stop().
 */
export function startPressMonitor(bot: RunningBot, options: { sources: string[]; everyMs: number; clock?: WatchClock }): Watcher {
  const { config, engine, logger } = bot.context;
  const announcer = createAnnouncer(bot.client.rest, config.digest.channelId, logger);
  const watcher = createWatcher({
    sources: options.sources,
    everyMs: options.everyMs,
    digest: { hour: config.digest.hour, timeZone: config.digest.timeZone },
    context: ingestContextFor(config),
    engine,
    clock: options.clock ?? systemClock,
    logger,
    announce: (card) => announcer.announce(card),
    announceDigest: (digest) => announcer.announceDigest(digest),
  });
  watcher.start();
  return watcher;
}
