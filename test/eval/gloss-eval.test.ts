import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateGloss } from '../../scripts/eval/gloss.js';

// A parallel set of two articles written for the test: an Arabic paragraph and its English rendering each.
const corpus = [
  { id: 'a#1', article: 'Harbour', ar: 'أطلقت الحكومة المشروع يوم الاثنين.', en: 'The government launched the project on Monday.' },
  { id: 'b#1', article: 'Water', ar: 'تحلية مياه البحر تكفي حاجة المدينة.', en: 'Desalinating sea water meets the city’s need.' },
];
const dir = mkdtempSync(path.join(os.tmpdir(), 'marsad-gloss-eval-'));
writeFileSync(path.join(dir, 'corpus.jsonl'), corpus.map((paragraph) => JSON.stringify(paragraph)).join('\n'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('eval gloss', () => {
  it('finds the senses shown in the English paragraph', () => {
    const figures = evaluateGloss(dir, () => {}, 0);
    expect(figures).toMatchObject({ set: 'gloss', half: 0, paragraphs: 1 });
    // «الحكومة» government, «المشروع» project, «يوم» day, «الاثنين» monday: the reference holds three of the four first senses.
    expect(figures.first_sense).toBeGreaterThanOrEqual(0.75);
    expect(figures.reachable).toBeGreaterThanOrEqual(figures.first_sense);
  });

  it('reports a word the gloss renders otherwise than the reference, with the sense that was wanted', () => {
    const misses: string[] = [];
    const figures = evaluateGloss(dir, (line) => misses.push(line), 1);
    expect(figures.paragraphs).toBe(1);
    expect(figures.precision).toBeLessThan(1);
    expect(misses.length).toBeGreaterThan(0);
    for (const line of misses) expect(line).toMatch(/^WRONG b#1 «[^»]+» .+ \| want .+/u);
  });
});
