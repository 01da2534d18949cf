/** /help: how to use Marsad, in English and Arabic, visible to the asker only. */
import { SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { MAX_QUESTION_LENGTH } from '../answering/question-input.js';
import type { BotContext } from '../context.js';
import { sendRendered } from '../interaction-replies.js';
import { packEmbeds } from '../render/messages.js';
import { wrapRightToLeftRuns } from '../../core/text/bidi.js';
import type { SlashCommand } from './command.js';

const data = new SlashCommandBuilder().setName('help').setDescription('How to use Marsad · كيفية استخدام مرصد');

function english(perMinute: number): string {
  return [
    'Marsad answers questions about the indexed press articles with exact, numbered excerpts: every [n] in an answer points to a source below it (article · section · ¶ paragraph).',
    '',
    `• \`/ask question:<text> [language:auto|ar|en]\`: ask in Arabic or English (up to ${MAX_QUESTION_LENGTH} characters).`,
    '• Mention the bot with a question: it answers in a new thread; keep asking in the thread, follow-ups such as "and China?" use the previous turns.',
    '• `/sources`: the indexed articles. `/reindex`: rebuild the index (admins).',
    '• `/ingest url:<URL>`: add an article or a feed (admins). `/watch add|remove|list word:<text>`: flag new articles that mention a word in this channel.',
    '• Under each answer: "More excerpts" shows further sources; 👍/👎 tell us whether it helped (we keep the answer, your vote and your user id).',
    `• Up to ${perMinute} questions a minute per person. Marsad only knows the indexed articles.`,
  ].join('\n');
}

function arabic(perMinute: number): string {
  return wrapRightToLeftRuns(
    [
      'يجيب مرصد عن الأسئلة حول المقالات الصحفية المفهرسة بمقتطفات حرفية مرقّمة: كل [n] في الإجابة يشير إلى مصدر أدناه (المقالة · القسم · ¶ الفقرة).',
      '',
      `• /ask: اكتب سؤالك بالعربية أو الإنجليزية (حتى ${MAX_QUESTION_LENGTH} حرف)، ويمكن اختيار لغة الإجابة.`,
      '• أشِر إلى البوت مع سؤالك: يجيب في سلسلة جديدة، وتُفهم أسئلة المتابعة مثل «والصين؟» في ضوء ما سبق.',
      '• /sources: المقالات المفهرسة. /reindex: إعادة بناء الفهرس (للمشرفين).',
      '• /ingest: إضافة مقالة أو موجز من رابط (للمشرفين). /watch: تنبيه في هذه القناة عند ورود كلمة في مقالة جديدة.',
      '• تحت كل إجابة: «مقتطفات أخرى» لمصادر إضافية، و👍/👎 لتقييم الإجابة (نحتفظ بالإجابة وتقييمك ومعرّف حسابك).',
      `• حتى ${perMinute} أسئلة في الدقيقة لكل شخص. لا يعرف مرصد إلا المقالات المفهرسة.`,
    ].join('\n'),
  );
}

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const perMinute = context.config.discord.rateLimitPerMinute;
  const embeds = [
    { title: 'Marsad · help', description: english(perMinute), color: 0x2f6f8f },
    { title: 'مرصد · مساعدة', description: arabic(perMinute), color: 0x2f6f8f },
  ];
  await sendRendered(interaction, packEmbeds(embeds), true);
}

export const helpCommand: SlashCommand = { data, execute };
