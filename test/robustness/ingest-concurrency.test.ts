/**
 * Issue 13, findings 5, 6 and 8, and issue 15's bug 2 (concurrent runs):
 * two ingests at once never overwrite an article (in one process and in two);
 * two runs on different feeds both keep their state; two full reindexes in two
 * processes both finish; another process's reindexes never prune the
 * generation this process serves, and a generation that is gone anyway turns
 * the next reindex into a full one; a file replaced during a build by a copy
 * that keeps its modification time is read again by the next reindex.
 */
import { copyFileSync, readdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEngine } from '../../src/core/engine.js';
import { ingest } from '../../src/ingest/ingest.js';
import { readIngestState } from '../../src/ingest/ingest-state.js';
import { createWorkspace, removeWorkspaces } from '../ingest/helpers.js';
import { runEntry } from '../support/processes.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { expectCompleteGeneration, expectNoStackTrace, knowledgeFolder } from './support.js';

afterAll(() => {
  removeWorkspaces();
  removeTemporaryDirectories();
});

const WORDS = 'harbour grain railway council tender freight minister season export contract river pipeline wage budget school clinic bridge market drought port customs tariff quota vessel cargo'.split(' ');

/** English prose, different for every seed (so the two stories are not near-duplicates). */
function prose(seed: number): string {
  let state = seed * 7919 + 17;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648);
  return Array.from({ length: 12 }, () => `The ${WORDS[next() % WORDS.length]} of the ${WORDS[next() % WORDS.length]} was discussed by the ${WORDS[next() % WORDS.length]} board in session ${next() % 100000}.`).join(' ');
}

/** Two different stories that get the same id: same title, same date, no URL. */
const samePageTitle = (topic: string, seed: number) =>
  `<html lang="en"><head><title>Breaking news</title><meta property="article:published_time" content="2025-03-03T09:00:00Z"></head><body><article><h1>Breaking news</h1><p>The ${topic} was discussed. ${prose(seed)}</p><p>${prose(seed + 1)}</p></article></body></html>`;

describe('two ingests at once', () => {
  it('in one process: both articles are kept under two names', async () => {
    const workspace = await createWorkspace('together', { withInterview: false });
    const files = ['harbour', 'railway'].map((topic, index) => {
      const filePath = path.join(workspace.root, `${topic}.html`);
      writeFileSync(filePath, samePageTitle(topic, index * 10));
      return filePath;
    });
    const reports = await Promise.all(files.map((file) => ingest(file, {}, { ...workspace.context, engine: null })));
    const ids = reports.map((report) => (report.outcomes[0]!.status === 'added' ? report.outcomes[0]!.articleId : 'not added'));
    expect(new Set(ids).size).toBe(2);
    expect(workspace.articleFiles()).toEqual(['breaking-news-2025-03-03-2.md', 'breaking-news-2025-03-03.md']);
    const texts = workspace.articleFiles().map((name) => readFileSync(path.join(workspace.knowledgeDir, name), 'utf8'));
    expect(texts.some((text) => text.includes('The harbour was discussed'))).toBe(true);
    expect(texts.some((text) => text.includes('The railway was discussed'))).toBe(true);
  });

  it('in two processes: both exit 0 and neither article is lost', async () => {
    const workspace = await createWorkspace('two-processes', { withInterview: false });
    await workspace.engine.reindex();
    const files = ['grain', 'ferry'].map((topic, index) => {
      const filePath = path.join(workspace.root, `${topic}.html`);
      writeFileSync(filePath, samePageTitle(topic, 100 + index * 10));
      return filePath;
    });
    const environment = { MARSAD_KNOWLEDGE_DIR: workspace.knowledgeDir, MARSAD_DATA_DIR: workspace.dataDir };
    const results = await Promise.all(files.map((file) => runEntry('scripts/ingest.ts', [file], environment, { cwd: workspace.root })));
    for (const result of results) {
      expect(result.code, result.stderr).toBe(0);
      expectNoStackTrace(result.stderr);
    }
    expect(workspace.articleFiles()).toHaveLength(2);
    const texts = workspace.articleFiles().map((name) => readFileSync(path.join(workspace.knowledgeDir, name), 'utf8')).join('\n');
    expect(texts).toContain('The grain was discussed');
    expect(texts).toContain('The ferry was discussed');
  });

  it('runs on two feeds at once both keep what they saw', async () => {
    const workspace = await createWorkspace('state', { withInterview: false });
    const feeds = ['a', 'b'].map((name) => {
      const filePath = path.join(workspace.root, `${name}.rss`);
      writeFileSync(filePath, `<?xml version="1.0"?><rss version="2.0"><channel><title>${name}</title><item><guid>${name}-1</guid><title>Short</title><description>too short to be an article</description></item></channel></rss>`);
      return filePath;
    });
    await Promise.all(feeds.map((feed) => ingest(feed, {}, { ...workspace.context, engine: null })));
    const state = readIngestState(workspace.dataDir);
    expect(Object.keys(state.feeds).sort()).toEqual(feeds.sort());
    expect(feeds.map((feed) => Object.keys(state.feeds[feed]!.seen))).toEqual([['a-1'], ['b-1']]);
  });
});

