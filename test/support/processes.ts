/**
 * The one way tests run an entry point (`src/cli/ask.ts`, `scripts/reindex.ts`,
 * `src/bot.ts`…) as a user does: the compiled code through scripts/run.mjs,
 * as `npm run …` runs it (built once by the global set-up), in a child process
 * in a temporary working folder with only PATH, HOME and the given variables,
 * so no developer .env and no inherited OPENAI_API_KEY or DISCORD_TOKEN can
 * reach a test.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { ENTRIES } from '../../scripts/build.mjs';
import { REPO_ROOT } from './paths.js';
import { temporaryDirectory } from './temporary.js';

const RUN = path.join(REPO_ROOT, 'scripts/run.mjs');

/** The entry name scripts/run.mjs knows a source by. */
function entryName(script: string): string {
  const found = Object.entries(ENTRIES).find(([, source]) => source === script);
  if (!found) throw new Error(`${script} is not an entry point of scripts/build.mjs`);
  return found[0];
}

export interface ProcessResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  /** Wall time from spawn to exit (drills scale their fault timing by it; never asserted on). */
  ms: number;
}

export interface RunningProcess {
  child: ChildProcess;
  stdout(): string;
  stderr(): string;
  /** Resolves once stderr (or stdout) satisfies `test`; rejects if the process exits first. */
  waitForOutput(test: (text: string) => boolean, stream?: 'stdout' | 'stderr'): Promise<void>;
  exited: Promise<ProcessResult>;
}

export interface EntryOptions {
  /** Working folder (default: a fresh temporary one). */
  cwd?: string;
}

export function spawnEntry(script: string, args: string[], environment: Record<string, string>, options: EntryOptions = {}): RunningProcess {
  const cwd = options.cwd ?? temporaryDirectory('cwd');
  const started = performance.now();
  const child = spawn(process.execPath, [RUN, entryName(script), ...args], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  const output = { stdout: '', stderr: '' };
  const watchers = new Set<() => void>();
  for (const stream of ['stdout', 'stderr'] as const) {
    child[stream]!.on('data', (chunk: Buffer) => {
      output[stream] += chunk.toString('utf8');
      for (const watcher of watchers) watcher();
    });
  }
  const exited = new Promise<ProcessResult>((resolve) => child.on('close', (code, signal) => resolve({ code, signal, ...output, ms: performance.now() - started })));
  return {
    child,
    stdout: () => output.stdout,
    stderr: () => output.stderr,
    exited,
    waitForOutput(test, stream = 'stderr') {
      return new Promise((resolve, reject) => {
        const check = () => {
          if (!test(output[stream])) return;
          watchers.delete(check);
          resolve();
        };
        watchers.add(check);
        check();
        void exited.then(() => {
          if (!watchers.has(check)) return;
          watchers.delete(check);
          reject(new Error(`${script} exited before the expected output; stderr:\n${output.stderr}`));
        });
      });
    },
  };
}

/** Runs an entry point to the end (killed after `timeoutMs`). */
export async function runEntry(script: string, args: string[], environment: Record<string, string>, options: EntryOptions & { timeoutMs?: number } = {}): Promise<ProcessResult> {
  const running = spawnEntry(script, args, environment, options);
  const timer = setTimeout(() => running.child.kill('SIGKILL'), options.timeoutMs ?? 45_000);
  try {
    return await running.exited;
  } finally {
    clearTimeout(timer);
  }
}
