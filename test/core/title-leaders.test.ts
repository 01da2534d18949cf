import { describe, expect, it } from 'vitest';
import type { ParagraphIndex } from '../../src/core/index/paragraph-index.js';
import { titleWeighedLeaders } from '../../src/core/retrieval/title-leaders.js';
import { TUNING } from '../../src/core/tuning.js';

/** Words as features of unit weight over the word count: enough of the lexical vectors for titles to match. */
function wordVector(text: string): Map<number, number> {
  const words = [...new Set(text.split(/\s+/).filter(Boolean))];
  return new Map(words.map((word) => [[...word].reduce((hash, letter) => hash * 31 + letter.charCodeAt(0), 7) >>> 0, 1 / Math.sqrt(words.length)]));
}

/** Three outlets' articles; entry n belongs to article n % 3. */
const titles = ['الأسد ملك الغابة', 'أسعار النفط في الخليج', 'Lagos tram line opens'];
const index = {
  articles: titles.map((title) => ({ meta: { title } })),
  entries: Array.from({ length: 30 }, (_, entry) => ({ article: entry % 3, paragraph: entry + 1, view: 'original' })),
  lexical: { sparseVector: wordVector },
} as unknown as ParagraphIndex;

/** The first `count` entries of the oil and tram articles (not the lion's: entries 0, 3, 6…). */
const otherEntries = (count: number) => Array.from({ length: 30 }, (_, entry) => entry).filter((entry) => entry % 3 !== 0).slice(0, count);

describe('the candidates read and re-scored', () => {
  it('are chosen title-weighed among the best twenty, so a paragraph of the article the question names is read though its words alone rank it lower', () => {
    // Oil and tram entries lead on their words, one more than are read; entry 27, of the lion's article, comes after them.
    const fused = [...otherEntries(TUNING.retrieval.passage.candidates + 1), 27, 29].map((entry, rank) => ({ entry, score: 1 - rank * 0.02 }));
    const read = titleWeighedLeaders(index, fused, wordVector('ما وزن الأسد'));
    expect(read).toHaveLength(TUNING.retrieval.passage.candidates);
    const lion = read.find((candidate) => candidate.entry === 27);
    expect(lion?.titleFactor).toBeGreaterThan(1);
  });

  it('are the best few by their own scores when no title matches the question', () => {
    const fused = otherEntries(TUNING.retrieval.passage.candidates + 3).map((entry, rank) => ({ entry, score: 1 - rank * 0.02 }));
    const read = titleWeighedLeaders(index, fused, wordVector('كم عدد المسافرين'));
    expect(read.map((candidate) => candidate.entry)).toEqual(otherEntries(TUNING.retrieval.passage.candidates));
    expect(read.every((candidate) => candidate.titleFactor === 1)).toBe(true);
  });

  it('leave the fused order untouched', () => {
    const fused = [1, 2, 4, 5, 7, 9].map((entry, rank) => ({ entry, score: 1 - rank * 0.02 }));
    titleWeighedLeaders(index, fused, wordVector('ما وزن الأسد'));
    expect(fused.map((candidate) => candidate.entry)).toEqual([1, 2, 4, 5, 7, 9]);
  });
});
