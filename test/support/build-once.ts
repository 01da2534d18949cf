/** Vitest global set-up: builds the compiled entry points once, before any test spawns one. */
import { mkdirSync } from 'node:fs';
import { DIST_DIR, ensureBuilt } from '../../scripts/build.mjs';

export default async function setup(): Promise<void> {
  mkdirSync(DIST_DIR, { recursive: true });
  await ensureBuilt();
}
