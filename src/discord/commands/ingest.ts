/**
 * /ingest url:<URL>: what `npm run ingest -- <URL>` does, from Discord: the
 * page (or every new item of a feed) is extracted, deduplicated, written to
 * knowledge/ and indexed; the admin gets the report privately, and each new
 * article's card goes to DIGEST_CHANNEL_ID and to channels watching its words.
 * Admins only, checked like /reindex; URLs only, never local paths, so a
 * Discord user cannot make the bot read files on its server.
 */
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { MarsadError } from '../../errors.js';
import { buildArticleCard } from '../../ingest/card.js';
import { ingest } from '../../ingest/ingest.js';
import { ingestContextFor } from '../../ingest/ingest-run.js';
import { describeReport } from '../../ingest/report-text.js';
import type { IngestReport } from '../../ingest/types.js';
import { readWatchWords } from '../../ingest/watch-words.js';
import type { BotContext } from '../context.js';
import { createAnnouncer } from '../digest.js';
import { replyWithFailure, sendNotice } from '../interaction-replies.js';
import { adminCommand, refusedAsNonAdmin } from '../permissions.js';
import { DISCORD_LIMITS, truncateLabel } from '../render/limits.js';
import { displayText } from '../render/safe-text.js';
import type { SlashCommand } from './command.js';

const data = adminCommand('ingest', 'Add an article or a feed from its URL (admins) · إضافة مقالة أو موجز من رابطه (للمشرفين)')
  .addStringOption((option) =>
    option.setName('url').setDescription('Article page or RSS/Atom feed (http/https) · رابط المقالة أو الموجز').setRequired(true).setMaxLength(2000),
  );

const notUrl = () => new MarsadError('invalid_input', 'Give the article or feed as an http(s) URL.', { messageAr: 'أعطِ رابط المقالة أو الموجز بصيغة http(s).' });

const running = () =>
  new MarsadError('reindex_running', 'A reindex is running; try /ingest again when it has finished.', { messageAr: 'إعادة الفهرسة جارية؛ أعد المحاولة بعد انتهائها.' });

function arabicSummary(report: IngestReport): string {
  const count = (status: string) => report.outcomes.filter((outcome) => outcome.status === status).length;
  return `أُضيفت ${count('added')} · مكررة ${count('duplicate')} · سبق رؤيتها ${count('seen')} · تعذّرت ${count('failed')}`;
}

async function announceNew(interaction: ChatInputCommandInteraction, context: BotContext, report: IngestReport): Promise<void> {
  const watchWords = readWatchWords(context.config.dataDir);
  const announcer = createAnnouncer(interaction.client.rest, context.config.digest.channelId, context.logger);
  for (const articleId of report.indexed) {
    try {
      await announcer.announce(await buildArticleCard(context.engine, articleId, watchWords));
    } catch (error) {
      context.logger.warn({ err: error, articleId }, 'could not post the new-article card');
    }
  }
}

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const requester = { userId: interaction.user.id, guildId: interaction.guildId };
  if (await refusedAsNonAdmin(interaction, context, 'ingest', { en: 'add articles', ar: 'إضافة المقالات' })) return;
  const url = interaction.options.getString('url', true).trim();
  if (!/^https?:\/\/\S+$/i.test(url)) return replyWithFailure(interaction, notUrl(), 'both', context);
  if (context.engine.reindexing) return replyWithFailure(interaction, running(), 'both', context);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  context.logger.info({ event: 'ingest_started', url, ...requester }, 'ingest started from Discord');
  try {
    const report = await ingest(url, {}, { ...ingestContextFor(context.config), engine: context.engine });
    context.logger.info({ event: 'ingest_finished', url, ...requester, indexed: report.indexed, statuses: report.outcomes.map((outcome) => outcome.status) }, 'ingest finished');
    // No file locations in a Discord reply: members must not learn the host's paths.
    const text = `${displayText(describeReport(report, null) || 'Nothing new.')}\n${arabicSummary(report)}`;
    await sendNotice(interaction, truncateLabel(text, DISCORD_LIMITS.content));
    await announceNew(interaction, context, report);
  } catch (error) {
    await replyWithFailure(interaction, error, 'both', context);
  }
}

export const ingestCommand: SlashCommand = { data, execute };
