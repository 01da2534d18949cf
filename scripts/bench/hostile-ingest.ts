/**
 * The longest the event loop is held while ingesting hostile input, in a
 * process that also serves (as the bot does with WATCH_SOURCES): a feed of
 * 2,000 items with inline content, one in 25 of them nested 1,600 levels deep,
 * then a page of 8 KB of nested <div>. Before the extraction worker and the
 * per-poll caps this held the loop for minutes (issue 13). Measured in two
 * parts: the ingestion (fetching, parsing on the worker, dedupe, writing) and
 * the reindex of the articles it added, as the bot runs them one after the
 * other. Prints one JSON line.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { loadConfig } from '../../src/config.js';
import { createEngine } from '../../src/core/engine.js';
import { closeExtractionPool } from '../../src/ingest/extraction-pool.js';
import { ingest } from '../../src/ingest/ingest.js';
import { ingestContextFor } from '../../src/ingest/ingest-run.js';

const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const WORDS = 'harbour grain railway council tender freight minister season export contract river pipeline wage budget school clinic bridge market drought port customs tariff quota vessel cargo'.split(' ');

function prose(seed: number): string {
  let state = seed * 7919 + 17;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: 10 }, () => `The ${WORDS[next() % WORDS.length]} of the ${WORDS[next() % WORDS.length]} was discussed by the ${WORDS[next() % WORDS.length]} board in session ${next() % 100000}.`).join(' ');
}

const nested = (depth: number, inner: string) => `${'<div>'.repeat(depth)}${inner}${'</div>'.repeat(depth)}`;

const root = mkdtempSync(path.join(os.tmpdir(), 'marsad-bench-hostile-'));
try {
  const knowledgeDir = path.join(root, 'knowledge');
  mkdirSync(knowledgeDir);
  for (const name of ['tokayev-foreign-policy-2025-01-03.md', 'tokayev-foreign-policy-2025-01-03.en.md']) cpSync(path.join(REPO_ROOT, 'knowledge', name), path.join(knowledgeDir, name));
  const config = loadConfig({ MARSAD_KNOWLEDGE_DIR: knowledgeDir, MARSAD_DATA_DIR: path.join(root, 'data'), LOG_LEVEL: 'silent' });
  const engine = await createEngine(config, { generative: null });
  const items = Array.from({ length: 2000 }, (_, index) => {
    const body = `<p>${prose(index)}</p><p>${prose(index + 50_000)}</p>`;
    return `<item><guid>hostile-${index}</guid><title>Report ${index}</title><description><![CDATA[${index % 25 === 0 ? nested(1600, body) : body}]]></description></item>`;
  });
  const feed = path.join(root, 'hostile.rss');
  writeFileSync(feed, `<?xml version="1.0"?><rss version="2.0"><channel><title>Hostile wire</title>${items.join('')}</channel></rss>`);
  const page = path.join(root, 'nested.html');
  writeFileSync(page, `<html><head><title>Deep</title></head><body>${nested(1600, `<p>${prose(1)}</p>`)}</body></html>`);

  const loop = monitorEventLoopDelay({ resolution: 5 });
  loop.enable();
  const started = performance.now();
  const report = await ingest(feed, {}, { ...ingestContextFor(config), engine: null });
  const pageRefused = await ingest(page, {}, { ...ingestContextFor(config), engine: null }).then(() => false, () => true);
  const ingestMax = loop.max;
  loop.reset();
  const reindex = await engine.reindex();
  const reindexMax = loop.max;
  const seconds = (performance.now() - started) / 1000;
  loop.disable();
  await closeExtractionPool();
  const count = (status: string) => report.outcomes.filter((outcome) => outcome.status === status).length;
  process.stdout.write(
    `${JSON.stringify({ items: items.length, added: count('added'), failed: count('failed'), deferred: count('deferred'), page_refused: pageRefused, indexed: reindex.added.length, seconds: Number(seconds.toFixed(2)), ingest_loop_max_ms: Number((ingestMax / 1e6).toFixed(1)), reindex_loop_max_ms: Number((reindexMax / 1e6).toFixed(1)) })}\n`,
  );
} finally {
  rmSync(root, { recursive: true, force: true });
}
