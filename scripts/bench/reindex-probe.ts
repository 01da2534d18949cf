/**
 * Benchmark step 3 of 3 for one size, in a fresh process: load the index, change
 * one distractor article (its first paragraph replaced) and reindex as
 * `/reindex` does in the running bot (incremental, then the new generation is
 * loaded), then `/reindex full`; for both, the longest the event loop was held
 * (what a bot in this process could not answer for). Peak RSS here is a
 * serving process that also reindexed one article.
 *
 * Usage (from scripts/bench.ts): node --import tsx scripts/bench/reindex-probe.ts '<json options>'
 * Prints one JSON line on stdout.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { loadConfig } from '../../src/config.js';
import { createEngine } from '../../src/core/engine.js';
import { changeDistractor, readSentencePools } from './corpus.js';
import type { BenchOptions, ReindexMeasurement } from './questions.js';
import { peakRssMb, round } from './stats.js';

const options = JSON.parse(process.argv[2]!) as BenchOptions & { workDir: string };
const knowledgeDir = path.join(options.workDir, 'knowledge');
const engine = await createEngine(loadConfig({ MARSAD_KNOWLEDGE_DIR: knowledgeDir, MARSAD_DATA_DIR: path.join(options.workDir, 'data') }), { generative: null });
await engine.ask('How many times has Putin visited Kazakhstan?');

const articles = readdirSync(knowledgeDir).filter((name) => name.startsWith('bench-distractor-')).length;
/** Runs `work` and reports the longest event-loop delay meanwhile (perf_hooks' 10 ms-resolution monitor). */
async function withLoopDelay<Result>(work: () => Promise<Result>): Promise<{ result: Result; seconds: number; lagMaxMs: number }> {
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  const started = performance.now();
  const result = await work();
  const seconds = (performance.now() - started) / 1000;
  delay.disable();
  return { result, seconds, lagMaxMs: round(delay.max / 1e6) };
}

let measurement: ReindexMeasurement = { seconds: null, embedded: null, changed: [], rss_mb: peakRssMb(), lag_max_ms: null, full_seconds: null, full_lag_max_ms: null };
if (articles > 0) {
  changeDistractor(readSentencePools(options.xquadDir), knowledgeDir, Math.ceil(articles / 2), options.seed);
  const incremental = await withLoopDelay(() => engine.reindex());
  const summary = incremental.result;
  // The changed paragraph must be served from the new generation.
  const changed = summary.changed[0] === undefined ? null : engine.readArticle(summary.changed[0]);
  if (!changed?.paragraphs[0]?.text.endsWith('(revised)')) throw new Error('the reindexed article does not show its change');
  const rss = peakRssMb(); // before the full rebuild below, which holds two corpora at once
  const full = await withLoopDelay(() => engine.reindex({ full: true }));
  measurement = {
    seconds: round(incremental.seconds), embedded: summary.embedded, changed: summary.changed, rss_mb: rss,
    lag_max_ms: incremental.lagMaxMs, full_seconds: round(full.seconds), full_lag_max_ms: full.lagMaxMs,
  };
}
process.stdout.write(`${JSON.stringify(measurement)}\n`);