describe('reindexes in several processes', () => {
  it('two full reindexes at once both finish, one after the other', async () => {
    const knowledgeDir = knowledgeFolder('two-reindex');
    const dataDir = temporaryDirectory('two-reindex-data');
    const environment = { MARSAD_KNOWLEDGE_DIR: knowledgeDir, MARSAD_DATA_DIR: dataDir };
    const results = await Promise.all([0, 1].map(() => runEntry('scripts/reindex.ts', ['--full'], environment, { timeoutMs: 90_000 })));
    for (const result of results) {
      expect(result.code, result.stderr).toBe(0);
      expectNoStackTrace(result.stderr);
    }
    expectCompleteGeneration(dataDir);
  });

  it("another process's reindexes never prune the generation this one serves", async () => {
    const knowledgeDir = knowledgeFolder('leases');
    const dataDir = temporaryDirectory('leases-data');
    const config = loadConfig({ MARSAD_KNOWLEDGE_DIR: knowledgeDir, MARSAD_DATA_DIR: dataDir });
    const bot = await createEngine(config, { generative: null });
    const served = bot.index.generationDir;
    const environment = { MARSAD_KNOWLEDGE_DIR: knowledgeDir, MARSAD_DATA_DIR: dataDir };
    for (const round of [1, 2]) {
      writeFileSync(path.join(knowledgeDir, `watcher-${round}.md`), `---\ntitle: Watcher ${round}\noutlet: Test\ndate: 2025-03-0${round}\nlanguage: en\n---\n\n${'The port authority reported more freight than last year. '.repeat(8)}\n`);
      const result = await runEntry('scripts/reindex.ts', [], environment, { timeoutMs: 90_000 });
      expect(result.code, result.stderr).toBe(0);
    }
    expect(statSync(served).isDirectory()).toBe(true);
    const summary = await bot.reindex();
    expect(summary.unchanged).toBeGreaterThan(0);
    expect(bot.listArticles().map((article) => article.id)).toEqual(expect.arrayContaining(['watcher-1', 'watcher-2']));
  });

  it('a serving generation that is gone anyway turns the next reindex into a full one', async () => {
    const knowledgeDir = knowledgeFolder('gone');
    const dataDir = temporaryDirectory('gone-data');
    const engine = await createEngine(loadConfig({ MARSAD_KNOWLEDGE_DIR: knowledgeDir, MARSAD_DATA_DIR: dataDir }), { generative: null });
    rmSync(path.join(engine.index.generationDir, 'vectors.hnsw'));
    writeFileSync(path.join(knowledgeDir, 'late-2025-03-05.md'), `---\ntitle: Late\noutlet: Test\ndate: 2025-03-05\nlanguage: en\n---\n\n${'The customs office extended its hours for grain lorries at the border. '.repeat(8)}\n`);
    const summary = await engine.reindex();
    expect(summary.added).toEqual(['late-2025-03-05']);
    // Everything embedded again, not only the new article's paragraphs.
    expect(summary.embedded).toBeGreaterThanOrEqual(summary.paragraphs);
    expectCompleteGeneration(dataDir);
  });
});

describe('change detection', () => {
  it('a file replaced during a build by a copy that keeps its modification time is read again', async () => {
    const knowledgeDir = knowledgeFolder('identity');
    const article = path.join(knowledgeDir, 'edited-2025-03-06.md');
    const text = (word: string) => `---\ntitle: Edited\noutlet: Test\ndate: 2025-03-06\nlanguage: en\n---\n\n${`The ${word} council approved the harbour budget for the season. `.repeat(8)}\n`;
    writeFileSync(article, text('northern'));
    // Every file last changed an hour ago, as in a long-lived archive.
    const hourAgo = new Date(Date.now() - 3_600_000);
    for (const name of readdirSync(knowledgeDir)) utimesSync(path.join(knowledgeDir, name), hourAgo, hourAgo);
    const dataDir = temporaryDirectory('identity-data');
    let replaceDuringBuild = false;
    const engine = await createEngine(loadConfig({ MARSAD_KNOWLEDGE_DIR: knowledgeDir, MARSAD_DATA_DIR: dataDir }), {
      generative: null,
      onBuildStage: (stage) => {
        if (stage !== 'embedded' || !replaceDuringBuild) return;
        replaceDuringBuild = false;
        // cp -p of an edited copy: same size, the old modification time.
        const copy = path.join(dataDir, 'edited-copy.md');
        writeFileSync(copy, text('southern'));
        copyFileSync(copy, article);
        utimesSync(article, hourAgo, hourAgo);
      },
    });
    writeFileSync(path.join(knowledgeDir, 'trigger-2025-03-07.md'), `---\ntitle: Trigger\noutlet: Test\ndate: 2025-03-07\nlanguage: en\n---\n\n${'A new article starts the incremental build. '.repeat(10)}\n`);
    replaceDuringBuild = true;
    await engine.reindex();
    await engine.reindex();
    const paragraph = engine.readArticle('edited-2025-03-06')!.paragraphs[0]!;
    expect(paragraph.text).toContain('southern');
  });
});
