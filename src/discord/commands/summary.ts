/**
 * /summary [topic:<text>] [language:ar|en] [article:<indexed article>]: the
 * key points of an article, a section or a topic, each cited, with key quotes
 * and who is mentioned where. Deferred at once (a first summary of a topic runs
 * retrieval, and the model when configured), then one edit; source embeds
 * follow within Discord's limits. Language: the option, else the user's
 * Discord locale when it is Arabic or English, else Arabic.
 */
import { SlashCommandBuilder, type APIEmbed, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { summarizeWithEngine, type Summary } from '../../core/summary/index.js';
import type { Language } from '../../core/types.js';
import type { BotContext } from '../context.js';
import { replyWithFailure, sendRendered } from '../interaction-replies.js';
import { packBlocks } from '../render/chunks.js';
import { renderSourceEmbeds } from '../render/citations.js';
import { DISCORD_LIMITS, truncateLabel } from '../render/limits.js';
import { packEmbeds, type RenderedMessage } from '../render/messages.js';
import { displayText } from '../render/safe-text.js';
import type { SlashCommand } from './command.js';
import { articleSuggestions } from './article-suggestions.js';

const LABELS = {
  en: {
    section: 'Section', topic: 'Topic', points: 'Key points', quotes: 'Key quotes', sources: 'Sources', paragraph: '¶',
    kinds: { person: 'People', country: 'Countries', organisation: 'Organisations' },
    mode: { offline: 'Summarised offline: extractive, quotes verified.', openai: 'Summarised by the language model from the cited excerpts, quotes verified.', 'offline-fallback': 'The language model was unavailable: summarised offline, quotes verified.' },
  },
  ar: {
    section: 'القسم', topic: 'الموضوع', points: 'النقاط الرئيسية', quotes: 'اقتباسات رئيسية', sources: 'المصادر', paragraph: 'الفقرة',
    kinds: { person: 'أشخاص', country: 'دول', organisation: 'منظمات' },
    mode: { offline: 'ملخص دون اتصال: مقتطفات حرفية، مع التحقق من الاقتباسات.', openai: 'لخّصه النموذج اللغوي من المقتطفات المذكورة، مع التحقق من الاقتباسات.', 'offline-fallback': 'تعذّر الوصول إلى النموذج اللغوي: لُخّص دون اتصال، مع التحقق من الاقتباسات.' },
  },
} as const;
const COLORS = { offline: 0x2f6f8f, openai: 0x2e7d32, 'offline-fallback': 0xb26a00 } as const;

const data = new SlashCommandBuilder()
  .setName('summary')
  .setDescription('Key points of an article, a section or a topic, every point cited · ملخص مقالة أو قسم أو موضوع')
  .addStringOption((option) =>
    option.setName('topic').setDescription('A section ("Russia", "روسيا") or a topic ("السياحة"); empty: the whole article · قسم أو موضوع').setMaxLength(200),
  )
  .addStringOption((option) =>
    option.setName('language').setDescription('Summary language (default: your Discord language, else Arabic) · لغة الملخص').addChoices(
      { name: 'ar (العربية)', value: 'ar' },
      { name: 'en (English)', value: 'en' },
    ),
  )
  // Suggested from the live index while the user types (autocomplete), not fixed at
  // registration: a growing archive needs no re-registration, and is not cut at 25.
  .addStringOption((option) => option.setName('article').setDescription('Which article (default: the latest) · المقالة').setMaxLength(100).setAutocomplete(true));

/** The language option, else the user's Discord locale when it is Arabic or English, else Arabic. */
export function summaryLanguage(choice: string | null, locale: string | null | undefined): Language {
  if (choice === 'ar' || choice === 'en') return choice;
  if (locale?.startsWith('ar')) return 'ar';
  if (locale?.startsWith('en')) return 'en';
  return 'ar';
}

const fitted = (text: string, limit: number) => {
  let budget = limit;
  let shown = displayText(truncateLabel(text.replace(/\s+/gu, ' ').trim(), budget));
  while (shown.length > limit && budget > 10) shown = displayText(truncateLabel(text, (budget -= 8)));
  return shown;
};

/** The summary embed (headline, scope, points, quotes and mentions as fields), then the source embeds. */
export function renderSummary(summary: Summary): RenderedMessage[] {
  const labels = LABELS[summary.lang];
  const marks = (numbers: number[]) => numbers.map((n) => `[${n}]`).join('');
  const { scope } = summary;
  const section = summary.lang === 'en' ? (scope.sectionTranslation ?? scope.section) : scope.section;
  const where = section ? `_${labels.section}: ${displayText(section)}_` : scope.topic ? `_${labels.topic}: ${displayText(scope.topic)}_` : null;
  const lines = [...(where ? [where] : []), ...summary.points.map((point, index) => `${index + 1}. ${displayText(point.text)} ${marks(point.citations)}`)];
  const [description, ...overflow] = packBlocks(lines, DISCORD_LIMITS.embedDescription, '\n');
  const fields: NonNullable<APIEmbed['fields']> = [];
  const addField = (name: string, blocks: string[], separator: string) =>
    packBlocks(blocks, DISCORD_LIMITS.embedFieldValue, separator).forEach((value, index) => fields.push({ name: index === 0 ? name : `${name} (…)`, value }));
  addField(labels.quotes, summary.quotes.map((quote) => `> “${displayText(quote.text)}”${quote.speaker ? ` — ${displayText(quote.speaker)}` : ''} ${marks([quote.citation])}`), '\n');
  for (const kind of ['person', 'country', 'organisation'] as const) {
    const named = summary.entities.filter((entity) => entity.kind === kind);
    addField(labels.kinds[kind], named.map((entity) => `${displayText(entity.name)} (${labels.paragraph} ${entity.paragraphs.join(', ')})`), ' · ');
  }
  const color = COLORS[summary.mode];
  const main: APIEmbed = { title: fitted(summary.headline, DISCORD_LIMITS.embedTitle), description, color, ...(fields.length > 0 ? { fields: fields.slice(0, 25) } : {}) };
  const embeds: APIEmbed[] = [main, ...overflow.map((more) => ({ description: more, color })), ...renderSourceEmbeds(summary.citations, summary.lang, labels.sources)];
  const footer = [labels.mode[summary.mode], summary.notice].filter(Boolean).join('\n');
  embeds[embeds.length - 1]!.footer = { text: truncateLabel(footer, DISCORD_LIMITS.embedFooter) };
  return packEmbeds(embeds);
}

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const lang = summaryLanguage(interaction.options.getString('language'), interaction.locale);
  const topic = interaction.options.getString('topic');
  const articleId = interaction.options.getString('article');
  try {
    context.rateLimiter.take(interaction.user.id);
  } catch (error) {
    return replyWithFailure(interaction, error, lang, context);
  }
  await interaction.deferReply();
  const started = Date.now();
  try {
    const onFallback = (error: unknown) => context.logger.warn({ err: error }, 'openai summary unavailable: offline fallback');
    const summary = await summarizeWithEngine(context.engine, context.config.openai, { topic, articleId, lang }, onFallback);
    context.logger.info(
      { event: 'summary', userId: interaction.user.id, scope: summary.scope.kind, lang: summary.lang, mode: summary.mode, points: summary.points.length, latencyMs: Date.now() - started },
      'summary sent',
    );
    await sendRendered(interaction, renderSummary(summary), false);
  } catch (error) {
    await replyWithFailure(interaction, error, lang, context);
  }
}

async function autocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<void> {
  const lang = summaryLanguage(null, interaction.locale);
  await interaction.respond(articleSuggestions(context.engine.listArticles(), interaction.options.getFocused(), lang));
}

export const summaryCommand: SlashCommand = { data, execute, autocomplete };
