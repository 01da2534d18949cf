/**
 * Benchmark step 2 of 3 for one size, in a fresh process over the index on disk
 * (what a restarted bot sees): start-up (load, no rebuild, until a first
 * answer), then `ask` latency over the interview questions after a warm-up
 * pass, and hit@5. Peak RSS is taken there. Only then are the questions asked
 * again with exact vector search over the same vectors, to show what the
 * approximate index loses (its matrix would inflate the serving RSS).
 *
 * Usage (from scripts/bench.ts): node --import tsx scripts/bench/serve-size.ts '<json options>'
 * Prints one JSON line (ServeMeasurement) on stdout.
 */
import path from 'node:path';
import type { BenchOptions, ServeMeasurement } from './questions.js';

const processMs = performance.now(); // node and tsx start-up, before this module ran
const options = JSON.parse(process.argv[2]!) as BenchOptions & { workDir: string };
let started = performance.now();
const [{ loadConfig }, { createEngine }, { questionTopicText }, questionsModule, stats, exactModule] = await Promise.all([
  import('../../src/config.js'),
  import('../../src/core/engine.js'),
  import('../../src/core/retrieval/query.js'),
  import('./questions.js'),
  import('./stats.js'),
  import('./exact-search.js'),
]);
const { askAll, readQuestions } = questionsModule;
const { peakRssMb, percentile, round } = stats;
const modulesSeconds = (performance.now() - started) / 1000;

started = performance.now();
const config = loadConfig({ MARSAD_KNOWLEDGE_DIR: path.join(options.workDir, 'knowledge'), MARSAD_DATA_DIR: path.join(options.workDir, 'data') });
const engine = await createEngine(config, { generative: null });
const loadSeconds = (performance.now() - started) / 1000;
started = performance.now();
await engine.ask('How many times has Putin visited Kazakhstan?');
const firstAskSeconds = (performance.now() - started) / 1000;
const readySeconds = performance.now() / 1000;
const rssLoaded = peakRssMb();

const questions = readQuestions(options.interviewPath);
await askAll(engine, questions); // warm-up: JIT, lazily built tables, file cache
const latencies: number[] = [];
let hits = 0;
for (let round = 0; round < options.rounds; round += 1) {
  const result = await askAll(engine, questions);
  latencies.push(...result.latencies);
  if (round === 0) hits = result.hitsAt5;
}
const rssServing = peakRssMb();

// Exact search over the same vectors, same keyword index: only the vector side changes.
const store = engine.index.store;
const approximateSearch = store.search.bind(store);
const exact = exactModule.exactSearch(store, engine.index.entries.length);
let recall = 0;
for (const question of questions) {
  const query = await engine.index.dense.embedQuery(questionTopicText(question.question) || question.question);
  recall += exactModule.recallAt(approximateSearch(query, 50), exact(query, 50));
}
store.search = exact;
const exactHits = (await askAll(engine, questions)).hitsAt5;
store.search = approximateSearch;

const answerable = questions.filter((question) => question.answerable).length;
const measurement: ServeMeasurement = {
  ask_p50_ms: round(percentile(latencies, 50)),
  ask_p95_ms: round(percentile(latencies, 95)),
  ask_p99_ms: round(percentile(latencies, 99)),
  'hit@5': round(hits / answerable, 3),
  'hit@5_exact': round(exactHits / answerable, 3),
  'vector_recall@50': round(recall / questions.length, 3),
  samples: latencies.length,
  startup: { process_s: round(processMs / 1000), modules_s: round(modulesSeconds), load_s: round(loadSeconds), first_ask_s: round(firstAskSeconds, 3), ready_s: round(readySeconds) },
  rss_loaded_mb: rssLoaded,
  rss_serving_mb: rssServing,
};
process.stdout.write(`${JSON.stringify(measurement)}\n`);
