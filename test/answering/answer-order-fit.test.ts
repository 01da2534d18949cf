/**
 * The pieces of `npm run fit-ranker` (a learned answer order, measured against
 * the hand-set one): the candidate features read where the question's words and
 * the asked value stand, on articles of other outlets (test/fixtures/outlets),
 * and the listwise fit finds the feature that decides which candidate answers.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { fitListwise } from '../../scripts/fit/listwise.js';
import { rankFeatures } from '../../scripts/fit/rank-features.js';
import { REPO_ROOT } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { offlineEngine } from '../core/helpers.js';

const OUTLETS = path.join(REPO_ROOT, 'test/fixtures/outlets');

let engine: Engine;

beforeAll(async () => {
  const knowledge = temporaryDirectory('order-fit-knowledge');
  for (const file of readdirSync(OUTLETS)) cpSync(path.join(OUTLETS, file), path.join(knowledge, file));
  engine = await offlineEngine(knowledge, temporaryDirectory('order-fit-data'));
});

afterAll(removeTemporaryDirectories);

/** Each candidate's features by "articleId#paragraph". */
async function featuresOf(question: string) {
  const explained = await engine.explain(question, { k: 10 });
  const features = rankFeatures(explained.scorer, explained.candidates, question);
  return new Map(explained.candidates.map((candidate, position) => [`${candidate.hit.article.meta.id}#${candidate.hit.paragraph.number}`, features[position]!]));
}

describe('answer order features', () => {
  it('credit the paragraph holding the words only it shares with the question, and a value of the asked kind beside them', async () => {
    const features = await featuresOf('How much money did the transport fund set aside for bus projects?');
    const answering = features.get('leeds-buses-2025-01-14#3')!;
    const opening = features.get('leeds-buses-2025-01-14#1')!;
    expect(answering.distinctParagraph).toBeGreaterThan(opening.distinctParagraph);
    expect(answering.typeNear).toBeGreaterThan(0);
    expect(answering.typeNear).toBeGreaterThan(opening.typeNear);
  });

  it('read Arabic the same way: the average wait is in the paragraph that gives it, not in the opening of the plan', async () => {
    const features = await featuresOf('كم بلغ متوسط انتظار السفن في ميناء صحار؟');
    const answering = features.get('sohar-port-waits-2025-01-20#2')!;
    const opening = features.get('sohar-port-waits-2025-01-20#1')!;
    expect(answering.typeNear).toBeGreaterThan(0);
    expect(answering.proximity).toBeGreaterThan(0);
    expect(answering.distinctParagraph).toBeGreaterThan(opening.distinctParagraph);
    // The opening's only number («ثلاث ركائز») stands in a sentence without the question's words.
    expect(answering.typedSentence).toBeGreaterThan(opening.typedSentence);
    // «بلغ متوسط انتظار السفن في الميناء» copies six of the question's words in its order; the opening five.
    expect(answering.phraseRun).toBeGreaterThan(opening.phraseRun);
    expect(answering.orderedRun).toBeGreaterThan(opening.orderedRun);
  });
});

describe('listwise fit', () => {
  it('weighs the feature that marks the answering candidate above one that does not', () => {
    // Feature 0 is highest on the answering candidate; feature 1 is unrelated to it.
    const lists = Array.from({ length: 40 }, (_, question) => {
      const gold = question % 3;
      const candidates = [0, 1, 2].map((candidate) => [candidate === gold ? 1 : 0.2 * ((candidate + question) % 2), ((candidate * 7 + question) % 5) / 5]);
      return { candidates, gold };
    });
    const [decisive, unrelated] = fitListwise(lists);
    expect(decisive!).toBeGreaterThan(1);
    expect(Math.abs(unrelated!)).toBeLessThan(decisive! / 4);
    for (const list of lists) {
      const scores = list.candidates.map(([first, second]) => decisive! * first! + unrelated! * second!);
      expect(scores.indexOf(Math.max(...scores))).toBe(list.gold);
    }
  });
});
