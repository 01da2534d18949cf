/**
 * The terminal user's wait: `npm run ask -- "<question>"` from process start to
 * the answer printed and the process gone, in a fresh process each time, over
 * an index that already exists (the first run builds it and is not counted).
 * Also the same without npm's own start-up (`node scripts/run.mjs ask`).
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { percentile, round } from './stats.js';

export interface StartupMeasurement {
  runs: number;
  npm_run_ask_p50_s: number;
  npm_run_ask_max_s: number;
  node_run_ask_p50_s: number;
}

const QUESTION = 'How many times has Putin visited Kazakhstan?';

function timed(command: string, args: string[], repoRoot: string, environment: NodeJS.ProcessEnv): number {
  const started = performance.now();
  const result = spawnSync(command, args, { cwd: repoRoot, env: environment, encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (result.status !== 0 || !result.stdout.includes('[1]')) throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}): ${result.stderr}`);
  return seconds;
}

export function measureStartup(repoRoot: string, runs = 5): StartupMeasurement {
  const dataDir = mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-startup-'));
  const environment = { ...process.env, MARSAD_DATA_DIR: dataDir, MARSAD_KNOWLEDGE_DIR: path.join(repoRoot, 'knowledge'), OPENAI_API_KEY: '', EMBEDDINGS: 'local', LOG_LEVEL: 'silent' };
  const npm = ['run', '--silent', 'ask', '--', QUESTION];
  const node = [path.join(repoRoot, 'scripts/run.mjs'), 'ask', QUESTION];
  try {
    timed('npm', npm, repoRoot, environment); // builds the index (and the compiled code, if the sources changed)
    const viaNpm = Array.from({ length: runs }, () => timed('npm', npm, repoRoot, environment));
    const viaNode = Array.from({ length: runs }, () => timed(process.execPath, node, repoRoot, environment));
    return { runs, npm_run_ask_p50_s: round(percentile(viaNpm, 50)), npm_run_ask_max_s: round(Math.max(...viaNpm)), node_run_ask_p50_s: round(percentile(viaNode, 50)) };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}
