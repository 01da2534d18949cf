/**
 * `npm run sources [-- --lang ar|en] [--json]`: the indexed articles, newest
 * first, one line each in the reader's language (the option, else the
 * terminal's locale), the same lines as /sources; addresses canonical,
 * without tracking parameters. --json prints one object per line.
 */
import { Command, Option } from 'commander';
import { directLine, listingLine, replyLanguage, sortedListings, stripBidiControls, terminalLocale } from '../core/public.js';
import { createCliContext, openEngine, runCli } from './bootstrap.js';

const program = new Command('sources')
  .description('List the indexed articles, newest first.')
  .addOption(new Option('--lang <lang>', "the list's language (default: the terminal's locale)").choices(['ar', 'en']))
  .option('--json', 'print one JSON object per article')
  .action((options: { lang?: 'ar' | 'en'; json?: boolean }) => {
    const language = replyLanguage({ explicit: options.lang, locale: terminalLocale() });
    return runCli(async () => {
      const engine = await openEngine(createCliContext());
      const articles = sortedListings(engine.listArticles());
      if (options.json) {
        for (const article of articles) process.stdout.write(`${JSON.stringify({ ...article, url: listingLine(article, language).url })}\n`);
        return;
      }
      const direction = language === 'ar' ? 'rtl' : 'ltr';
      const lines = articles.map((article) => {
        const line = listingLine(article, language);
        // Article titles are outside text: no control character of theirs reaches the terminal.
        return directLine(`${line.id} · ${stripBidiControls(line.title)} · ${stripBidiControls(line.details)}${line.url ? ` · ${line.url}` : ''}`, direction);
      });
      const none = language === 'ar' ? 'لا توجد مقالات مفهرسة بعد: شغّل npm run reindex.' : 'No articles are indexed yet: run npm run reindex.';
      process.stdout.write(`${lines.length > 0 ? lines.join('\n') : directLine(none, direction)}\n`);
    }, () => language);
  });

program.parse();
