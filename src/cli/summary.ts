/**
 * `npm run summary -- [--topic "<text>"] [--lang ar|en] [--article <id>] [--json]`
 *
 * Without --topic: the whole article. A topic that is a word of exactly one
 * section heading ("Russia", "روسيا") summarises that section; any other topic
 * the paragraphs about it. Language: the reply-language rule (--lang > the
 * topic's language > the terminal's locale), else the article's own.
 */
import { Command, Option } from 'commander';
import { directLine, directText, localeLanguage, replyLanguage, stripBidiControls, summarizeWithEngine, type Summary, summaryLabels, terminalLocale } from '../core/public.js';
import { createCliContext, openEngine, runCli } from './bootstrap.js';
import { citationHeader } from './render-answer.js';

function renderSummary(summary: Summary): string {
  const labels = summaryLabels(summary.lang);
  const direction = summary.lang === 'ar' ? 'rtl' : 'ltr';
  const line = (text: string) => directLine(stripBidiControls(text), direction);
  const marks = (numbers: number[]) => numbers.map((n) => `[${n}]`).join('');
  const parts = [line(summary.headline)];
  if (summary.notice) parts.push(directText(`(${summary.notice})`));
  parts.push([line(`${labels.points}:`), ...summary.points.map((point, index) => line(`${index + 1}. ${point.text} ${marks(point.citations)}`))].join('\n'));
  if (summary.quotes.length > 0) {
    const quotes = summary.quotes.map((quote) => directLine(stripBidiControls(`“${quote.text}”${quote.speaker ? ` — ${quote.speaker}` : ''} ${marks([quote.citation])}`)));
    parts.push([line(`${labels.quotes}:`), ...quotes].join('\n'));
  }
  const kinds = (['person', 'country', 'organisation'] as const).flatMap((kind) => {
    const named = summary.entities.filter((entity) => entity.kind === kind);
    return named.length === 0 ? [] : [line(`${labels.kinds[kind]}: ${named.map((entity) => `${entity.name} (${labels.paragraphs(entity.paragraphs)})`).join(summary.lang === 'ar' ? '؛ ' : '; ')}`)];
  });
  if (kinds.length > 0) parts.push([line(`${labels.mentioned}:`), ...kinds].join('\n'));
  // The points are the sources' words: sources are listed by place only, no sentence twice.
  parts.push([line(`${labels.sources}:`), ...summary.citations.map((citation) => citationHeader(citation, summary.lang))].join('\n'));
  parts.push(line(`— ${labels.mode[summary.mode]}`));
  return parts.join('\n\n');
}

const program = new Command('summary')
  .description('Summarise an indexed article, one of its sections or a topic, with every point cited.')
  .option('--topic <text>', 'a section heading word ("Russia") or a topic ("nuclear non-proliferation")')
  .addOption(new Option('--lang <lang>', "summary language (default: the topic's, else the terminal's locale, else the article's)").choices(['ar', 'en']))
  .option('--article <id>', 'article id (default: the latest indexed article)')
  .option('--json', 'print one JSON object')
  .action((options: { topic?: string; lang?: 'ar' | 'en'; article?: string; json?: boolean }) =>
    runCli(async () => {
      const context = createCliContext();
      const engine = await openEngine(context);
      const locale = terminalLocale();
      const lang = options.lang || options.topic || localeLanguage(locale) ? replyLanguage({ explicit: options.lang, text: options.topic, locale }) : undefined;
      const summary = await summarizeWithEngine(engine, context.config.openai, { topic: options.topic, articleId: options.article, lang }, (error) =>
        context.logger.warn({ err: error }, 'openai summary unavailable: offline fallback'),
      );
      process.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : `${renderSummary(summary)}\n`);
    }),
  );

program.parse();
