/**
 * The second held-out probe (test/fixtures/probe2): its questions must stay measurable.
 * Every gold string is cut from a probe2 article (as the eval matches it, after
 * normalisation), answerable questions have gold, the others have none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonLines, type InterviewQuestion } from '../../scripts/eval/interview.js';
import { normalizeForGoldMatch } from '../../src/core/text/normalize.js';

const PROBE = path.resolve(import.meta.dirname, '../fixtures/probe2');
const questions = readJsonLines<InterviewQuestion>(path.join(PROBE, 'questions.jsonl'));
const articleDir = path.join(PROBE, 'articles');
const articles = readdirSync(articleDir).map((file) => normalizeForGoldMatch(readFileSync(path.join(articleDir, file), 'utf8').replace(/\s+/g, ' ')).toLowerCase());

describe('the second held-out probe questions', () => {
  it('have unique ids and the fields of the interview format', () => {
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    for (const question of questions) expect(['ar', 'en']).toContain(question.lang);
  });

  it('give gold to every answerable question and to no other', () => {
    for (const question of questions) expect(question.gold.length > 0, question.id).toBe(question.answerable);
  });

  it('cut every gold string from a probe2 article', () => {
    const missing = questions.flatMap((question) =>
      question.gold.filter((gold) => !articles.some((article) => article.includes(normalizeForGoldMatch(gold).toLowerCase()))).map((gold) => `${question.id}: ${gold}`),
    );
    expect(missing).toEqual([]);
  });
});
