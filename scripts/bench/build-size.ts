/**
 * Benchmark step 1 of 3 for one size, in its own process (so its peak RSS is
 * the build's): writes the corpus (the interview plus recombined XQuAD
 * distractors) and builds the index with the production pipeline.
 *
 * Usage (from scripts/bench.ts): node --import tsx scripts/bench/build-size.ts '<json options>'
 * Prints one JSON line (BuildMeasurement) on stdout; progress goes to stderr.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { localEmbedderChoice } from '../../src/core/embeddings/dense-embedder.js';
import { buildIndex } from '../../src/core/index/build/build-index.js';
import { loadKnowledge } from '../../src/core/knowledge/loader.js';
import { copyInterview, readSentencePools, writeDistractors } from './corpus.js';
import type { BenchOptions, BuildMeasurement } from './questions.js';
import { megabytes, peakRssMb, round } from './stats.js';

const options = JSON.parse(process.argv[2]!) as BenchOptions & { size: number; workDir: string };
const knowledgeDir = path.join(options.workDir, 'knowledge');
const indexDir = path.join(options.workDir, 'data', 'index');

copyInterview(options.knowledgeSource, knowledgeDir);
const interviewParagraphs = loadKnowledge(knowledgeDir).articles.reduce((sum, article) => sum + article.paragraphs.length, 0);
const distractors = Math.max(0, options.size - interviewParagraphs);
writeDistractors(readSentencePools(options.xquadDir), knowledgeDir, distractors, options.seed);
process.stderr.write(`[bench ${options.size}] corpus: ${interviewParagraphs} interview + ${distractors} distractor paragraphs\n`);

const rssBefore = peakRssMb();
const started = performance.now();
const { summary, generationDir } = await buildIndex({ knowledgeDir, indexDir, embedder: localEmbedderChoice(), previous: null });
const seconds = (performance.now() - started) / 1000;
const files = Object.fromEntries(readdirSync(generationDir).map((name) => [name, megabytes(statSync(path.join(generationDir, name)).size)]));
const manifest = JSON.parse(readFileSync(path.join(generationDir, 'manifest.json'), 'utf8')) as { counts: { entries: number } };

const measurement: BuildMeasurement = {
  paragraphs: summary.paragraphs,
  entries: manifest.counts.entries,
  build_s: round(seconds),
  build_pps: Math.round(summary.paragraphs / seconds),
  disk_mb: round(Object.values(files).reduce((sum, size) => sum + size, 0), 1),
  files_mb: files,
  rss_build_mb: peakRssMb(),
  rss_before_build_mb: rssBefore,
};
process.stdout.write(`${JSON.stringify(measurement)}\n`);
