/**
 * /sources: the indexed articles (title, outlet, date, language, paragraphs,
 * whether an English translation exists), visible to the asker only.
 * Listing is synchronous and cheap, so there is no defer.
 */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import type { ArticleListing } from '../../core/engine-types.js';
import type { BotContext } from '../context.js';
import { sendNotice, sendRendered } from '../interaction-replies.js';
import { packBlocks } from '../render/chunks.js';
import { DISCORD_LIMITS, truncateLabel } from '../render/limits.js';
import { packEmbeds } from '../render/messages.js';
import { displayText } from '../render/safe-text.js';
import type { SlashCommand } from './command.js';

const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('List the indexed articles · قائمة المقالات المفهرسة');

const LANGUAGE_NAMES = { ar: 'Arabic · عربي', en: 'English · إنجليزي' } as const;

function articleBlock(article: ArticleListing): string {
  const title = displayText(truncateLabel(article.title, 240));
  const heading = article.url ? `**[${title}](${article.url})**` : `**${title}**`;
  const translation = article.hasTranslation ? 'yes · نعم' : 'no · لا';
  return [
    heading,
    `${displayText(article.outlet)} · ${article.date} · ${LANGUAGE_NAMES[article.language]}`,
    `${article.paragraphs} paragraphs · فقرة · English translation · ترجمة إنجليزية: ${translation}`,
  ].join('\n');
}

export function renderArticleList(articles: ArticleListing[]) {
  const blocks = articles.map(articleBlock);
  const heading = `Indexed articles · المقالات المفهرسة (${articles.length})`;
  const embeds = packBlocks(blocks, DISCORD_LIMITS.embedDescription).map((description, index) => ({
    ...(index === 0 ? { title: heading } : {}),
    description,
    color: 0x5b6770,
  }));
  return packEmbeds(embeds);
}

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const articles = context.engine.listArticles();
  if (articles.length === 0) {
    return sendNotice(interaction, 'No articles are indexed yet: an admin can run /reindex.\nلا توجد مقالات مفهرسة بعد: يمكن للمشرف تشغيل ‎/reindex.');
  }
  await sendRendered(interaction, renderArticleList(articles), true);
}

export const sourcesCommand: SlashCommand = { data, execute };
