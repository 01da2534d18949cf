/**
 * `node scripts/run.mjs <entry> [args…]` (what `npm run ask`, `npm start`… run):
 * runs the compiled entry point of the current sources, building it first when
 * the sources changed since the last build (scripts/build.mjs). For development
 * without any build, `npx tsx src/cli/ask.ts …` runs the TypeScript directly.
 */
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { DIST_DIR, ENTRIES, ensureBuilt } from './build.mjs';

const [entry] = process.argv.splice(2, 1);
if (!entry || !(entry in ENTRIES)) {
  process.stderr.write(`usage: node scripts/run.mjs <${Object.keys(ENTRIES).join('|')}> [arguments]\n`);
  process.exit(2);
}
mkdirSync(DIST_DIR, { recursive: true });
const folder = await ensureBuilt();
await import(pathToFileURL(path.join(folder, `${entry}.js`)).href);
