/**
 * A reindex inside a serving process lets the event loop run (TimeSlicer):
 * while a full rebuild of a few thousand paragraphs runs, a 10 ms timer keeps
 * firing and questions asked meanwhile are answered from the old index. Before
 * the slicing, loading, tokenising, fitting and embedding ran as one block and
 * the timer stood still for most of the build. The bound is loose on purpose
 * (a stall is seconds long; the figures themselves come from `npm run bench`).
 */
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEngine } from '../../src/core/engine.js';
import { loadKnowledge, loadKnowledgeSliced } from '../../src/core/knowledge/loader.js';
import { derivePostings, derivePostingsSteps } from '../../src/core/index/keyword-postings.js';
import { KeywordBuilder } from '../../src/core/index/keyword-builder.js';
import { drainNow, TimeSlicer } from '../../src/core/time-slicer.js';
import { benchKnowledge, removeTemporaryDirectories, temporaryDirectory } from './helpers.js';

afterAll(removeTemporaryDirectories);

describe('a full reindex in a serving process', () => {
  it('keeps timers firing and answers questions asked meanwhile', async () => {
    const knowledgeDir = benchKnowledge('responsive', 6000);
    const config = loadConfig({ MARSAD_KNOWLEDGE_DIR: knowledgeDir, MARSAD_DATA_DIR: path.join(temporaryDirectory('responsive-data'), 'data') });
    const engine = await createEngine(config, { generative: null });

    let last = performance.now();
    let longestGap = 0;
    let ticks = 0;
    const timer = setInterval(() => {
      const now = performance.now();
      longestGap = Math.max(longestGap, now - last);
      last = now;
      ticks += 1;
    }, 10);
    const answers: boolean[] = [];
    let building = true;
    const asking = (async () => {
      while (building) {
        answers.push((await engine.ask('How many times has Putin visited Kazakhstan?')).answerable);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    })();
    const started = performance.now();
    await engine.reindex({ full: true });
    const buildMs = performance.now() - started;
    building = false;
    await asking;
    clearInterval(timer);

    console.info(`[measure] full reindex of ${6000 + 29} paragraphs while serving: ${Math.round(buildMs)} ms, longest timer gap ${Math.round(longestGap)} ms, ${answers.length} questions answered meanwhile`);
    expect(buildMs).toBeGreaterThan(500); // long enough for a stall to show
    expect(longestGap).toBeLessThan(Math.min(1000, buildMs / 2));
    expect(ticks).toBeGreaterThan(buildMs / 100);
    expect(answers.length).toBeGreaterThanOrEqual(3);
    expect(answers.every(Boolean)).toBe(true);
  }, 120_000);
});

describe('the steps behind it give the same results as the one-block versions', () => {
  it('loadKnowledgeSliced = loadKnowledge', async () => {
    const knowledgeDir = benchKnowledge('sliced-loader', 300);
    const sliced = await loadKnowledgeSliced(knowledgeDir, new TimeSlicer(0));
    expect(sliced).toEqual(loadKnowledge(knowledgeDir));
    expect(sliced.articles.length).toBeGreaterThan(5);
  });

  it('derivePostingsSteps pauses between blocks of rows and derives what derivePostings does', () => {
    const builder = KeywordBuilder.extending(null);
    const texts = loadKnowledge(benchKnowledge('sliced-postings', 3000)).articles.flatMap((article) => article.paragraphs.map((paragraph) => paragraph.text));
    for (const text of texts) builder.addText(text);
    const tables = builder.finish();
    const input = { rows: tables.rows.range(0, tables.rowStarts.at(-1)!), rowStarts: tables.rowStarts, tokenStems: tables.tokenStems, termCount: tables.terms.size };
    let steps = 0;
    const generator = derivePostingsSteps(input);
    let next = generator.next();
    for (; !next.done; next = generator.next()) steps += 1;
    expect(steps).toBeGreaterThanOrEqual(2);
    expect(next.value).toEqual(derivePostings(input));
    expect(drainNow(derivePostingsSteps(input))).toEqual(derivePostings(input));
  });
});
