/**
 * /ask question:<text> [language:auto|ar|en] [since:YYYY-MM-DD]. Input and rate limit are checked
 * before anything is sent (so refusals stay ephemeral); then the reply is
 * deferred at once, because Discord drops an interaction not answered within
 * 3 s, and edited exactly once with the rendered answer.
 */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { detectLanguage, type Language, sinceDayOf } from '../../core/public.js';
import { MarsadError } from '../../errors.js';
import { answerQuestion } from '../answering/answer-question.js';
import { handleAnswerButton } from '../answering/answer-buttons.js';
import { checkQuestion, MAX_QUESTION_LENGTH } from '../answering/question-input.js';
import type { BotContext } from '../context.js';
import { replyWithFailure, sendRendered } from '../interaction-replies.js';
import type { SlashCommand } from './command.js';

const data = new SlashCommandBuilder()
  .setName('ask')
  // Discord has no Arabic locale for localizations, so descriptions carry both languages.
  .setDescription('Ask about the press articles, answered with cited excerpts · اسأل عن المقالات الصحفية')
  .addStringOption((option) =>
    option
      .setName('question')
      .setDescription('Your question, in Arabic or English · سؤالك بالعربية أو الإنجليزية')
      .setRequired(true)
      .setMaxLength(MAX_QUESTION_LENGTH),
  )
  .addStringOption((option) =>
    option
      .setName('language')
      .setDescription("Answer language (default: the question's) · لغة الإجابة")
      .addChoices(
        { name: 'auto', value: 'auto' },
        { name: 'ar (العربية)', value: 'ar' },
        { name: 'en (English)', value: 'en' },
      ),
  )
  .addStringOption((option) =>
    option
      .setName('since')
      .setDescription('Only articles published since this day, YYYY-MM-DD · المقالات المنشورة منذ هذا اليوم فقط')
      .setMaxLength(10),
  );

/** The since: option checked: a real day, not in the future; a clear message in both languages otherwise. */
function sinceOption(interaction: ChatInputCommandInteraction): string | undefined {
  const typed = interaction.options.getString('since');
  if (typed === null) return undefined;
  const day = sinceDayOf(typed, new Date());
  if (day) return day;
  throw new MarsadError('invalid_input', `"since" takes a day written YYYY-MM-DD, not after today (for example 2025-01-31).`, {
    messageAr: 'يأخذ الخيار since يومًا مكتوبًا بالصيغة YYYY-MM-DD، ليس بعد اليوم (مثلًا 2025-01-31).',
  });
}

function chosenLanguage(interaction: ChatInputCommandInteraction): Language | undefined {
  const choice = interaction.options.getString('language');
  return choice === 'ar' || choice === 'en' ? choice : undefined;
}

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const raw = interaction.options.getString('question', true);
  const explicitLanguage = chosenLanguage(interaction);
  let language = explicitLanguage ?? detectLanguage(raw).language;
  let question;
  let since;
  try {
    question = checkQuestion(raw);
    since = sinceOption(interaction);
    context.rateLimiter.take(interaction.user.id);
  } catch (error) {
    return replyWithFailure(interaction, error, language, context);
  }
  await interaction.deferReply();
  try {
    const { stored, messages } = await answerQuestion(context, {
      question,
      origin: 'slash',
      userId: interaction.user.id,
      guildId: interaction.guildId,
      language: explicitLanguage,
      since,
    });
    language = stored.answer.lang;
    await sendRendered(interaction, messages, false);
  } catch (error) {
    await replyWithFailure(interaction, error, language, context);
  }
}

export const askCommand: SlashCommand = { data, execute, handleButton: handleAnswerButton };
