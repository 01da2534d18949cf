/**
 * `npm run ingest -- <file.html|file.md|URL|feed URL|feed file> [--lang ar|en] [--dry-run] [--json]`
 * `npm run ingest -- --watch <feed URL, feed file or folder> [--watch …] [--every 15m]`
 *
 * The admin script for press monitoring: adds articles to knowledge/ and runs
 * the incremental reindex, or keeps watching feeds and folders, printing a card
 * per new article and the daily digest (the bot posts them to Discord).
 * A page that cannot be ingested exits 1 with a message naming it; nothing is written.
 */
import { Command, Option } from 'commander';
import { createCliContext, openEngine, runCli } from '../src/cli/bootstrap.js';
import type { Language } from '../src/core/types.js';
import { createAnnouncer, restForConfig } from '../src/discord/digest.js';
import { MarsadError } from '../src/errors.js';
import { cardText, digestText } from '../src/ingest/card.js';
import { ingest } from '../src/ingest/ingest.js';
import { closeExtractionPool } from '../src/ingest/extraction-pool.js';
import { ingestContextFor } from '../src/ingest/ingest-run.js';
import { describeOutcome, describeReport } from '../src/ingest/report-text.js';
import { parseInterval, systemClock } from '../src/ingest/schedule.js';
import { createWatcher } from '../src/ingest/watcher.js';

interface Options {
  lang?: Language;
  dryRun?: boolean;
  json?: boolean;
  watch: string[];
  every: string;
}

async function ingestOnce(input: string, options: Options): Promise<void> {
  const context = createCliContext();
  // A dry run never reindexes, so it does not need (or build) the index.
  const engine = options.dryRun ? null : await openEngine(context);
  const report = await ingest(input, { lang: options.lang, dryRun: options.dryRun }, { ...ingestContextFor(context.config), engine });
  if (options.json) {
    process.stdout.write(`${JSON.stringify(report)}\n`);
  } else {
    process.stdout.write(`${describeReport(report)}\n`);
    if (options.dryRun) for (const outcome of report.outcomes) if (outcome.status === 'dry-run') process.stdout.write(`\n--- ${outcome.filePath} ---\n${outcome.markdown}`);
  }
  if (report.outcomes.some((outcome) => outcome.status === 'failed')) process.exitCode = 1;
  await closeExtractionPool();
}

async function watch(options: Options): Promise<void> {
  const context = createCliContext();
  const engine = await openEngine(context);
  const { hour, timeZone, channelId } = context.config.digest;
  // With a bot token, cards also go to Discord (DIGEST_CHANNEL_ID and channels watching their words), over REST only.
  const rest = restForConfig(context.config);
  const discord = rest ? createAnnouncer(rest, channelId, context.logger) : null;
  const watcher = createWatcher({
    sources: options.watch,
    everyMs: parseInterval(options.every),
    digest: { hour, timeZone },
    context: ingestContextFor(context.config),
    ingestOptions: { lang: options.lang },
    engine,
    clock: systemClock,
    logger: context.logger,
    announce: async (card) => {
      process.stdout.write(`\n${cardText(card)}\n`);
      await discord?.announce(card);
    },
    announceDigest: async (digest) => {
      process.stdout.write(`\n${digestText(digest)}\n`);
      await discord?.announceDigest(digest);
    },
    onOutcome: (_source, outcome) => {
      if (outcome.status !== 'seen') process.stderr.write(`${describeOutcome(outcome)}\n`);
    },
  });
  const posting = discord ? (channelId ? `posting to Discord channel ${channelId}` : 'posting to channels with watch words only (DIGEST_CHANNEL_ID is not set)') : 'printing cards only (no DISCORD_TOKEN)';
  process.stderr.write(`Watching ${options.watch.join(', ')} every ${options.every}; digest daily at ${String(hour).padStart(2, '0')}:00 ${timeZone}; ${posting}. Ctrl-C stops.\n`);
  watcher.start();
  await new Promise<void>((resolve) => {
    const stop = () => {
      watcher.stop();
      void watcher.idle().then(resolve);
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

const program = new Command('ingest')
  .description('Add press articles to knowledge/ (from a page, a Markdown article or a feed) and reindex; or watch feeds and folders.')
  .argument('[input]', 'file.html | file.md | URL | feed URL | feed file')
  .addOption(new Option('--lang <lang>', 'article language, overriding detection').choices(['ar', 'en']))
  .option('--dry-run', 'print what would be written; write and index nothing')
  .option('--json', 'print the report as one JSON object')
  .option('--watch <source>', 'feed URL, feed file or folder to poll (repeatable)', (value: string, previous: string[]) => [...previous, value], [] as string[])
  .option('--every <duration>', 'poll interval with --watch, e.g. 15m, 1h', '15m')
  .action((input: string | undefined, options: Options) =>
    runCli(async () => {
      if (options.watch.length > 0) return watch(options);
      if (!input) throw new MarsadError('invalid_input', 'give a file, a URL or a feed to ingest, or --watch <feed or folder> (see --help)');
      return ingestOnce(input, options);
    }),
  );

program.parse();
