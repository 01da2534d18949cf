/**
 * The pieces behind page cleaning, on their own: canonical URLs, the front
 * matter's new fields and URL rule, byline and date lines (and sentences that
 * only look like them), JSON-LD shapes, and the month lists against CLDR.
 */
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/core/knowledge/article-file.js';
import { readArticleMeta } from '../../src/core/knowledge/article-schema.js';
import { canonicalArticleUrl, cleanArticleUrl } from '../../src/core/knowledge/canonical-url.js';
import { readWordPairs } from '../../src/core/text/word-lists.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { removeChromeLines } from '../../src/ingest/chrome-lines.js';
import { parseDocument } from '../../src/ingest/dom.js';
import { readLinkedArticle } from '../../src/ingest/json-ld.js';
import { articleFromMarkdown } from '../../src/ingest/markdown-input.js';
import { readMetaLine } from '../../src/ingest/meta-lines.js';
import { parseDateText, timestampOf } from '../../src/ingest/visible-dates.js';

describe('canonical article URLs', () => {
  it('drops tracking parameters, fragments and credentials and keeps the rest as written', () => {
    expect(cleanArticleUrl('https://user:pw@News.example/a/b?utm_source=rss&id=5&FBCLID=x&q=a+b&mc_cid=1#comments')).toBe('https://news.example/a/b?id=5&q=a+b');
    expect(cleanArticleUrl('https://news.example/x?gclid=1&utm_medium=email')).toBe('https://news.example/x');
    expect(cleanArticleUrl('https://news.example/wiki/Aral_(sea)')).toBe('https://news.example/wiki/Aral_%28sea%29');
    for (const refused of ['javascript:alert(1)', 'file:///etc/passwd', 'data:text/html,x', 'not a url']) expect(cleanArticleUrl(refused)).toBeNull();
  });

  it('follows <link rel=canonical> on the same site only', () => {
    expect(canonicalArticleUrl('https://amp.outlet.co.uk/story.amp?utm_source=x', ['https://www.outlet.co.uk/story'])).toBe('https://www.outlet.co.uk/story');
    expect(canonicalArticleUrl('https://a.co.uk/story', ['https://b.co.uk/story'])).toBe('https://a.co.uk/story');
    expect(canonicalArticleUrl('https://copy.example/x', ['https://original.example/x', 'https://copy.example/y?ref=tw'])).toBe('https://copy.example/y');
    expect(canonicalArticleUrl('https://outlet.example/x', ['/relative/path?utm_campaign=a'])).toBe('https://outlet.example/relative/path');
    expect(canonicalArticleUrl(null, ['javascript:x', 'https://outlet.example/saved'])).toBe('https://outlet.example/saved');
  });
});

const frontMatter = (lines: string[]) => parseArticleFile('a.md', ['---', 'title: T', 'outlet: O', 'date: 2025-03-02', 'language: en', ...lines, '---', '', 'Text.', ''].join('\n'));

describe('front matter', () => {
  it('reads author, published and updated (quoted or as YAML timestamps)', () => {
    const meta = readArticleMeta(frontMatter(['author: Jane Whitfield', "published: '2025-03-02T10:15+05:00'", 'updated: 2025-03-03T09:00:00Z']), 'a');
    expect(meta).toMatchObject({ author: 'Jane Whitfield', published: '2025-03-02T10:15+05:00', updated: '2025-03-03T09:00:00Z' });
    expect(() => readArticleMeta(frontMatter(["published: '2025-02-30'"]), 'a')).toThrow(/a\.md:6: front matter "published" must be a real calendar date/);
    expect(() => readArticleMeta(frontMatter(['published: last week']), 'a')).toThrow(/"published" must be an ISO date/);
  });

  it('refuses a url that is not http(s) or holds spaces, parentheses or bidi controls, naming the line', () => {
    for (const url of ['javascript:alert(1)', 'file:///etc/passwd', "'data:text/html,<b>x</b>'", "'https://x.example/a b'", 'https://x.example/a_(b)', 'https://x.example/\u202Eevil']) {
      expect(() => readArticleMeta(frontMatter([`url: ${url}`]), 'a'), url).toThrow(/a\.md:6: front matter "url" must be an http\(s\) URL/);
    }
    expect(readArticleMeta(frontMatter(['url: https://x.example/a_%28b%29']), 'a').url).toBe('https://x.example/a_%28b%29');
  });

  it('carries the fields through a Markdown article given to ingest, cleaning its URL', () => {
    const text = ['---', 'title: T', 'outlet: O', 'author: Reem Haddad', "published: '2025-03-02T10:15'", 'url: https://x.example/a?utm_source=rss', '---', '', 'A paragraph of text.', ''].join('\n');
    expect(articleFromMarkdown(text, { input: 'a.md', fileName: 'a.md', today: '2025-04-01' })).toMatchObject({ author: 'Reem Haddad', published: '2025-03-02T10:15', date: '2025-03-02', url: 'https://x.example/a' });
  });
});

