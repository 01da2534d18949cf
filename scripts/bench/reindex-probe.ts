/**
 * Benchmark step 3 of 3 for one size, in a fresh process: load the index, change
 * one distractor article (its first paragraph replaced) and reindex as
 * `/reindex` does in the running bot (incremental, then the new generation is
 * loaded). Peak RSS here is a serving process that also reindexed.
 *
 * Usage (from scripts/bench.ts): node --import tsx scripts/bench/reindex-probe.ts '<json options>'
 * Prints one JSON line on stdout.
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
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
let measurement: ReindexMeasurement = { seconds: null, embedded: null, changed: [], rss_mb: peakRssMb() };
if (articles > 0) {
  changeDistractor(readSentencePools(options.xquadDir), knowledgeDir, Math.ceil(articles / 2), options.seed);
  const started = performance.now();
  const summary = await engine.reindex();
  const seconds = (performance.now() - started) / 1000;
  // The changed paragraph must be served from the new generation.
  const changed = engine.articles().find((article) => article.meta.id === summary.changed[0]);
  if (!changed?.paragraphs[0]?.text.endsWith('(revised)')) throw new Error('the reindexed article does not show its change');
  measurement = { seconds: round(seconds), embedded: summary.embedded, changed: summary.changed, rss_mb: peakRssMb() };
}
process.stdout.write(`${JSON.stringify(measurement)}\n`);
