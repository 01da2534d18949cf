/**
 * `npm run translate -- <article-id…|--missing> [--force] [--json]`: machine
 * translations of Arabic articles into English, and of English articles into
 * Arabic, through the configured OpenAI
 * provider (OPENAI_API_KEY), written beside each article as an unofficial,
 * sentence-aligned view (src/core/translation/), then one incremental reindex.
 * The published text is never changed and remains what answers quote.
 */
import { Command } from 'commander';
import { ConfigError, MarsadError } from '../src/errors.js';
import { createCliContext, openEngine, runCli } from '../src/cli/bootstrap.js';
import { createOpenAIChatModel } from '../src/core/providers/openai/chat.js';
import { translateArticles } from '../src/core/translation/translate-articles.js';

const program = new Command('translate')
  .description('Machine-translate articles into the other language, Arabic ↔ English (needs OPENAI_API_KEY), then reindex.')
  .argument('[ids...]', 'article ids')
  .option('--missing', 'every article without a translation')
  .option('--force', 'replace an existing translation')
  .option('--json', 'print the report as one JSON object')
  .action((ids: string[], options: { missing?: boolean; force?: boolean; json?: boolean }) =>
    runCli(async () => {
      const context = createCliContext();
      const { config, logger } = context;
      if (!config.openai) throw new ConfigError('OPENAI_API_KEY', 'is needed to translate (set it, and OPENAI_BASE_URL for a compatible server)');
      if (!options.missing && ids.length === 0) throw new MarsadError('invalid_input', 'Name the article ids to translate, or pass --missing.');
      const model = createOpenAIChatModel(config.openai, { logger });
      const report = await translateArticles({ knowledgeDir: config.knowledgeDir, model, modelName: config.openai.chatModel, force: options.force }, options.missing ? 'missing' : ids);
      const summary = report.translated.length > 0 ? await (await openEngine(context, { unreadableIndex: 'rebuild' })).reindex() : null;
      if (options.json) process.stdout.write(`${JSON.stringify({ ...report, reindexed: summary !== null })}\n`);
      else {
        for (const id of report.translated) process.stdout.write(`Translated ${id} (unofficial machine translation, ${config.openai.chatModel})\n`);
        for (const { id, reason } of report.skipped) process.stdout.write(`Skipped ${id}: ${reason}\n`);
        for (const { id, message } of report.failed) process.stdout.write(`Not translated ${id}: ${message}\n`);
        if (summary) process.stdout.write(`Reindexed: ${summary.added.length + summary.changed.length} article(s) updated.\n`);
      }
      if (report.failed.length > 0) process.exitCode = 1;
    }),
  );

program.parse();
