/**
 * The reindex's time slicing: a TimeSlicer pauses (lets timers and I/O run)
 * exactly when its slice of the clock is used up, and the sliced steps give
 * what the one-block versions give. A fake clock, so no figure depends on the
 * machine; the loop-held figures themselves come from `npm run bench`.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { loadKnowledge, loadKnowledgeSliced } from '../../src/core/knowledge/loader.js';
import { derivePostings, derivePostingsSteps } from '../../src/core/index/keyword/keyword-postings.js';
import { KeywordBuilder } from '../../src/core/index/keyword/keyword-builder.js';
import { drainNow, TimeSlicer } from '../../src/core/time-slicer.js';
import { benchKnowledge } from '../support/corpus.js';
import { removeTemporaryDirectories } from '../support/temporary.js';

afterAll(removeTemporaryDirectories);

describe('TimeSlicer', () => {
  it('pauses only once a slice of the clock is used, and a timer runs in the pause', async () => {
    let now = 0;
    const slicer = new TimeSlicer(25, () => now);
    const events: string[] = [];
    function* steps(): Generator<void, string> {
      for (let step = 1; step <= 6; step += 1) {
        now += 10; // each step costs 10 ms of the fake clock
        events.push(`step ${step}`);
        yield;
      }
      return 'done';
    }
    setImmediate(() => events.push('timer'));
    expect(await slicer.drain(steps())).toBe('done');
    // 10, 20, 30 ms: due after the third step; the clock restarts at the pause.
    expect(events).toEqual(['step 1', 'step 2', 'step 3', 'timer', 'step 4', 'step 5', 'step 6']);
  });
});

describe('the sliced steps give the same results as the one-block versions', () => {
  it('loadKnowledgeSliced = loadKnowledge', async () => {
    const knowledgeDir = benchKnowledge('sliced-loader', 300);
    const sliced = await loadKnowledgeSliced(knowledgeDir, new TimeSlicer(0));
    expect(sliced).toEqual(loadKnowledge(knowledgeDir));
    expect(sliced.articles.length).toBeGreaterThan(5);
  });

  it('derivePostingsSteps pauses between blocks of rows and derives what derivePostings does', () => {
    const builder = KeywordBuilder.extending(null);
    const texts = loadKnowledge(benchKnowledge('sliced-postings', 1200)).articles.flatMap((article) => article.paragraphs.map((paragraph) => paragraph.text));
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
