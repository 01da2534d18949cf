/**
 * `ingest(input)`: a URL or file (page, Markdown article or feed) into
 * knowledge/, then one incremental reindex. A single page that cannot be
 * ingested throws (the CLI exits 1, nothing written); a feed reports each item.
 */
import { ingestFeedText } from './ingest-feed.js';
import { finishRun, startRun, storeLoaded, type IngestContext, type IngestOptions, type ReindexingEngine } from './ingest-run.js';
import { loadInput } from './read-input.js';
import type { IngestReport } from './types.js';

export type { IngestContext, IngestOptions } from './ingest-run.js';

export async function ingest(input: string, options: IngestOptions, context: IngestContext & { engine: ReindexingEngine | null }): Promise<IngestReport> {
  const started = performance.now();
  const loaded = await loadInput(input, { limits: context.limits, policy: context.policy });
  const run = await startRun(context, options);
  if (loaded.kind === 'feed') {
    await ingestFeedText(run, loaded.text, { input, url: loaded.url, feedKey: loaded.url ?? input });
  } else {
    run.outcomes.push(await storeLoaded(run, loaded, input));
  }
  const indexed = await finishRun(run, context.engine);
  return { input, kind: loaded.kind, outcomes: run.outcomes, indexed, seconds: (performance.now() - started) / 1000, ...(run.translation ? { translation: run.translation } : {}) };
}
