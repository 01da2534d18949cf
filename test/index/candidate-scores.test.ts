/**
 * The re-ranker's two lexical scores of a candidate (candidate-scorer.ts), read from the index's word rows, against
 * the same scores computed from the candidate's text: n-gram BM25 and the cosine of weighted n-gram vectors. The
 * scorer passes over the word forms an earlier candidate of the same question showed to hold none of its features;
 * what it learnt of one question must not change another's scores, so questions are scored in turn and again.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { countFeatures, sparseCosine, weighFeatures } from '../../src/core/embeddings/features.js';
import { CandidateScorer } from '../../src/core/retrieval/candidate-scorer.js';
import { TUNING } from '../../src/core/tuning.js';
import { REPO_ROOT } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { offlineEngine } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  const knowledge = temporaryDirectory('candidate-scores-knowledge');
  for (const folder of ['continuation', 'deeds', 'outlets'].map((name) => path.join(REPO_ROOT, 'test/fixtures', name))) {
    for (const file of readdirSync(folder)) cpSync(path.join(folder, file), path.join(knowledge, file));
  }
  engine = await offlineEngine(knowledge, temporaryDirectory('candidate-scores-data'));
});

afterAll(() => removeTemporaryDirectories());

/** Both scores from the entry's text, written out plainly. */
function fromText(question: string, entry: number): { ngram: number; similarity: number } {
  const index = engine.index;
  const idf = (feature: number) => index.lexical.idf(feature);
  const query = countFeatures(question);
  const counts = countFeatures(index.readEntryText(index.entries[entry]!));
  const { k1, b } = TUNING.bm25;
  const normalizer = k1 * (1 - b + (b * index.stats.featureLength[entry]!) / index.lexical.averageFeatureCount);
  let ngram = 0;
  for (const feature of query.keys()) {
    const frequency = counts.get(feature) ?? 0;
    if (frequency > 0) ngram += (idf(feature) * frequency * (k1 + 1)) / (frequency + normalizer);
  }
  return { ngram, similarity: sparseCosine(weighFeatures(query, idf), weighFeatures(counts, idf)) };
}

const QUESTIONS = ['Who won the folk music award in Galway?', 'متى تفتتح المحطة الجديدة؟', 'Which chess player won the open in Porto?'];

describe('CandidateScorer', () => {
  it('gives every entry the scores its text gives, question after question', () => {
    const index = engine.index;
    expect(index.entries.length).toBeGreaterThan(30);
    for (const question of [...QUESTIONS, ...QUESTIONS.slice().reverse()]) {
      const scorer = new CandidateScorer(index, question);
      let matched = 0;
      for (let entry = 0; entry < index.entries.length; entry += 1) {
        const scores = scorer.score(entry);
        const expected = fromText(question, entry);
        expect(scores.ngram, `${question} / entry ${entry}`).toBeCloseTo(expected.ngram, 9);
        expect(scores.similarity, `${question} / entry ${entry}`).toBeCloseTo(expected.similarity, 9);
        if (expected.ngram > 0) matched += 1;
      }
      expect(matched).toBeGreaterThan(0);
    }
  });

  it('scores an entry the same after another question was scored', () => {
    const index = engine.index;
    const entries = Array.from({ length: index.entries.length }, (_, entry) => entry);
    const first = new CandidateScorer(index, QUESTIONS[0]!);
    const before = entries.map((entry) => first.score(entry));
    for (const question of QUESTIONS.slice(1)) {
      const other = new CandidateScorer(index, question);
      for (const entry of entries) other.score(entry);
    }
    const again = new CandidateScorer(index, QUESTIONS[0]!);
    expect(entries.map((entry) => again.score(entry))).toEqual(before);
    // Scored twice by one scorer, in reverse order the second time.
    expect(entries.slice().reverse().map((entry) => again.score(entry)).reverse()).toEqual(before);
  });
});
