/**
 * The cache (per article hash, scope, language, mode; cleared on reindex) and
 * the language fallback for an article without an English translation, and
 * an English article summarised for an Arabic reader from its Arabic translation.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadKnowledge } from '../../src/core/knowledge/loader.js';
import { createSummaryCache, summarize, summaryCacheKey, summaryLabels } from '../../src/core/summary/index.js';
import { REPO_ROOT } from '../support/paths.js';
import type { Article } from '../../src/core/types.js';
import { expectQuotesInParagraphs, loadInterview } from './fixtures.js';

let articles: Article[];

beforeAll(() => {
  ({ articles } = loadInterview());
});

describe('cache', () => {
  test('a repeated summary is the same object, returned at once', async () => {
    const cache = createSummaryCache();
    const first = await summarize({ articles, scope: { kind: 'section', query: 'China' }, lang: 'en', cache });
    const again = await summarize({ articles, scope: { kind: 'section', query: 'china ' }, lang: 'en', cache });
    expect(again).toBe(first); // the cached object itself: nothing was summarised again
    expect(cache.size).toBe(1);
  });

  test('language, scope and mode are part of the key; clear() drops everything', async () => {
    const cache = createSummaryCache();
    const english = await summarize({ articles, scope: { kind: 'article' }, lang: 'en', cache });
    const arabic = await summarize({ articles, scope: { kind: 'article' }, lang: 'ar', cache });
    expect(arabic).not.toBe(english);
    expect(arabic.lang).toBe('ar');
    expect(summaryCacheKey(articles, { kind: 'article' }, 'en', 'offline')).not.toBe(summaryCacheKey(articles, { kind: 'article' }, 'en', 'openai'));
    expect(cache.size).toBe(2);
    cache.clear();
    expect(cache.size).toBe(0);
    expect(await summarize({ articles, scope: { kind: 'article' }, lang: 'en', cache })).not.toBe(english);
  });

  test('an edited article (new content hash) misses the cache even before a clear()', async () => {
    const cache = createSummaryCache();
    const before = await summarize({ articles, scope: { kind: 'article' }, lang: 'ar', cache });
    const edited = articles.map((article) => ({ ...article, contentHash: `${article.contentHash}-edited` }));
    expect(await summarize({ articles: edited, scope: { kind: 'article' }, lang: 'ar', cache })).not.toBe(before);
  });

  test('the oldest entries go first beyond the capacity', async () => {
    const cache = createSummaryCache(2);
    const summary = await summarize({ articles, scope: { kind: 'article' }, lang: 'ar' });
    cache.set('a', summary);
    cache.set('b', summary);
    cache.get('a'); // used: now the newest
    cache.set('c', summary);
    expect([cache.get('a'), cache.get('b'), cache.get('c')]).toEqual([summary, undefined, summary]);
  });
});

describe('an article without translation', () => {
  let knowledgeDir: string;
  let untranslated: Article[];

  beforeAll(async () => {
    knowledgeDir = await mkdtemp(path.join(tmpdir(), 'marsad-untranslated-'));
    const body = [
      '---',
      'id: almaty-metro',
      "title: 'ألماتي تفتتح محطتين جديدتين للمترو'",
      'outlet: العدالة اليوم',
      'date: 2025-02-01',
      'language: ar',
      '---',
      '',
      'ألماتي – افتتحت بلدية ألماتي محطتين جديدتين لمترو الأنفاق يوم السبت. وقال رئيس البلدية “يرجان دوسانوف”: “ستخدم المحطتان أكثر من خمسين ألف راكب يوميًا”.',
      '',
      '## التمويل',
      '',
      'بلغت تكلفة المشروع نحو مئتي مليون دولار، ومولته الحكومة الكازاخستانية بالكامل. وأكد المسؤولون أن أعمال التوسعة ستستمر حتى عام 2027.',
      '',
    ].join('\n');
    await writeFile(path.join(knowledgeDir, 'almaty-metro.md'), body, 'utf8');
    const loaded = loadKnowledge(knowledgeDir);
    expect(loaded.problems).toEqual([]);
    untranslated = loaded.articles;
  });
  afterAll(() => rm(knowledgeDir, { recursive: true, force: true }));

  test('asked in English, it is summarised in Arabic with a notice saying so', async () => {
    const summary = await summarize({ articles: untranslated, scope: { kind: 'article' }, lang: 'en' });
    expect(summary.lang).toBe('ar');
    expect(summary.notice).toMatch(/No English translation.*summarised in Arabic/u);
    expect(summary.points.length).toBeGreaterThanOrEqual(2);
    for (const point of summary.points) expect(point.text).toMatch(/[\u0600-\u06FF]/u);
    // The mayor's words are shown once: as a key quote, or as a point when a point already says them.
    const shown = [...summary.points.map((point) => point.text), ...summary.quotes.map((quote) => quote.text)];
    expect(shown.filter((text) => text.includes('ستخدم المحطتان'))).toHaveLength(1);
    expectQuotesInParagraphs(summary, untranslated);
  });

  test('asked in Arabic, no notice', async () => {
    const summary = await summarize({ articles: untranslated, scope: { kind: 'article' }, lang: 'ar' });
    expect(summary.lang).toBe('ar');
    expect(summary.notice).toBeUndefined();
  });

  test('with several articles and none named, the latest is summarised and the notice says which', async () => {
    const summary = await summarize({ articles: [...articles, ...untranslated], scope: { kind: 'article' }, lang: 'ar' });
    expect(summary.scope.articleId).toBe('almaty-metro');
    expect(summary.notice).toContain('almaty-metro');
  });
});

describe('an English article with an Arabic translation', () => {
  let both: Article[];

  beforeAll(async () => {
    const knowledgeDir = await mkdtemp(path.join(tmpdir(), 'marsad-english-translated-'));
    for (const [folder, file] of [['outlets', 'almaty-metro-2025-02-01.md'], ['translations', 'almaty-metro-2025-02-01.ar.md']]) {
      await writeFile(path.join(knowledgeDir, file!), await readFile(path.join(REPO_ROOT, 'test/fixtures', folder!, file!), 'utf8'));
    }
    const loaded = loadKnowledge(knowledgeDir);
    expect(loaded.problems).toEqual([]);
    both = loaded.articles;
    await rm(knowledgeDir, { recursive: true, force: true });
  });

  test('asked in Arabic, it is summarised from the Arabic rendering, with no notice; the quotes stay the English as published', async () => {
    const summary = await summarize({ articles: both, scope: { kind: 'article' }, lang: 'ar' });
    expect(summary.lang).toBe('ar');
    expect(summary.notice).toBeUndefined();
    expect(summary.headline).toContain('افتتاح امتداد مترو ألماتي');
    expect(summary.points.length).toBeGreaterThanOrEqual(2);
    for (const point of summary.points) expect(point.text).toMatch(/[\u0600-\u06FF]/u);
    for (const citation of summary.citations) {
      expect(citation.quote).toMatch(/^[^\u0600-\u06FF]+$/u);
      expect(citation.translationLanguage).toBe('ar');
    }
    expectQuotesInParagraphs(summary, both);
    expect(summaryLabels('ar').rendering).toMatch(/ترجمة عربية غير رسمية/u);
  });

  test('asked in English, it is summarised in its own words', async () => {
    const summary = await summarize({ articles: both, scope: { kind: 'article' }, lang: 'en' });
    expect(summary.lang).toBe('en');
    for (const point of summary.points) expect(point.text).not.toMatch(/[\u0600-\u06FF]/u);
  });
});
