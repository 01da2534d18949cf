/**
 * `npm run bench -- [--sizes 0,1000,10000,100000] [--json]`
 *
 * How Marsad's cost grows with the corpus. For each size (total paragraphs; 0
 * means the interview alone) three child processes, so each peak RSS is its own:
 *  1. build-size.ts: the interview plus recombined XQuAD distractors, indexed
 *     with the production pipeline (build time, size on disk);
 *  2. serve-size.ts: a fresh process loads that index as a restarted bot would
 *     (start-up), answers the interview questions (latency, hit@5, peak RSS),
 *     then again with exact vector search (hit@5_exact);
 *  3. reindex-probe.ts: a fresh process loads it, changes one article and
 *     reindexes incrementally.
 * Then the Discord figure (scripts/bench/discord.ts; --no-discord skips it), and
 * the start-up of `npm run ask` (scripts/bench/startup.ts; --no-startup skips it),
 * the event-loop hold while ingesting a hostile feed (scripts/bench/hostile-ingest.ts; --no-hostile skips it),
 * and the render time of a 20,000-character quote and a 10,000-word answer (scripts/bench/render-quote.ts).
 * With --json the last stdout line is `{"sizes":[…], "discord":{…}, "startup":{…}, "hostile":{…}, "render":{…}, "details":[…]}`.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import type { BenchOptions, BuildMeasurement, ReindexMeasurement, ServeMeasurement, SizeMeasurement } from './bench/questions.js';
import { measureStartup } from './bench/startup.js';
import { formatTable } from './bench/stats.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

const program = new Command('bench')
  .description('Build, load and ask at growing corpus sizes; report latency, throughput, size and memory.')
  .option('--sizes <list>', 'total paragraphs per corpus, comma-separated (0 = the interview alone)', '0,1000,10000,100000')
  .option('--rounds <n>', 'timed passes over the interview questions', '10')
  .option('--seed <n>', 'seed of the distractor generator', '6')
  .option('--xquad <dir>', 'XQuAD folder whose paragraphs are recombined', '../shared/eval/xquad-dev')
  .option('--interview <file>', 'interview questions', '../shared/eval/interview/questions.jsonl')
  .option('--no-discord', 'skip the Discord figure (/ask through the fake Discord)')
  .option('--no-startup', 'skip the start-up figure (npm run ask, process start to answer)')
  .option('--no-hostile', 'skip the hostile-ingest figure (event-loop hold while ingesting a hostile feed)')
  .option('--json', 'last line: one JSON object')
  .parse();
const flags = program.opts<{ sizes: string; rounds: string; seed: string; xquad: string; interview: string; discord: boolean; startup: boolean; hostile: boolean; json?: boolean }>();

const options: BenchOptions = {
  seed: Number(flags.seed),
  rounds: Number(flags.rounds),
  xquadDir: path.resolve(flags.xquad),
  interviewPath: path.resolve(flags.interview),
  knowledgeSource: path.join(REPO_ROOT, 'knowledge'),
};

function runChild(script: string, childOptions: object | string[]): Record<string, unknown> {
  const args = Array.isArray(childOptions) ? childOptions : [JSON.stringify(childOptions)];
  const result = spawnSync(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'scripts', 'bench', script), ...args], {
    cwd: REPO_ROOT,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    env: { ...process.env, LOG_LEVEL: 'silent' },
    maxBuffer: 64 * 1024 * 1024,
  });
  const last = result.stdout?.trim().split('\n').at(-1);
  if (result.status !== 0 || !last) throw new Error(`${script} failed (exit ${result.status}): ${result.stdout}`);
  return JSON.parse(last) as Record<string, unknown>;
}

const rows: { build: BuildMeasurement; serve: ServeMeasurement; reindex: ReindexMeasurement }[] = [];
for (const size of flags.sizes.split(',').map(Number)) {
  const workDir = mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-'));
  try {
    const build = runChild('build-size.ts', { ...options, size, workDir }) as unknown as BuildMeasurement;
    const serve = runChild('serve-size.ts', { ...options, workDir }) as unknown as ServeMeasurement;
    const reindex = runChild('reindex-probe.ts', { ...options, workDir }) as unknown as ReindexMeasurement;
    rows.push({ build, serve, reindex });
  } finally {
    rmSync(workDir, { recursive: true, force: true });
  }
}

const table = formatTable(
  ['paragraphs', 'entries', 'build s', 'para/s', 'ask p50', 'p95', 'p99 ms', 'hit@5', 'exact', 'vec r@50', 'disk MB', 'RSS serve', 'RSS build', 'start-up s', 'reindex 1 s', 'RSS reindex', 'loop max ms', 'full reindex s', 'loop max ms'],
  rows.map(({ build, serve, reindex }) => [
    build.paragraphs, build.entries, build.build_s, build.build_pps, serve.ask_p50_ms, serve.ask_p95_ms, serve.ask_p99_ms, serve['hit@5'], serve['hit@5_exact'],
    serve['vector_recall@50'], build.disk_mb, serve.rss_serving_mb, build.rss_build_mb, serve.startup.load_s + serve.startup.first_ask_s, reindex.seconds ?? '-', reindex.rss_mb, reindex.lag_max_ms ?? '-', reindex.full_seconds ?? '-', reindex.full_lag_max_ms ?? '-',
  ].map((cell) => (typeof cell === 'number' ? Number(cell.toFixed(3)) : cell))),
);
process.stdout.write(
  `${table}\n\nask = engine.ask, offline, over ${rows[0]?.serve.samples ?? 0} interview questions after a warm-up pass; exact = hit@5 with brute-force vector search; ` +
    'vec r@50 = share of the exact 50 nearest vectors the HNSW search returns; RSS in MB (serve: load + questions; build: the build process; reindex: load, answer, reindex one article); ' +
    'start-up = load the index (no rebuild) and answer once, in a fresh process; reindex 1 = one changed article, incremental; loop max = the longest the event loop was held during that reindex, then during a full one in the same serving process.\n',
);
// The Discord figure: the interview index, the real bot, the fake Discord (scripts/bench/discord.ts).
const discord = flags.discord ? runChild('discord.ts', ['--json', '--interview', options.interviewPath]) : null;
if (discord) {
  process.stdout.write(
    `\nDiscord /ask (fake Discord, real bot, offline, ${discord.interactions} interactions): defer p50 ${discord.defer_p50_ms} ms, p95 ${discord.defer_p95_ms} ms; ` +
      `final edit p50 ${discord.edit_p50_ms} ms, p95 ${discord.edit_p95_ms} ms\n`,
  );
}
const startup = flags.startup ? measureStartup(REPO_ROOT) : null;
if (startup) {
  process.stdout.write(
    `\nStart-up, process start to answer (interview index built, ${startup.runs} runs): npm run ask p50 ${startup.npm_run_ask_p50_s} s, max ${startup.npm_run_ask_max_s} s; ` +
      `node scripts/run.mjs ask p50 ${startup.node_run_ask_p50_s} s\n`,
  );
}
// Hostile input (scripts/bench/hostile-ingest.ts): how long ingesting it holds a serving process's event loop.
const hostile = flags.hostile ? runChild('hostile-ingest.ts', []) : null;
if (hostile) {
  process.stdout.write(
    `\nHostile ingest (${hostile.items}-item feed, 1 in 25 items and one page nested 1,600 levels): longest event-loop hold ${hostile.ingest_loop_max_ms} ms while ingesting ` +
      `(${hostile.added} added, ${hostile.deferred} left for later polls), ${hostile.reindex_loop_max_ms} ms while reindexing them; target ≤ 100 ms\n`,
  );
}
// Rendering hostile sizes (scripts/bench/render-quote.ts): cheap enough to run always.
const render = runChild('render-quote.ts', []);
process.stdout.write(
  `\nRender (production renderer): a ${render.quote_chars}-character quote p50 ${render.quote_p50_ms} ms, max ${render.quote_max_ms} ms (target ≤ 50 ms); ` +
    `a ${render.long_words}-word answer citing ${render.long_sources} sources p50 ${render.long_p50_ms} ms, max ${render.long_max_ms} ms (${render.long_messages} messages)\n`,
);
if (flags.json) {
  const sizes: SizeMeasurement[] = rows.map(({ build, serve }) => ({
    paragraphs: build.paragraphs, build_s: build.build_s, build_pps: build.build_pps, ask_p50_ms: serve.ask_p50_ms, ask_p95_ms: serve.ask_p95_ms, ask_p99_ms: serve.ask_p99_ms,
    'hit@5': serve['hit@5'], 'hit@5_exact': serve['hit@5_exact'], disk_mb: build.disk_mb, rss_mb: serve.rss_serving_mb,
  }));
  process.stdout.write(`${JSON.stringify({ sizes, ...(discord ? { discord } : {}), ...(startup ? { startup } : {}), ...(hostile ? { hostile } : {}), render, details: rows })}\n`);
}
