/**
 * "@Marsad <question>" in a channel: the answer goes to a new thread started
 * on that message. Any message in a thread Marsad started is a follow-up and
 * is answered with the thread's recent turns as history. Messages can't be
 * ephemeral, so refusals are short replies in the same place.
 */
import { ChannelType, DiscordAPIError, RESTJSONErrorCodes, ThreadAutoArchiveDuration, type Client, type Message } from 'discord.js';
import { answerQuestion } from '../answering/answer-question.js';
import { checkQuestion, type CheckedQuestion } from '../answering/question-input.js';
import type { BotContext } from '../context.js';
import { describeFailure } from '../failures.js';
import { DISCORD_LIMITS, truncateLabel } from '../render/limits.js';
import { NO_MENTIONS } from '../render/safe-text.js';
import { detectLanguage } from '../../core/public.js';

type Target = Extract<Message['channel'], { send: unknown }>;

/** "@Marsad" typed in the client may resolve to the bot user or to the bot's managed role: both count. */
function mentionsBot(message: Message, botId: string): boolean {
  if (message.mentions.users.has(botId) || new RegExp(`<@!?${botId}>`, 'u').test(message.content)) return true;
  return message.mentions.roles.some((role) => role.tags?.botId === botId);
}

/**
 * Where the answer goes: a new thread on the question, or the thread it was
 * asked in. Without the permission to create threads, the channel itself: an
 * answer in place beats an error.
 */
async function answerTarget(message: Message<true>, question: CheckedQuestion, context: BotContext): Promise<Target> {
  const channel = message.channel;
  if (channel.isThread()) return channel;
  if (channel.type !== ChannelType.GuildText && channel.type !== ChannelType.GuildAnnouncement) return channel;
  try {
    return await message.startThread({
      name: truncateLabel(question.text, DISCORD_LIMITS.threadName),
      autoArchiveDuration: ThreadAutoArchiveDuration.OneDay,
    });
  } catch (error) {
    if (!(error instanceof DiscordAPIError) || error.code !== RESTJSONErrorCodes.MissingPermissions) throw error;
    context.logger.warn({ event: 'thread_not_created', channelId: channel.id }, 'no permission to create threads: answering in the channel');
    return channel;
  }
}

export function createMessageHandler(client: Client, context: BotContext) {
  return async function handleMessage(message: Message): Promise<void> {
    if (message.author.bot || message.system || !message.inGuild() || !client.user) return;
    const botId = client.user.id;
    const channel = message.channel;
    const inOwnThread = channel.isThread() && (channel.ownerId === botId || context.threads.knows(channel.id));
    if (!inOwnThread && !mentionsBot(message, botId)) return;

    const origin = inOwnThread ? 'thread' : 'mention';
    let language = detectLanguage(message.content).language;
    let target: Target = channel;
    try {
      const question = checkQuestion(message.content);
      language = question.language;
      context.rateLimiter.take(message.author.id);
      target = await answerTarget(message, question, context);
      void target.sendTyping().catch(() => undefined); // cosmetic: never fail an answer over it
      // Only Marsad's own threads hold a conversation; elsewhere each mention stands alone.
      const ownThread = target.isThread() && target.ownerId === botId;
      const history = ownThread ? context.threads.history(target.id) : [];
      const { stored, messages } = await answerQuestion(context, { question, origin, userId: message.author.id, guildId: message.guildId, history });
      // Remembered before sending: a follow-up typed while the answer is in flight still sees this turn.
      if (ownThread) context.threads.remember(target.id, { question: question.text, answer: stored.answer.answer });
      for (const rendered of messages) {
        await target.send({ embeds: rendered.embeds, components: rendered.components, allowedMentions: NO_MENTIONS });
      }
    } catch (error) {
      const failure = describeFailure(error, language, context.logger, { origin, messageId: message.id, userId: message.author.id, guildId: message.guildId });
      const notice = { content: failure.message, allowedMentions: NO_MENTIONS };
      const sent = target === channel ? message.reply(notice) : target.send(notice);
      await sent.catch((replyError: unknown) => context.logger.warn({ err: replyError, errorId: failure.errorId }, 'could not report failure in the channel'));
    }
  };
}
