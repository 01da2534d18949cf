/**
 * `npm run reindex [-- --full]`: the admin script. Incremental by article hash;
 * builds beside the serving index and swaps only on success. Shows a progress
 * bar on a terminal and ends with a summary.
 */
import { SingleBar, Presets } from 'cli-progress';
import { Command } from 'commander';
import { createCliContext, openEngine, runCli } from '../src/cli/bootstrap.js';
import type { ReindexSummary } from '../src/core/engine-types.js';

export function describeReindex(summary: ReindexSummary): string {
  const list = (ids: string[]) => (ids.length > 0 ? ` (${ids.join(', ')})` : '');
  const lines = [
    `Articles: ${summary.added.length} added${list(summary.added)}, ${summary.changed.length} changed${list(summary.changed)}, ${summary.removed.length} removed${list(summary.removed)}, ${summary.unchanged} unchanged.`,
    `Paragraphs: ${summary.paragraphs} indexed, ${summary.embedded} embedded in this run. Time: ${summary.seconds.toFixed(2)} s.`,
  ];
  for (const skipped of summary.skipped) lines.push(`Skipped ${skipped.message}`);
  return lines.join('\n');
}

const program = new Command('reindex')
  .description('Rebuild the index from knowledge/ (incremental unless --full).')
  .option('--full', 'rebuild everything and refit the local embedder')
  .option('--json', 'print the summary as one JSON object')
  .action((options: { full?: boolean; json?: boolean }) =>
    runCli(async () => {
      // An unreadable index is what reindexing repairs: rebuild it rather than refuse.
      const engine = await openEngine(createCliContext(), { unreadableIndex: 'rebuild' });
      const bar = process.stderr.isTTY && !options.json ? new SingleBar({ format: 'Embedding {bar} {value}/{total} paragraphs', stream: process.stderr }, Presets.shades_classic) : null;
      let started = false;
      // Opening built the index (there was none, or it was unreadable): that build is this run's result.
      const summary = engine.initialBuild ?? await engine.reindex({
        full: options.full,
        onProgress: (done, total) => {
          if (!bar) return;
          if (!started) bar.start(total, 0);
          started = true;
          bar.update(done);
        },
      });
      bar?.stop();
      process.stdout.write(options.json ? `${JSON.stringify(summary)}\n` : `${describeReindex(summary)}\n`);
      if (summary.skipped.length > 0) process.exitCode = 1;
    }),
  );

program.parse();