describe('byline and date lines', () => {
  const context = { defaultYear: 2025, defaultDate: null };
  it('reads the issue’s bylines into facts', () => {
    expect(readMetaLine('By Jane Whitfield · March 2, 2025 · 4 min read', context)?.facts).toEqual({ author: 'Jane Whitfield', published: '2025-03-02' });
    expect(readMetaLine('بقلم مراد السيد · 14 فبراير 2025 · آخر تحديث: 10:15', context)?.facts).toEqual({ author: 'مراد السيد', published: '2025-02-14', updated: '2025-02-14T10:15' });
    expect(readMetaLine('كتبت: سارة علي وأحمد يوسف', context)?.facts).toEqual({ author: 'سارة علي، أحمد يوسف' });
  });

  it('leaves sentences that merely open like a byline or hold a date', () => {
    for (const sentence of ['By Thursday evening the talks had collapsed.', 'كتب الرئيس في تغريدة', 'كتب على صفحته', 'The talks ended on March 2, 2025.', 'Standing by the decision was hard']) {
      expect(readMetaLine(sentence, context), sentence).toBeNull();
    }
  });

  it('keeps a byline-like line inside the text, drops it above the text', () => {
    const lead = 'The ministry said on Monday that the new terminal would open in the spring, two years late.';
    const blocks = [
      { kind: 'paragraph' as const, text: 'ENERGY' },
      { kind: 'paragraph' as const, text: 'By Omar Haddad' },
      { kind: 'paragraph' as const, text: lead },
      { kind: 'paragraph' as const, text: 'By Omar Haddad' },
      { kind: 'paragraph' as const, text: lead },
    ];
    const cleaned = removeChromeLines(blocks, { pageNames: [], section: null, defaultYear: 2025, defaultDate: null });
    expect(cleaned.blocks.map((block) => block.text)).toEqual([lead, 'By Omar Haddad', lead]);
    expect(cleaned.facts).toEqual({ author: 'Omar Haddad' });
  });

  it('reads dates in the three Arabic month sets and in English, with times and zones', () => {
    const read = (text: string) => {
      const value = parseDateText(text, { defaultYear: 2025 });
      return value && timestampOf(value);
    };
    expect(read('الأحد 14 شباط 2025 - 10:15 م')).toBe('2025-02-14T22:15');
    expect(read('١٤ كانون الثاني ٢٠٢٥')).toBe('2025-01-14');
    expect(read('2 مارس/آذار 2025')).toBe('2025-03-02');
    expect(read('12 جويلية 2025')).toBe('2025-07-12');
    expect(read('Wed 2 Mar 2025 10:15 GMT')).toBe('2025-03-02T10:15Z');
    expect(read('Sept. 3, 2024 at 4:05 p.m.')).toBe('2024-09-03T16:05');
    expect(read('14/02/2025')).toBe('2025-02-14');
    expect(read('March 2, 2025 said the minister')).toBeNull();
  });

  it('lists every CLDR month name of the Arab locales and English (the source months.tsv names)', () => {
    const listed = new Map(readWordPairs('months.tsv').map(([month, name]) => [normalizeText(name), Number(month)]));
    for (const locale of ['en', 'ar', 'ar-EG', 'ar-SA', 'ar-SY', 'ar-LB', 'ar-IQ', 'ar-JO', 'ar-PS', 'ar-TN', 'ar-DZ', 'ar-MA', 'ar-MR']) {
      for (const style of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(locale, { month: style, timeZone: 'UTC' });
        for (let month = 1; month <= 12; month += 1) {
          const name = format.format(new Date(Date.UTC(2025, month - 1, 15))).replace(/\.$/, '');
          expect(listed.get(normalizeText(name)), `${locale} ${name}`).toBe(month);
        }
      }
    }
  });
});

describe('JSON-LD', () => {
  const read = (json: string) => readLinkedArticle(parseDocument(`<html><head><script type="application/ld+json">${json}</script></head><body></body></html>`));
  it('reads an article from an array, a @graph with references, or @type lists', () => {
    expect(read('[{"@type":"WebSite","name":"S"},{"@type":"NewsArticle","headline":"H","author":"By Jane Whitfield","datePublished":"2025-03-02"}]')).toMatchObject({ headline: 'H', authors: ['By Jane Whitfield'], published: '2025-03-02' });
    const graph = read('{"@graph":[{"@type":["Article","NewsArticle"],"author":[{"@id":"#p1"},{"@type":"Person","name":"B"}],"publisher":{"@id":"#o"},"dateline":"ASTANA"},{"@id":"#p1","@type":"Person","name":"A"},{"@id":"#o","name":"Outlet"}]}');
    expect(graph).toMatchObject({ authors: ['A', 'B'], publisher: 'Outlet', dateline: 'ASTANA' });
  });

  it('skips invalid JSON and pages without an article', () => {
    expect(read('{"@type":"NewsArticle", broken')).toBeNull();
    expect(read('{"@type":"Organization","name":"O"}')).toBeNull();
  });
});
