/**
 * /reindex [full]: rebuilds the index the way `npm run reindex` does. Admins
 * only (checked server-side), one at a time: the engine refuses a second run
 * and keeps answering from the old index until the new one is swapped in.
 */
import { MessageFlags, type ChatInputCommandInteraction } from 'discord.js';
import { ARABIC_NOUNS, arabicCount, englishCount, type Language, type ReindexSummary, replyLanguage } from '../../core/public.js';
import { reindexRunningError } from '../../errors.js';
import type { BotContext } from '../context.js';
import { replyWithFailure, sendNotice } from '../interaction-replies.js';
import { DISCORD_LIMITS, truncateLabel } from '../render/limits.js';
import { adminCommand, refusedAsNonAdmin } from '../permissions.js';
import type { SlashCommand } from './command.js';

const data = adminCommand('reindex', 'Rebuild the article index (admins) · إعادة بناء فهرس المقالات (للمشرفين)')
  .addBooleanOption((option) =>
    option.setName('full').setDescription('Rebuild every article, not only the changed ones · إعادة بناء الكل'),
  );

/** The reindex report in the admin's language, each line in that language only (a skipped file's message stays as written). */
export function summaryText(summary: ReindexSummary, language: Language = 'en'): string {
  const seconds = summary.seconds.toFixed(1);
  const counts = [summary.added.length, summary.changed.length, summary.removed.length, summary.unchanged] as const;
  const lines =
    language === 'ar'
      ? [
          `اكتملت إعادة الفهرسة في ${seconds} ث`,
          `أُضيف ${counts[0]} · تغيّر ${counts[1]} · حُذف ${counts[2]} · دون تغيير ${counts[3]}`,
          `فُهرست ${arabicCount(summary.paragraphs, ARABIC_NOUNS.paragraph)}، وحُسبت متجهات ${arabicCount(summary.embedded, ARABIC_NOUNS.paragraph)}.`,
          ...summary.skipped.map((skip) => `تُخطّي ${skip.filePath}: ${skip.message}`),
        ]
      : [
          `Reindex finished in ${seconds} s`,
          `Added ${counts[0]} · changed ${counts[1]} · removed ${counts[2]} · unchanged ${counts[3]}`,
          `${englishCount(summary.paragraphs, 'paragraph')} indexed, ${summary.embedded} embedded.`,
          ...summary.skipped.map((skip) => `Skipped ${skip.filePath}: ${skip.message}`),
        ];
  return truncateLabel(lines.join('\n'), DISCORD_LIMITS.content);
}

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const requester = { userId: interaction.user.id, guildId: interaction.guildId };
  if (await refusedAsNonAdmin(interaction, context, 'reindex', { en: 'reindex', ar: 'إعادة الفهرسة' })) return;
  if (context.engine.reindexing) return replyWithFailure(interaction, reindexRunningError(), 'both', context);
  await interaction.deferReply({ flags: MessageFlags.Ephemeral });
  const full = interaction.options.getBoolean('full') ?? false;
  context.logger.info({ event: 'reindex_started', full, ...requester }, 'reindex started from Discord');
  try {
    const summary = await context.engine.reindex({ full });
    context.logger.info({ event: 'reindex_finished', full, ...requester, ...summary }, 'reindex finished');
    await sendNotice(interaction, summaryText(summary, replyLanguage({ locale: interaction.locale })));
  } catch (error) {
    await replyWithFailure(interaction, error, 'both', context);
  }
}

export const reindexCommand: SlashCommand = { data, execute };
