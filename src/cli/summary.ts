/**
 * `npm run summary -- [--topic "<text>"] [--lang ar|en] [--article <id>] [--json]`
 *
 * Without --topic: the whole article. A topic that is a word of exactly one
 * section heading ("Russia", "روسيا") summarises that section; any other topic
 * the paragraphs about it. Language: --lang, else the topic's, else Arabic.
 */
import { Command, Option } from 'commander';
import { summarizeWithEngine, type Summary } from '../core/summary/index.js';
import { wrapRightToLeftRuns } from '../core/text/bidi.js';
import { detectLanguage } from '../core/text/language.js';
import { createCliContext, openEngine, runCli } from './bootstrap.js';
import { renderCitation } from './render-answer.js';

const LABELS = {
  en: {
    article: 'Article', section: 'Section', topic: 'Topic', points: 'Key points', quotes: 'Key quotes', mentioned: 'Mentioned',
    kinds: { person: 'People', country: 'Countries', organisation: 'Organisations' }, sources: 'Sources', paragraph: '¶',
    mode: { offline: 'offline extractive summary', openai: 'summarised by the model from the sources', 'offline-fallback': 'offline extractive summary (model unavailable)' },
  },
  ar: {
    article: 'المقالة', section: 'القسم', topic: 'الموضوع', points: 'النقاط الرئيسية', quotes: 'اقتباسات رئيسية', mentioned: 'ورد ذكرهم',
    kinds: { person: 'أشخاص', country: 'دول', organisation: 'منظمات' }, sources: 'المصادر', paragraph: 'الفقرة',
    mode: { offline: 'ملخص مستخلص دون اتصال', openai: 'لخّصه النموذج من المصادر', 'offline-fallback': 'ملخص مستخلص دون اتصال (النموذج غير متاح)' },
  },
} as const;

function renderSummary(summary: Summary): string {
  const labels = LABELS[summary.lang];
  const { scope } = summary;
  // As in answers: English readers get the English title and section first, the published ones beside them.
  const english = (translation: string | null, published: string) => (summary.lang === 'en' && translation ? `${translation} (${published})` : published);
  const where = [
    scope.articleTitle ? `${labels.article}: ${english(scope.articleTitleTranslation, scope.articleTitle)}` : null,
    scope.section ? `${labels.section}: ${english(scope.sectionTranslation, scope.section)}` : null,
    scope.topic ? `${labels.topic}: ${scope.topic}` : null,
  ].filter(Boolean);
  const marks = (numbers: number[]) => numbers.map((n) => `[${n}]`).join('');
  const parts = [[summary.headline, where.join(' · ')].join('\n')];
  if (summary.notice) parts.push(`(${summary.notice})`);
  parts.push(`${labels.points}:\n${summary.points.map((point, index) => `${index + 1}. ${point.text} ${marks(point.citations)}`).join('\n')}`);
  if (summary.quotes.length > 0) {
    parts.push(`${labels.quotes}:\n${summary.quotes.map((quote) => `“${quote.text}”${quote.speaker ? ` — ${quote.speaker}` : ''} ${marks([quote.citation])}`).join('\n')}`);
  }
  const kinds = (['person', 'country', 'organisation'] as const).flatMap((kind) => {
    const named = summary.entities.filter((entity) => entity.kind === kind);
    if (named.length === 0) return [];
    return [`${labels.kinds[kind]}: ${named.map((entity) => `${entity.name} (${labels.paragraph} ${entity.paragraphs.join(', ')})`).join('; ')}`];
  });
  if (kinds.length > 0) parts.push(`${labels.mentioned}:\n${kinds.join('\n')}`);
  parts.push(`${labels.sources}:\n${summary.citations.map((citation) => renderCitation(citation, summary.lang)).join('\n')}`);
  parts.push(`— ${labels.mode[summary.mode]}`);
  return wrapRightToLeftRuns(parts.join('\n\n'));
}

const program = new Command('summary')
  .description('Summarise an indexed article, one of its sections or a topic, with every point cited.')
  .option('--topic <text>', 'a section heading word ("Russia") or a topic ("nuclear non-proliferation")')
  .addOption(new Option('--lang <lang>', "summary language (default: the topic's, else Arabic)").choices(['ar', 'en']))
  .option('--article <id>', 'article id (default: the latest indexed article)')
  .option('--json', 'print one JSON object')
  .action((options: { topic?: string; lang?: 'ar' | 'en'; article?: string; json?: boolean }) =>
    runCli(async () => {
      const context = createCliContext();
      const engine = await openEngine(context);
      const lang = options.lang ?? (options.topic ? detectLanguage(options.topic).language : 'ar');
      const summary = await summarizeWithEngine(engine, context.config.openai, { topic: options.topic, articleId: options.article, lang }, (error) =>
        context.logger.warn({ err: error }, 'openai summary unavailable: offline fallback'),
      );
      process.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : `${renderSummary(summary)}\n`);
    }),
  );

program.parse();
