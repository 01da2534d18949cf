/**
 * /summary [topic:<text>] [language:ar|en] [article:<indexed article>]: the
 * key points of an article, a section or a topic, each cited, with key quotes
 * and who is mentioned where. Deferred at once (a first summary of a topic runs
 * retrieval, and the model when configured), then one edit, one embed in the
 * common case. Language: the reply-language rule (option > the topic's
 * language > the user's locale), else the article's own language.
 */
import { SlashCommandBuilder, type APIEmbed, type AutocompleteInteraction, type ChatInputCommandInteraction } from 'discord.js';
import { cleanArticleUrl, type Direction, directLine, directText, type Language, localeLanguage, readerView, replyLanguage, summarizeWithEngine, type Summary, summaryLabels, type SummaryLabels } from '../../core/public.js';
import type { BotContext } from '../context.js';
import { replyWithFailure, sendRendered } from '../interaction-replies.js';
import { packBlocks } from '../render/chunks.js';
import { DISCORD_LIMITS, truncateLabel } from '../render/limits.js';
import { packEmbeds, type RenderedMessage } from '../render/messages.js';
import { fitTitle } from '../render/render-answer.js';
import { articleText } from '../render/safe-text.js';
import type { SlashCommand } from './command.js';
import { articleSuggestions } from './article-suggestions.js';

const COLORS = { offline: 0x2f6f8f, openai: 0x2e7d32, 'offline-fallback': 0xb26a00 } as const;

const data = new SlashCommandBuilder()
  .setName('summary')
  .setDescription('Key points of an article, a section or a topic, every point cited · ملخص مقالة أو قسم أو موضوع')
  .addStringOption((option) =>
    option.setName('topic').setDescription('A section ("Russia", "روسيا") or a topic ("السياحة"); empty: the whole article · قسم أو موضوع').setMaxLength(200),
  )
  .addStringOption((option) =>
    option.setName('language').setDescription("Summary language (default: the topic's, else your Discord language) · لغة الملخص").addChoices(
      { name: 'ar (العربية)', value: 'ar' },
      { name: 'en (English)', value: 'en' },
    ),
  )
  // Suggested from the live index while the user types (autocomplete), not fixed at
  // registration: a growing archive needs no re-registration, and is not cut at 25.
  .addStringOption((option) => option.setName('article').setDescription('Which article (default: the latest) · المقالة').setMaxLength(100).setAutocomplete(true));

/** The reply-language rule: the option, else the topic's language, else the user's locale, else the article's own. */
export function summaryLanguage(choice: string | null, topic: string | null, locale: string | null | undefined): Language | undefined {
  if (!choice && !topic && !localeLanguage(locale)) return undefined;
  return replyLanguage({ explicit: choice, text: topic, locale });
}

const mark = (numbers: number[]) => numbers.map((n) => `[${n}]`).join('');

/**
 * Where the sources are, one line per part: "Relations with Russia: [1] ¶ 10 ·
 * [2] ¶ 11". The part is named by its section (and article, when the summary
 * spans several); a section summary's own section, and the lead, go unnamed.
 */
function sourceLines(summary: Summary, labels: SummaryLabels): string[] {
  const groups = new Map<string, string[]>();
  for (const citation of summary.citations) {
    const { title, section } = readerView(citation, summary.lang);
    const named = [...(summary.scope.articleId ? [] : [truncateLabel(title, 60)]), ...(section && summary.scope.kind !== 'section' ? [section] : [])];
    const key = named.map((part) => articleText(part)).join(' · ');
    groups.set(key, [...(groups.get(key) ?? []), `**[${citation.n}]** ${labels.paragraph(citation.paragraph)}`]);
  }
  return [...groups].map(([name, entries]) => `${name ? `${name}: ` : ''}${entries.join(' · ')}`);
}

/**
 * One embed in the common case: the headline (written from the points), the
 * cited points, then fields for key quotes, who is mentioned where, and where
 * each source is. Points are the sources' own words (or their aligned English
 * rendering), so the sources are listed by place only: no sentence twice.
 */
export function renderSummary(summary: Summary): RenderedMessage[] {
  const labels = summaryLabels(summary.lang);
  const direction: Direction = summary.lang === 'ar' ? 'rtl' : 'ltr';
  const line = (text: string) => directLine(text, direction);
  const points = summary.points.map((point, index) => line(`${index + 1}. ${articleText(point.text)} ${mark(point.citations)}`));
  const [description, ...overflow] = packBlocks(points, DISCORD_LIMITS.embedDescription, '\n');
  const fields: NonNullable<APIEmbed['fields']> = [];
  const addField = (name: string, blocks: string[], separator: string) =>
    packBlocks(blocks, DISCORD_LIMITS.embedFieldValue, separator).forEach((value, index) => fields.push({ name: line(index === 0 ? name : `${name} (…)`), value }));
  addField(labels.quotes, summary.quotes.map((quote) => `> ${directLine(`“${articleText(quote.text)}”${quote.speaker ? ` — ${articleText(quote.speaker)}` : ''} ${mark([quote.citation])}`)}`), '\n');
  for (const kind of ['person', 'country', 'organisation'] as const) {
    const named = summary.entities.filter((entity) => entity.kind === kind);
    addField(labels.kinds[kind], [line(named.map((entity) => `${articleText(entity.name)} (${labels.paragraphs(entity.paragraphs)})`).join(' · '))], ' · ');
  }
  addField(labels.sources, sourceLines(summary, labels).map(line), '\n');
  const color = COLORS[summary.mode];
  const url = summary.scope.articleId ? cleanArticleUrl(summary.citations[0]?.url) : null;
  const main: APIEmbed = { title: fitTitle(summary.headline), ...(url ? { url } : {}), description, color, fields: fields.slice(0, 25) };
  const embeds: APIEmbed[] = [main, ...overflow.map((more) => ({ description: more, color }))];
  const renderingNote = summary.citations.some((citation) => readerView(citation, summary.lang).rendering !== null && citation.quoteTranslation !== citation.quote);
  const footer = directText([summary.notice, labels.mode[summary.mode], renderingNote ? labels.rendering : null].filter(Boolean).join('\n'));
  embeds[embeds.length - 1]!.footer = { text: truncateLabel(footer, DISCORD_LIMITS.embedFooter) };
  return packEmbeds(embeds);
}

async function execute(interaction: ChatInputCommandInteraction, context: BotContext): Promise<void> {
  const topic = interaction.options.getString('topic');
  const lang = summaryLanguage(interaction.options.getString('language'), topic, interaction.locale);
  const articleId = interaction.options.getString('article');
  try {
    context.rateLimiter.take(interaction.user.id);
  } catch (error) {
    return replyWithFailure(interaction, error, lang ?? 'en', context);
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
    await replyWithFailure(interaction, error, lang ?? 'en', context);
  }
}

async function autocomplete(interaction: AutocompleteInteraction, context: BotContext): Promise<void> {
  const lang = replyLanguage({ locale: interaction.locale });
  await interaction.respond(articleSuggestions(context.engine.listArticles(), interaction.options.getFocused(), lang));
}

export const summaryCommand: SlashCommand = { data, execute, autocomplete };
