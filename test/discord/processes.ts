/**
 * Running `npm start` / `npm run register` the way npm does (the tsx CLI), in
 * a temporary working directory and a clean environment: no developer .env
 * and no inherited OPENAI_API_KEY can make a test reach the internet.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const ROOT = path.resolve(import.meta.dirname, '../..');
const TSX_CLI = path.join(ROOT, 'node_modules/tsx/dist/cli.mjs');

export interface RunningScript {
  child: ChildProcess;
  stdout: () => string;
  stderr: () => string;
  exited: Promise<number | null>;
}

export async function runScript(relativePath: string, environment: Record<string, string>): Promise<RunningScript> {
  const cwd = await mkdtemp(path.join(tmpdir(), 'marsad-script-'));
  const child = spawn(process.execPath, [TSX_CLI, path.join(ROOT, relativePath)], {
    cwd,
    env: { PATH: process.env.PATH ?? '', HOME: cwd, MARSAD_DATA_DIR: path.join(cwd, 'data'), ...environment },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout!.on('data', (chunk: Buffer) => (stdout += chunk.toString('utf8')));
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))).then(async (code) => {
    await rm(cwd, { recursive: true, force: true });
    return code;
  });
  return { child, stdout: () => stdout, stderr: () => stderr, exited };
}
