/** The real interview, loaded once per test file, and checks every summary test shares. */
import path from 'node:path';
import { expect } from 'vitest';
import { loadKnowledge } from '../../src/core/knowledge/loader.js';
import type { Summary } from '../../src/core/summary/index.js';
import type { Article } from '../../src/core/types.js';

export const KNOWLEDGE_DIR = path.resolve(import.meta.dirname, '../../knowledge');
export const INTERVIEW_ID = 'tokayev-foreign-policy-2025-01-03';

export function loadInterview(): { articles: Article[]; interview: Article } {
  const { articles, problems } = loadKnowledge(KNOWLEDGE_DIR);
  expect(problems).toEqual([]);
  const interview = articles.find((article) => article.meta.id === INTERVIEW_ID);
  if (!interview) throw new Error(`${INTERVIEW_ID} is missing from knowledge/`);
  return { articles, interview };
}

/** Every citation's quote is an exact substring of the paragraph it names, in the article it names. */
export function expectQuotesInParagraphs(summary: Summary, articles: Article[]): void {
  expect(summary.citations.length).toBeGreaterThan(0);
  for (const citation of summary.citations) {
    const article = articles.find((candidate) => candidate.meta.id === citation.articleId)!;
    const paragraph = article.paragraphs[citation.paragraph - 1]!;
    expect(citation.text).toBe(paragraph.text);
    expect(paragraph.text.includes(citation.quote), `[${citation.n}] ¶${citation.paragraph}: ${citation.quote}`).toBe(true);
  }
}

/** Every [n] a point or quote uses names a listed citation, and every listed citation is used. */
export function expectCitationsConsistent(summary: Summary): void {
  const listed = summary.citations.map((citation) => citation.n);
  expect(listed).toEqual(listed.map((_, index) => index + 1));
  const used = new Set([...summary.points.flatMap((point) => point.citations), ...summary.quotes.map((quote) => quote.citation)]);
  for (const point of summary.points) expect(point.citations.length).toBeGreaterThan(0);
  expect([...used].sort((left, right) => left - right)).toEqual(listed);
}

/** Paragraph numbers cited by the summary's points (quotes included). */
export function citedParagraphs(summary: Summary): number[] {
  return [...new Set(summary.citations.map((citation) => citation.paragraph))].sort((left, right) => left - right);
}

export const pointChars = (summary: Summary) => summary.points.reduce((sum, point) => sum + point.text.length, 0);
