/**
 * `npm run build` (also run by `npm ci` through `prepare`, and by scripts/run.mjs
 * whenever the sources changed): bundles the entry points with esbuild into
 * `dist/<fingerprint>/`, so `npm run ask` starts in a fraction of tsx's time
 * (the bench measures it). The fingerprint is a hash of every file under src/
 * and scripts/: an edit to the sources names a new folder, so compiled code
 * that no longer matches the sources is never run. Plain JavaScript: it must
 * run before anything is compiled.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const DIST_DIR = path.join(REPO_ROOT, 'dist');

/** Entry name (what scripts/run.mjs is given) → source. */
export const ENTRIES = {
  ask: 'src/cli/ask.ts',
  chat: 'src/cli/chat.ts',
  summary: 'src/cli/summary.ts',
  bot: 'src/bot.ts',
  reindex: 'scripts/reindex.ts',
  ingest: 'scripts/ingest.ts',
  register: 'scripts/register-commands.ts',
  eval: 'scripts/eval.ts',
  translate: 'scripts/translate.ts',
  sources: 'src/cli/sources.ts',
};

/** Worker threads' code, bundled beside the entries (src/ingest/extraction-pool.ts loads it from there). */
const WORKER_ENTRIES = {
  'extraction-worker': 'src/ingest/worker/extraction-tasks.ts',
};

/** Builds kept beside the newest: a running bot may still load lazy chunks from its own. */
const KEPT_BUILDS = 3;

/** @param {import('node:crypto').Hash} hash @param {string} root @param {string} folder */
function addFolder(hash, root, folder) {
  for (const entry of readdirSync(folder, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const file = path.join(folder, entry.name);
    if (entry.isDirectory()) addFolder(hash, root, file);
    else hash.update(`${path.relative(root, file)}\0`).update(readFileSync(file));
  }
}

/** A hash of the sources the bundles are built from: every file's path and content (a few milliseconds). */
export function sourceFingerprint(root = REPO_ROOT) {
  const hash = createHash('sha256');
  for (const folder of ['src', 'scripts']) addFolder(hash, root, path.join(root, folder));
  return hash.digest('hex').slice(0, 16);
}

/** The build folder of the current sources, built first if it does not exist yet. */
export async function ensureBuilt() {
  const fingerprint = sourceFingerprint();
  const target = path.join(DIST_DIR, fingerprint);
  if (existsSync(path.join(target, 'BUILT'))) return target;
  // Built beside the target and renamed into place: a concurrent run never sees half a build.
  const staging = `${target}.tmp-${process.pid}`;
  const { build } = await import('esbuild');
  await build({
    entryPoints: Object.fromEntries(Object.entries({ ...ENTRIES, ...WORKER_ENTRIES }).map(([name, source]) => [name, path.join(REPO_ROOT, source)])),
    outdir: staging,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  // Marks a complete build (the rename below is the commit point).
  await import('node:fs/promises').then(({ writeFile }) => writeFile(path.join(staging, 'BUILT'), `${new Date().toISOString()}\n`));
  try {
    renameSync(staging, target);
  } catch {
    rmSync(staging, { recursive: true, force: true }); // another run built the same sources first
  }
  removeOldBuilds(fingerprint);
  return target;
}

/** @param {string} current the fingerprint just built */
function removeOldBuilds(current) {
  const builds = readdirSync(DIST_DIR)
    .filter((name) => name !== current && /^[0-9a-f]{16}$/.test(name))
    .map((name) => ({ name, time: statSync(path.join(DIST_DIR, name)).mtimeMs }))
    .sort((a, b) => b.time - a.time);
  for (const { name } of builds.slice(KEPT_BUILDS - 1)) rmSync(path.join(DIST_DIR, name), { recursive: true, force: true });
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  mkdirSync(DIST_DIR, { recursive: true });
  const target = await ensureBuilt();
  process.stdout.write(`built ${path.relative(REPO_ROOT, target)}/\n`);
}
