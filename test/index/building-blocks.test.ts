/**
 * The small pieces the faster index rests on, against the plain code they
 * replace: top-k selection against a stable sort, the string table against a
 * Map, feature counting against a Map per text, and the benchmark corpus
 * generator's promises (deterministic, distinct, both languages).
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { readSentencePools, seededRandom } from '../../scripts/bench/corpus.js';
import { countFeatures, NGRAM_SIZES, hashString } from '../../src/core/embeddings/features.js';
import { StringTable } from '../../src/core/index/format/string-table.js';
import { topScores } from '../../src/core/index/keyword/top-scores.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { isStopWord, rawTokens, stemToken, stripArabicArticle } from '../../src/core/text/tokenize.js';
import { benchKnowledge } from '../support/corpus.js';
import { XQUAD_DIR } from '../support/paths.js';
import { removeTemporaryDirectories } from '../support/temporary.js';

afterAll(removeTemporaryDirectories);

describe('topScores', () => {
  it('is a stable sort by descending score, cut to k', () => {
    const random = seededRandom(3);
    for (let trial = 0; trial < 200; trial += 1) {
      const items = Array.from({ length: Math.floor(random() * 80) }, (_, index) => index * 7);
      const scores = new Map(items.map((item) => [item, Math.floor(random() * 6) / 2])); // many ties
      const k = Math.floor(random() * 60);
      const expected = [...items].sort((left, right) => scores.get(right)! - scores.get(left)!).slice(0, k);
      expect(topScores(items, (item) => scores.get(item)!, k)).toEqual(expected);
    }
  });
});

describe('StringTable', () => {
  it('finds every string by id and misses the rest', () => {
    const strings = ['كازاخستان', 'astana', 'Astana', 'a', '', 'روسيا', 'z', 'astanas'];
    const table = StringTable.from(strings);
    strings.forEach((text, id) => {
      expect(table.at(id)).toBe(text);
      expect(table.find(text)).toBe(id);
    });
    expect(table.find('astan')).toBe(-1);
    expect(table.find('الصين')).toBe(-1);
  });
});

describe('countFeatures', () => {
  /** The per-text Map counting it replaced, kept here as the reference. */
  function reference(text: string): Map<number, number> {
    const counts = new Map<number, number>();
    const add = (feature: string, amount: number) => counts.set(hashString(feature), (counts.get(hashString(feature)) ?? 0) + amount);
    for (const token of rawTokens(normalizeText(text))) {
      if (isStopWord(token)) continue;
      add(`w:${stemToken(token)}`, 2);
      const padded = ` ${stripArabicArticle(token)} `;
      for (const size of NGRAM_SIZES) for (let start = 0; start + size <= padded.length; start += 1) add(padded.slice(start, start + size), 1);
    }
    return counts;
  }

  it('gives the same counts in the same order as a Map per text', () => {
    const texts = readFileSync(path.join(XQUAD_DIR, 'corpus.jsonl'), 'utf8').split('\n').filter(Boolean).slice(0, 30).flatMap((line) => Object.values(JSON.parse(line) as Record<string, string>));
    for (const text of [...texts, '', 'aaaa aaaa', 'وماذا عن الصين؟ 33 مرة']) expect([...countFeatures(text)]).toEqual([...reference(text)]);
  });
});

describe('the benchmark corpus', () => {
  it('is the same for the same seed, has no two identical paragraphs, and mixes Arabic and English', () => {
    const read = (directory: string) => readdirSync(directory).filter((name) => name.startsWith('bench-')).sort().map((name) => readFileSync(path.join(directory, name), 'utf8'));
    const first = read(benchKnowledge('corpus-a', 120, 9));
    expect(read(benchKnowledge('corpus-b', 120, 9))).toEqual(first);
    expect(read(benchKnowledge('corpus-c', 120, 10))).not.toEqual(first);
    const paragraphs = first.flatMap((file) => file.split(/\n---\n\n/)[1]!.trim().split('\n\n'));
    expect(paragraphs).toHaveLength(120);
    expect(new Set(paragraphs).size).toBe(120);
    expect(first.filter((file) => file.includes('language: ar'))).toHaveLength(3);
    expect(first.filter((file) => file.includes('language: en'))).toHaveLength(3);
    expect(readSentencePools(XQUAD_DIR).ar.length).toBeGreaterThan(300);
  });
});
