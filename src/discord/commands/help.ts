/**
 * /help [language]: how to use Marsad, visible to the asker only, in one
 * language (the option, else the user's locale; Discord has no Arabic client
 * locale, so the English help ends with one Arabic line pointing to the Arabic
 * help, and the other way round). Every line is in one language and laid out
 * by the direction rule.
 */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { ARABIC_NOUNS, arabicCount, directText, type Language, replyLanguage } from '../../core/public.js';
import { MAX_QUESTION_LENGTH } from '../answering/question-input.js';
import type { BotContext } from '../context.js';
import { sendRendered } from '../interaction-replies.js';
import { packEmbeds, type RenderedMessage } from '../render/messages.js';
import type { SlashCommand } from './command.js';
import { languageOption } from './language-option.js';

const data = new SlashCommandBuilder()
  .setName('help')
  .setDescription('How to use Marsad · كيفية استخدام مرصد')
  .addStringOption(languageOption('Language of the help · لغة المساعدة'));

function english(perMinute: number): string {
  return [
    'Marsad answers questions about the indexed press articles with exact, numbered excerpts: every [n] in an answer points to the source listed under it (article · section · ¶ paragraph).',
    '',
    `• \`/ask question:<text> [language]\`: ask in Arabic or English (up to ${MAX_QUESTION_LENGTH} characters); the answer comes in the question's language unless you pick one.`,
    '• Mention @Marsad with a question: it answers in a new thread; follow-ups there ("and China?") are read with the previous turns.',
    '• `/summary [topic] [language] [article]`: the key points of an article, a section or a topic, every point cited.',
    '• `/sources`: the indexed articles. `/watch add|remove|list word:<text>`: flag new articles that mention a word in this channel.',
    '• `/ingest url:<URL>` and `/reindex`: add an article or a feed, rebuild the index (admins).',
    '• Under an answer, "More excerpts" shows the other excerpts found; 👍/👎 tell us whether it helped (we keep the answer, your vote and your user id).',
    `• Up to ${perMinute} questions a minute per person. Marsad knows only the indexed articles.`,
    '',
    'المساعدة بالعربية: /help language:ar',
  ].join('\n');
}

function arabic(perMinute: number): string {
  return [
    'يجيب مرصد عن الأسئلة حول المقالات الصحفية المفهرسة بمقتطفات حرفية مرقّمة: كل [n] في الإجابة يشير إلى المصدر المذكور تحتها (المقالة · القسم · الفقرة).',
    '',
    `• /ask: اكتب سؤالك بالعربية أو الإنجليزية (حتى ${arabicCount(MAX_QUESTION_LENGTH, ARABIC_NOUNS.character)})؛ تأتي الإجابة بلغة السؤال ما لم تختر لغة أخرى.`,
    '• أشِر إلى @Marsad مع سؤالك: يجيب في سلسلة جديدة، وتُفهم أسئلة المتابعة فيها مثل «والصين؟» في ضوء ما سبق.',
    '• /summary: النقاط الرئيسية لمقالة أو قسم أو موضوع، ولكل نقطة مصدرها.',
    '• /sources: المقالات المفهرسة. /watch: تنبيه في هذه القناة عند ورود كلمة في مقالة جديدة.',
    '• /ingest و /reindex: إضافة مقالة أو موجز، وإعادة بناء الفهرس (للمشرفين).',
    '• تحت كل إجابة: «مقتطفات أخرى» تعرض بقية المقتطفات، و👍/👎 لتقييم الإجابة (نحتفظ بالإجابة وتقييمك ومعرّف حسابك).',
    `• حتى ${arabicCount(perMinute, ARABIC_NOUNS.question)} في الدقيقة لكل شخص. لا يعرف مرصد إلا المقالات المفهرسة.`,
    '',
    'Help in English: /help language:en',
  ].join('\n');
}

export function renderHelp(language: Language, perMinute: number): RenderedMessage[] {
  const embed =
    language === 'ar'
      ? { title: directText('مرصد · مساعدة'), description: directText(arabic(perMinute)), color: 0x2f6f8f }
      : { title: 'Marsad · help', description: directText(english(perMinute)), color: 0x2f6f8f };
  return packEmbeds([embed]);
}

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const language = replyLanguage({ explicit: interaction.options.getString('language'), locale: interaction.locale });
  await sendRendered(interaction, renderHelp(language, context.config.discord.rateLimitPerMinute), true);
}

export const helpCommand: SlashCommand = { data, execute };
