/**
 * The interview questions the benchmark asks, how a hit is counted (the same
 * rule as `npm run eval -- interview`: a cited paragraph containing a gold
 * excerpt after normalisation), and the shapes passed between the processes.
 */
import { readFileSync } from 'node:fs';
import type { MarsadEngine } from '../../src/core/engine-types.js';
import { normalizeForGoldMatch } from '../../src/core/text/normalize.js';

export interface BenchQuestion {
  id: string;
  question: string;
  gold: string[];
  answerable: boolean;
}

export interface BenchOptions {
  seed: number;
  /** Timed passes over the questions, after one warm-up pass. */
  rounds: number;
  xquadDir: string;
  interviewPath: string;
  /** The project's knowledge/ folder: the interview articles are copied from it. */
  knowledgeSource: string;
}

/** One row of `npm run bench -- --json` (the figures). */
export interface SizeMeasurement {
  paragraphs: number;
  build_s: number;
  build_pps: number;
  ask_p50_ms: number;
  ask_p95_ms: number;
  ask_p99_ms: number;
  'hit@5': number;
  'hit@5_exact': number;
  disk_mb: number;
  /** Peak RSS of the serving process (load, then every question). */
  rss_mb: number;
}

export interface BuildMeasurement {
  paragraphs: number;
  entries: number;
  build_s: number;
  build_pps: number;
  disk_mb: number;
  files_mb: Record<string, number>;
  rss_build_mb: number;
  rss_before_build_mb: number;
}

export interface ServeMeasurement {
  ask_p50_ms: number;
  ask_p95_ms: number;
  ask_p99_ms: number;
  'hit@5': number;
  'hit@5_exact': number;
  'vector_recall@50': number;
  samples: number;
  /** Seconds: node + tsx, our modules, createEngine (load), the first answer, and from process start to that answer. */
  startup: { process_s: number; modules_s: number; load_s: number; first_ask_s: number; ready_s: number };
  rss_loaded_mb: number;
  rss_serving_mb: number;
}

export interface ReindexMeasurement {
  seconds: number | null;
  embedded: number | null;
  changed: string[];
  /** Peak RSS of a process that loaded the index, answered, and reindexed. */
  rss_mb: number;
  /** Longest the event loop was held during that incremental reindex (a bot could not acknowledge meanwhile). */
  lag_max_ms: number | null;
  /** A full reindex in the same serving process, then its longest event-loop hold. */
  full_seconds: number | null;
  full_lag_max_ms: number | null;
}

export function readQuestions(filePath: string): BenchQuestion[] {
  return readFileSync(filePath, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as BenchQuestion);
}

const normalized = (text: string) => normalizeForGoldMatch(text).toLowerCase();

/** Asks every question once (offline, k = 5): per-question latency in ms, and answerable questions with a gold paragraph in the top 5. */
export async function askAll(engine: MarsadEngine, questions: BenchQuestion[]): Promise<{ latencies: number[]; hitsAt5: number }> {
  const latencies: number[] = [];
  let hitsAt5 = 0;
  for (const question of questions) {
    const started = performance.now();
    const answer = await engine.ask(question.question, { k: 5 });
    latencies.push(performance.now() - started);
    if (!question.answerable) continue;
    const gold = question.gold.map(normalized);
    if (answer.citations.slice(0, 5).some((citation) => gold.some((needle) => normalized(citation.text).includes(needle)))) hitsAt5 += 1;
  }
  return { latencies, hitsAt5 };
}
