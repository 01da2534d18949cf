/**
 * Section and topic scopes on the real interview: a section cites only its own
 * paragraphs; a topic cites only the paragraphs about it, with the engine's
 * real retriever (index built in a temporary folder) as well as keyword retrieval.
 */
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEngine, type Engine } from '../../src/core/engine.js';
import { scopeFromRequest, summarize, summarizeWithEngine, summaryCacheOf, type RetrieveParagraphs } from '../../src/core/summary/index.js';
import { MarsadError } from '../../src/errors.js';
import type { Article } from '../../src/core/types.js';
import { citedParagraphs, expectCitationsConsistent, expectQuotesInParagraphs, KNOWLEDGE_DIR, loadInterview } from './fixtures.js';

let articles: Article[];
let engine: Engine;
let dataDir: string;
let engineRetrieve: RetrieveParagraphs;

beforeAll(async () => {
  ({ articles } = loadInterview());
  dataDir = await mkdtemp(path.join(tmpdir(), 'marsad-summary-'));
  engine = await createEngine(loadConfig({ MARSAD_KNOWLEDGE_DIR: KNOWLEDGE_DIR, MARSAD_DATA_DIR: dataDir }), { generative: null });
  engineRetrieve = (topic, k) => engine.retrieveParagraphs(topic, k);
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

describe('section scope', () => {
  test.each([
    ['Russia', 'en'],
    ['روسيا', 'ar'],
    ['روسيا', 'en'],
  ] as const)('"%s" (%s) resolves to «العلاقات مع روسيا» and cites only its paragraphs 10–13', async (query, lang) => {
    const summary = await summarize({ articles, scope: { kind: 'section', query }, lang });
    expect(summary.scope).toMatchObject({ kind: 'section', section: 'العلاقات مع روسيا', sectionTranslation: 'Relations with Russia' });
    expect(citedParagraphs(summary).every((number) => number >= 10 && number <= 13)).toBe(true);
    expect(summary.points.length).toBeGreaterThanOrEqual(3);
    expect(summary.headline.startsWith(lang === 'en' ? 'Relations with Russia: ' : 'العلاقات مع روسيا: ')).toBe(true);
    expect(summary.entities.map((entity) => entity.paragraphs).flat().every((number) => number >= 10 && number <= 13)).toBe(true);
    expectQuotesInParagraphs(summary, articles);
    expectCitationsConsistent(summary);
  });

  test('a word of no heading is refused with the list of sections', async () => {
    const refusal = summarize({ articles, scope: { kind: 'section', query: 'Brazil' }, lang: 'en' });
    await expect(refusal).rejects.toBeInstanceOf(MarsadError);
    await expect(refusal).rejects.toThrow(/Relations with Russia/u);
  });
});

describe('the one free-text option picks the scope', () => {
  test.each([
    ['Russia', 'section'],
    ['روسيا', 'section'],
    ['China', 'section'],
    ['السياحة', 'topic'],
    ['nuclear non-proliferation', 'topic'],
    // In two headings ("… Partner for China", "Kazakh-American …"): ambiguous, so a topic.
    ['Kazakhstan', 'topic'],
  ])('"%s" → %s', (topic, kind) => {
    expect(scopeFromRequest({ topic }, articles).kind).toBe(kind);
  });

  test('no topic → the whole article', () => {
    expect(scopeFromRequest({ topic: '  ' }, articles)).toEqual({ kind: 'article', articleId: undefined });
  });
});

describe.each([
  ['the engine retriever', () => engineRetrieve],
  ['keyword retrieval', () => undefined],
])('topic scope with %s', (_name, retriever) => {
  test.each([
    ['nuclear non-proliferation', 'en', [22]],
    ['nuclear non-proliferation', 'ar', [22]],
    ['السياحة', 'ar', [16]],
    ['السياحة', 'en', [16]],
    ['Ukraine', 'en', [24, 26]],
    ['Putin visits', 'en', [11, 12, 13]],
    // "relations" is everywhere, "Russia" is not: only the paragraphs that name Russia are about the topic.
    ['relations with Russia', 'en', [1, 10, 13, 24]],
    ['العلاقات مع روسيا', 'ar', [1, 10, 13, 24]],
  ] as const)('"%s" (%s) cites only paragraphs %j', async (topic, lang, expected) => {
    const summary = await summarize({ articles, scope: { kind: 'topic', topic }, lang, retrieve: retriever() });
    expect(summary.scope).toMatchObject({ kind: 'topic', topic });
    expect(citedParagraphs(summary)).toEqual(expected);
    expect(summary.points.length).toBeGreaterThanOrEqual(1);
    expect(summary.points.length).toBeLessThanOrEqual(2 * expected.length); // a narrow topic: few points
    expectQuotesInParagraphs(summary, articles);
    expectCitationsConsistent(summary);
  });

  test('a topic the interview does not cover is refused as not covered', async () => {
    const refusal = summarize({ articles, scope: { kind: 'topic', topic: 'football world cup' }, lang: 'en', retrieve: retriever() });
    await expect(refusal).rejects.toMatchObject({ code: 'not_covered' });
  });
});

test('the engine retriever proposes off-topic paragraphs too, which the relevance threshold drops', async () => {
  const proposed = (await engineRetrieve('relations with Russia', 12)).map((result) => result.paragraph.number);
  expect(proposed.filter((number) => ![1, 10, 13, 24].includes(number)).length).toBeGreaterThan(0);
  const summary = await summarize({ articles, scope: { kind: 'topic', topic: 'relations with Russia' }, lang: 'en', retrieve: engineRetrieve });
  expect(citedParagraphs(summary)).toEqual([1, 10, 13, 24]);
});

test('an unknown article id is refused, naming the indexed ones', async () => {
  await expect(summarize({ articles, scope: { kind: 'article', articleId: 'nope' }, lang: 'ar' })).rejects.toThrow(/tokayev-foreign-policy-2025-01-03/u);
});

test('through the engine: the summary is cached per engine and the cache is dropped by reindex', async () => {
  const first = await summarizeWithEngine(engine, null, { topic: 'Ukraine', lang: 'en' });
  expect(first.scope.kind).toBe('topic');
  expect(await summarizeWithEngine(engine, null, { topic: 'Ukraine', lang: 'en' })).toBe(first);
  expect(summaryCacheOf(engine).size).toBe(1);
  await engine.reindex();
  expect(summaryCacheOf(engine).size).toBe(0);
  const after = await summarizeWithEngine(engine, null, { topic: 'Ukraine', lang: 'en' });
  expect(after).not.toBe(first);
  expect(after.points).toEqual(first.points);
});
