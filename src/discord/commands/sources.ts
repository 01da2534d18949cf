/**
 * /sources [language]: the indexed articles, one line each in the reader's
 * language (the option, else the user's locale), titles linked to their
 * canonical addresses, visible to the asker only. Listing is synchronous and
 * cheap, so there is no defer.
 */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { type ArticleListing, type Direction, directLine, type Language, listingLine, replyLanguage, sortedListings } from '../../core/public.js';
import type { BotContext } from '../context.js';
import { sendNotice, sendRendered } from '../interaction-replies.js';
import { packBlocks } from '../render/chunks.js';
import { DISCORD_LIMITS, truncateLabel } from '../render/limits.js';
import { packEmbeds, type RenderedMessage } from '../render/messages.js';
import { articleText } from '../render/safe-text.js';
import type { SlashCommand } from './command.js';
import { languageOption } from './language-option.js';

const data = new SlashCommandBuilder()
  .setName('sources')
  .setDescription('List the indexed articles · قائمة المقالات المفهرسة')
  .addStringOption(languageOption('Language of the list · لغة القائمة'));

const HEADINGS = {
  en: (count: number) => `Indexed articles (${count})`,
  ar: (count: number) => `المقالات المفهرسة (${count})`,
};
const NONE = {
  en: 'No articles are indexed yet: an admin can run /reindex.',
  ar: 'لا توجد مقالات مفهرسة بعد: يمكن للمشرف تشغيل /reindex.',
};

function articleLine(article: ArticleListing, language: Language, direction: Direction): string {
  const line = listingLine(article, language);
  const title = `**${articleText(truncateLabel(line.title, 160))}**`;
  const directed = directLine(`• ${line.url ? `[${title}](${line.url})` : title} · ${articleText(line.details)}`, direction);
  // A word joiner after each hyphen of a date, once its direction is set (the rule finds dates by their plain
  // hyphens): a narrow embed must not wrap "2025-" away from "01-03".
  // Only a free-standing date (an address's digits are left alone, or its link would break).
  return directed.replace(/(^|[\s\u2066])(\d{4})-(\d{2})-(\d{2})(?=[\s\u2069]|$)/gu, '$1$2-\u2060$3-\u2060$4');
}

export function renderArticleList(articles: readonly ArticleListing[], language: Language): RenderedMessage[] {
  const direction: Direction = language === 'ar' ? 'rtl' : 'ltr';
  const lines = sortedListings(articles).map((article) => articleLine(article, language, direction));
  const heading = directLine(HEADINGS[language](articles.length), direction);
  const embeds = packBlocks(lines, DISCORD_LIMITS.embedDescription, '\n').map((description, index) => ({
    ...(index === 0 ? { title: heading } : {}),
    description,
    color: 0x5b6770,
  }));
  return packEmbeds(embeds);
}

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const language = replyLanguage({ explicit: interaction.options.getString('language'), locale: interaction.locale });
  const articles = context.engine.listArticles();
  if (articles.length === 0) return sendNotice(interaction, NONE[language]);
  await sendRendered(interaction, renderArticleList(articles, language), true);
}

export const sourcesCommand: SlashCommand = { data, execute };
