/**
 * Whole-article summaries of the real interview, offline, in both languages:
 * coverage of every section, exact quotes, length limits, quotes with their
 * speakers, entities with the right paragraphs.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { summarize, type Summary } from '../../src/core/summary/index.js';
import type { Article } from '../../src/core/types.js';
import { expectCitationsConsistent, expectQuotesInParagraphs, loadInterview, pointChars } from './fixtures.js';

let articles: Article[];
let interview: Article;
const summaries: Record<'ar' | 'en', Summary> = {} as never;

beforeAll(async () => {
  ({ articles, interview } = loadInterview());
  summaries.ar = await summarize({ articles, scope: { kind: 'article' }, lang: 'ar' });
  summaries.en = await summarize({ articles, scope: { kind: 'article' }, lang: 'en' });
});

describe.each(['ar', 'en'] as const)('whole-article summary in %s', (lang) => {
  test('is offline, in the language asked, 5–8 points within the length limit', () => {
    const summary = summaries[lang];
    expect(summary).toMatchObject({ lang, mode: 'offline', scope: { kind: 'article', articleId: interview.meta.id } });
    expect(summary.notice).toBeUndefined();
    expect(summary.points.length).toBeGreaterThanOrEqual(5);
    expect(summary.points.length).toBeLessThanOrEqual(8);
    expect(pointChars(summary)).toBeLessThanOrEqual(lang === 'ar' ? 1_500 : 1_200);
    const script = lang === 'ar' ? /[\u0600-\u06FF]/u : /^[^\u0600-\u06FF]+$/u;
    for (const point of summary.points) expect(point.text).toMatch(script);
  });

  test('every section of the interview, the lead included, has a point', () => {
    const summary = summaries[lang];
    const pointParagraphs = summary.points.flatMap((point) => point.citations.map((n) => summary.citations[n - 1]!.paragraph));
    for (const section of interview.sections) {
      expect(pointParagraphs.some((number) => section.paragraphNumbers.includes(number)), `section ${section.headingTranslation ?? 'lead'}`).toBe(true);
    }
  });

  test('every citation quote is an exact substring of its paragraph, numbering shared and complete', () => {
    expectQuotesInParagraphs(summaries[lang], articles);
    expectCitationsConsistent(summaries[lang]);
  });

  test('points are in article order, and no two come from overlapping text or say the same thing', () => {
    const summary = summaries[lang];
    const spans = summary.points.map((point) => {
      const citation = summary.citations[point.citations[0]! - 1]!;
      const start = citation.text.indexOf(citation.quote);
      return { paragraph: citation.paragraph, start, end: start + citation.quote.length };
    });
    for (let index = 1; index < spans.length; index += 1) {
      const [before, after] = [spans[index - 1]!, spans[index]!];
      expect(after.paragraph > before.paragraph || (after.paragraph === before.paragraph && after.start >= before.end)).toBe(true);
    }
    expect(new Set(summary.points.map((point) => point.text)).size).toBe(summary.points.length);
  });

  test('no point is a fragment the outlet cut with a full stop', () => {
    const summary = summaries[lang];
    for (const point of summary.points) expect(point.text.length).toBeGreaterThanOrEqual(40);
    const quotes = summary.citations.map((citation) => citation.quote);
    expect(quotes).not.toContain('فمنذ بداية رئاستي وحتى اليوم.');
    expect(quotes.some((quote) => /^(?:مما|لأنه|وبالتالي|فضلاً|حيث)\s/u.test(quote))).toBe(false);
  });

  test('a one-line headline', () => {
    const { headline } = summaries[lang];
    expect(headline.length).toBeGreaterThan(20);
    expect(headline.length).toBeLessThanOrEqual(256);
    expect(headline).not.toContain('\n');
  });

  test('2–4 key quotes, exact speech, each with its speaker', () => {
    const summary = summaries[lang];
    expect(summary.quotes.length).toBeGreaterThanOrEqual(2);
    expect(summary.quotes.length).toBeLessThanOrEqual(4);
    for (const quote of summary.quotes) {
      expect(quote.speaker).toBe(lang === 'ar' ? 'توكاييف' : 'Tokayev');
      const citation = summary.citations[quote.citation - 1]!;
      // The cited span is the spoken words: the speech verb and the opening mark come before it, not inside it.
      expect(citation.text.slice(0, citation.text.indexOf(citation.quote))).toMatch(/(?:قال|أضاف|مضيفا)[^]*[“”]/u);
      expect(citation.quote).not.toMatch(/^(?:و?قال|وأضاف|وأكد)\s/u);
      if (lang === 'ar') expect(quote.text.replace(/[“”]/gu, '')).toBe(citation.quote.replace(/[“”]/gu, '').trim());
      else expect(citation.quoteTranslation).toBe(quote.text);
    }
  });
});

describe('entities', () => {
  test('Putin / بوتين with the paragraphs that mention him (11, 12, 13)', () => {
    const putin = summaries.en.entities.find((entity) => entity.name === 'Putin');
    const arabicPutin = summaries.ar.entities.find((entity) => entity.name === 'بوتين');
    expect(putin).toMatchObject({ kind: 'person', paragraphs: [11, 12, 13] });
    expect(arabicPutin).toMatchObject({ kind: 'person', paragraphs: [11, 12, 13] });
  });

  test('people, countries and organisations from the text, short names folded into full ones', () => {
    const names = (lang: 'ar' | 'en', kind: string) => summaries[lang].entities.filter((entity) => entity.kind === kind).map((entity) => entity.name);
    expect(names('en', 'person')).toEqual(expect.arrayContaining(['Kassym-Jomart Tokayev', 'Donald Trump', 'Xi Jinping', 'Putin']));
    expect(names('en', 'person')).not.toContain('Trump'); // folded into Donald Trump
    expect(names('ar', 'person')).toEqual(expect.arrayContaining(['قاسم جومارت توكاييف', 'دونالد ترامب', 'شي جين بينج', 'بوتين']));
    expect(names('en', 'country')).toEqual(expect.arrayContaining(['Kazakhstan', 'Russia', 'China', 'United States', 'Ukraine']));
    expect(names('ar', 'country')).toEqual(expect.arrayContaining(['كازاخستان', 'روسيا', 'الصين', 'الولايات المتحدة', 'أوكرانيا']));
    expect(names('en', 'organisation')).toEqual(expect.arrayContaining(['United Nations', 'Ana Tili', 'Azerbaijan Airlines']));
    expect(names('en', 'country')).not.toContain('Azerbaijan'); // only the airline is named
    const trump = summaries.en.entities.find((entity) => entity.name === 'Donald Trump')!;
    expect(trump.paragraphs).toEqual([20, 24, 25]);
    expect(summaries.ar.entities.find((entity) => entity.name === 'روسيا')!.paragraphs).toEqual([1, 10, 13, 24]);
  });
});
