/**
 * /watch add|remove|list word:<text>: the words this channel watches. A new
 * article that mentions one (normalised Arabic/English matching) has its card
 * flagged in the digest channel and posted here too. Stored in
 * data/watch-words.json, shared with the ingest watcher.
 */
import { InteractionContextType, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { addWatchWord, listWatchWords, MAX_WATCH_WORD_LENGTH, readWatchWords, removeWatchWord, writeWatchWords } from '../../ingest/watch-words.js';
import type { BotContext } from '../context.js';
import { type Language, replyLanguage } from '../../core/public.js';
import { sendNotice } from '../interaction-replies.js';
import { DISCORD_LIMITS, truncateLabel } from '../render/limits.js';
import { plainValue } from '../render/safe-text.js';
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

/** What /watch says, one language per reply (the word's language, else the user's locale). */
const TEXTS = {
  en: {
    none: 'This channel watches no words.',
    list: (count: number) => `Watch words in this channel (${count}):`,
    added: (word: string) => `Now watching ${word} here.`,
    already: (word: string) => `${word} is already watched here.`,
    removed: (word: string) => `Stopped watching ${word}.`,
    absent: (word: string) => `${word} was not watched here.`,
  },
  ar: {
    none: 'لا تراقب هذه القناة أي كلمة.',
    list: (count: number) => `كلمات المراقبة في هذه القناة (${count}):`,
    added: (word: string) => `تُراقَب الآن «${word}» هنا.`,
    already: (word: string) => `«${word}» مراقَبة هنا بالفعل.`,
    removed: (word: string) => `أُوقفت مراقبة «${word}».`,
    absent: (word: string) => `«${word}» لم تكن مراقَبة هنا.`,
  },
} as const;

function listing(words: string[], language: Language): string {
  const texts = TEXTS[language];
  if (words.length === 0) return texts.none;
  return [texts.list(words.length), ...words.map((word) => `• ${plainValue(word)}`)].join('\n');
}

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const { dataDir } = context.config;
  const channelId = interaction.channelId;
  const store = readWatchWords(dataDir);
  const subcommand = interaction.options.getSubcommand(true);
  const word = subcommand === 'list' ? null : interaction.options.getString('word', true);
  const language = replyLanguage({ text: word, locale: interaction.locale });
  const texts = TEXTS[language];
  if (word === null) return notice(interaction, listing(listWatchWords(store, channelId), language));
  const shown = plainValue(word.trim());
  if (subcommand === 'add') {
    const { added, words } = addWatchWord(store, channelId, word);
    if (added) writeWatchWords(dataDir, store);
    context.logger.info({ event: 'watch_word_added', channelId, added, userId: interaction.user.id }, 'watch word added');
    return notice(interaction, `${added ? texts.added(shown) : texts.already(shown)}\n${listing(words, language)}`);
  }
  const { removed, words } = removeWatchWord(store, channelId, word);
  if (removed) writeWatchWords(dataDir, store);
  return notice(interaction, `${removed ? texts.removed(shown) : texts.absent(shown)}\n${listing(words, language)}`);
}

export const watchCommand: SlashCommand = { data, execute };
