/**
 * The held-out probes (test/fixtures/probe, test/fixtures/probe2, test/fixtures/probe3, test/fixtures/probe4, test/fixtures/probe5, test/fixtures/probe6, test/fixtures/probe7, test/fixtures/probe8, test/fixtures/probe9, test/fixtures/probe10, test/fixtures/probe11, test/fixtures/probe12, test/fixtures/probe13, test/fixtures/probe14, test/fixtures/probe15): their questions must stay measurable.
 * Every gold string is cut from one of the probe's articles (as the eval matches it, after normalisation),
 * answerable questions have gold, the others have none.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readJsonLines, type InterviewQuestion } from '../../scripts/eval/interview.js';
import { normalizeForGoldMatch } from '../../src/core/text/normalize.js';

describe.each(['probe', 'probe2', 'probe3', 'probe4', 'probe5', 'probe6', 'probe7', 'probe8', 'probe9', 'probe10', 'probe11', 'probe12', 'probe13', 'probe14', 'probe15'])('the held-out questions of test/fixtures/%s', (folder) => {
  const probe = path.resolve(import.meta.dirname, '../fixtures', folder);
  const questions = readJsonLines<InterviewQuestion>(path.join(probe, 'questions.jsonl'));
  const articleDir = path.join(probe, 'articles');
  const articles = readdirSync(articleDir).map((file) => normalizeForGoldMatch(readFileSync(path.join(articleDir, file), 'utf8').replace(/\s+/g, ' ')).toLowerCase());

  it('have unique ids and the fields of the interview format', () => {
    expect(new Set(questions.map((question) => question.id)).size).toBe(questions.length);
    for (const question of questions) expect(['ar', 'en']).toContain(question.lang);
  });

  it('give gold to every answerable question and to no other', () => {
    for (const question of questions) expect(question.gold.length > 0, question.id).toBe(question.answerable);
  });

  it('cut every gold string from one of its articles', () => {
    const missing = questions.flatMap((question) =>
      question.gold.filter((gold) => !articles.some((article) => article.includes(normalizeForGoldMatch(gold).toLowerCase()))).map((gold) => `${question.id}: ${gold}`),
    );
    expect(missing).toEqual([]);
  });
});
