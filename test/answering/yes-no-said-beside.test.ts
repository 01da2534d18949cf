/**
 * Yes/no verdicts read from what stands beside the question's words: a rise asked in Arabic answered by an English
 * "up from" (a value given against an earlier one), and "did they say anything?" answered by the one named declining
 * to comment. Article written for the test (a topic of no evaluation set).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

const ARTICLES = [
  {
    id: 'sofia-metro-ridership',
    title: 'Sofia metro figures for last year',
    language: 'en',
    paragraphs: [
      'SOFIA – The Sofia metro carried 142 million passengers last year, up from 121 million in 2022, the city transport company said on Tuesday.',
      'A fourth line to the airport is due to open in 2028.',
      'The city plans to raise ticket prices next year. The contractor Vitosha Rail did not reply to requests for comment.',
    ],
  },
];

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverArticles('yes-no-said-beside', ARTICLES);
});

afterAll(() => removeTemporaryDirectories());

const verdictOf = async (question: string) => {
  const answer = await engine.ask(question, { k: 5 });
  return answer.answerable ? answer.verdict : 'refused';
};

describe('a rise told as "up from"', () => {
  it('answers an Arabic question asking whether the count rose', async () => {
    expect(await verdictOf('هل زادت أعداد ركاب المترو مقارنة بعام 2022؟')).toBe('yes');
  });
});

describe('the one named declining to comment', () => {
  it('answers no to whether they said when, though the unit shares nothing else with the question', async () => {
    expect(await verdictOf('did vitosha rail say when the airport line will open?')).toBe('no');
  });
});
