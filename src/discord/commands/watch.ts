/**
 * /watch add|remove|list word:<text>: the words this channel watches. A new
 * article that mentions one (normalised Arabic/English matching) has its card
 * flagged in the digest channel and posted here too. Stored in
 * data/watch-words.json, shared with the ingest watcher.
 */
import { InteractionContextType, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { addWatchWord, listWatchWords, MAX_WATCH_WORD_LENGTH, readWatchWords, removeWatchWord, writeWatchWords } from '../../ingest/watch-words.js';
import type { BotContext } from '../context.js';
import { sendNotice } from '../interaction-replies.js';
import { DISCORD_LIMITS, truncateLabel } from '../render/limits.js';
import { displayText } from '../render/safe-text.js';
import type { SlashCommand } from './command.js';

const wordOption = (description: string) => (option: import('discord.js').SlashCommandStringOption) =>
  option.setName('word').setDescription(description).setRequired(true).setMaxLength(MAX_WATCH_WORD_LENGTH);

const data = new SlashCommandBuilder()
  .setName('watch')
  .setDescription('Watch words for new articles in this channel · كلمات مراقبة المقالات الجديدة في هذه القناة')
  .setContexts(InteractionContextType.Guild)
  .addSubcommand((command) => command.setName('add').setDescription('Flag new articles that mention a word · تنبيه عند ورود كلمة').addStringOption(wordOption('Word or short phrase · كلمة أو عبارة قصيرة')))
  .addSubcommand((command) => command.setName('remove').setDescription('Stop watching a word · إيقاف مراقبة كلمة').addStringOption(wordOption('The watched word · الكلمة المراقبة')))
  .addSubcommand((command) => command.setName('list').setDescription("This channel's watch words · كلمات مراقبة هذه القناة"));

const notice = (interaction: ChatInputCommandInteraction, text: string) => sendNotice(interaction, truncateLabel(text, DISCORD_LIMITS.content));

function listing(words: string[]): string {
  if (words.length === 0) return 'This channel watches no words. · لا تراقب هذه القناة أي كلمة.';
  return `Watch words in this channel · كلمات المراقبة في هذه القناة (${words.length}):\n${words.map((word) => `• ${displayText(word)}`).join('\n')}`;
}

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const { dataDir } = context.config;
  const channelId = interaction.channelId;
  const store = readWatchWords(dataDir);
  const subcommand = interaction.options.getSubcommand(true);
  if (subcommand === 'list') return notice(interaction, listing(listWatchWords(store, channelId)));
  const word = interaction.options.getString('word', true);
  const shown = displayText(word.trim());
  if (subcommand === 'add') {
    const { added, words } = addWatchWord(store, channelId, word);
    if (added) writeWatchWords(dataDir, store);
    context.logger.info({ event: 'watch_word_added', channelId, added, userId: interaction.user.id }, 'watch word added');
    const head = added ? `Now watching ${shown} here. · تُراقَب الآن ${shown} هنا.` : `${shown} is already watched here. · ${shown} مراقَبة هنا بالفعل.`;
    return notice(interaction, `${head}\n${listing(words)}`);
  }
  const { removed, words } = removeWatchWord(store, channelId, word);
  if (removed) writeWatchWords(dataDir, store);
  const head = removed ? `Stopped watching ${shown}. · أُوقفت مراقبة ${shown}.` : `${shown} was not watched here. · ${shown} لم تكن مراقَبة هنا.`;
  return notice(interaction, `${head}\n${listing(words)}`);
}

export const watchCommand: SlashCommand = { data, execute };
