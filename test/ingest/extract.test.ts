/**
 * Extraction from the fixture pages, without network: paragraphs and sections
 * kept, page chrome gone, metadata read from meta tags, JSON-LD and <time>,
 * windows-1256 decoded, and the written article file accepted by the loader.
 */
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/core/knowledge/article-file.js';
import { readArticleMeta } from '../../src/core/knowledge/article-schema.js';
import { chooseArticleId } from '../../src/ingest/article-id.js';
import { articleMarkdown } from '../../src/ingest/article-writer.js';
import { decodeBytes } from '../../src/ingest/charset.js';
import { IngestError } from '../../src/ingest/errors.js';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { isBoilerplate } from '../../src/ingest/page-chrome.js';
import { fixtureText } from './fixture-server.js';

// The fixture pages name their canonical URL on the site that serves them ({{base}}).
const read = (file: string) => fixtureText(file, file.startsWith('ar') ? 'https://sawt-alsuhub.example' : 'https://steppe-tribune.example');
const extract = (file: string, url: string | null = null) => extractArticle(read(file), { input: file, url, today: '2025-04-01' });
const paragraphs = (article: ReturnType<typeof extract>) => article.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
const headings = (article: ReturnType<typeof extract>) => article.blocks.filter((block) => block.kind === 'heading').map((block) => block.text);

describe('extracting an article from a news page', () => {
  it('keeps the Arabic article text and sections and drops menus, share bars and the comment form', () => {
    const article = extract('ar-news.html', 'https://www.sawt-alsuhub.example/ar/aktau-desalination.html?utm_source=rss');
    expect(article).toMatchObject({
      title: 'افتتاح أكبر محطة لتحلية مياه البحر في أكتاو على بحر قزوين',
      author: 'سمير الخطيب',
      outlet: 'صوت السهوب',
      date: '2025-03-12',
      published: '2025-03-12T09:30+05:00',
      updated: null,
      dateGuessed: false,
      language: 'ar',
      dateline: 'أكتاو',
      url: 'https://sawt-alsuhub.example/2025/03/12/aktau-desalination-plant/',
    });
    expect(headings(article)).toEqual(['تفاصيل المشروع', 'انتقادات ومخاوف بيئية']);
    const text = paragraphs(article);
    expect(text).toHaveLength(6);
    expect(text[0]).toMatch(/^أكتاو – افتتحت الحكومة الكازاخستانية/);
    expect(text[2]).toContain('50 ألف متر مكعب');
    const everything = article.blocks.map((block) => block.text).join('\n');
    for (const chrome of ['اترك رد', 'لن يتم نشر عنوان بريدك', 'الرئيسية', 'اتصل بنا', 'اقرأ أيضا', 'فيسبوك', 'الوسوم', 'جميع الحقوق محفوظة', 'الأكثر قراءة']) {
      expect(everything).not.toContain(chrome);
    }
  });

  it('reads title, author, outlet and date from JSON-LD on the English page', () => {
    const article = extract('en-news.html');
    expect(article).toMatchObject({ title: 'Almaty metro opens three new stations on its western line', author: 'Aigerim Bekova', outlet: 'Steppe Tribune', date: '2025-02-20', published: '2025-02-20T07:15+05:00', language: 'en', dateline: 'ALMATY' });
    expect(article.url).toBe('https://steppe-tribune.example/city/almaty-metro-western-line');
    expect(headings(article)).toEqual(['Crowded first day', 'What comes next']);
    expect(paragraphs(article)).toHaveLength(5);
    const everything = article.blocks.map((block) => block.text).join('\n');
    for (const chrome of ['Leave a Reply', 'Your email address', 'cookies', 'Share on', 'Related stories', 'newsletter', 'All rights reserved']) expect(everything).not.toContain(chrome);
  });

  it('decodes a windows-1256 page declared only in its <meta>', () => {
    const bytes = iconv.encode(read('ar-syndicated.html'), 'windows-1256');
    const { text, charset } = decodeBytes(bytes, 'text/html');
    expect(charset).toBe('windows-1256');
    const article = extractArticle(text, { input: 'copy', url: null, today: '2025-04-01' });
    expect(article.title).toBe('افتتاح أكبر محطة لتحلية مياه البحر في أكتاو');
    expect(article.outlet).toBe('أخبار آسيا الوسطى');
    expect(article.date).toBe('2025-03-12');
    expect(paragraphs(article)[2]).toContain('تبلغ الطاقة الإنتاجية للمحطة');
  });

  it('refuses a paywalled teaser and a page in another language, naming the input', () => {
    expect(() => extract('paywalled.html')).toThrow(IngestError);
    expect(() => extract('paywalled.html')).toThrow(/paywalled\.html: only \d+ characters of article text/);
    expect(() => extract('fr-news.html')).toThrow(/fr-news\.html: the page declares language "fr"/);
    // With the declaration removed, the text itself gives French away.
    const undeclared = read('fr-news.html').replace('lang="fr"', '');
    expect(() => extractArticle(undeclared, { input: 'fr', url: null, today: '2025-04-01' })).toThrow(/does not read as English/);
  });

  it('keeps an article body whose class looks like chrome or a page-wide form, drops a long comment thread, reads <br> and layout tables', () => {
    const sentence = (index: number) => `This is sentence number ${index} of the report on the new Caspian port, and it is long enough to count as prose.`;
    const comments = Array.from({ length: 12 }, (_, index) => `<li class="comment"><p>${sentence(100 + index)} I disagree with the author entirely.</p></li>`).join('');
    // The whole page in one <form>, as ASP.NET sites do.
    const html = `<html lang="en"><head><title>Port report</title><meta property="og:site_name" content="Port News"></head><body><form id="aspnetForm">
      <h1>Port report</h1>
      <div class="entry-content has-social-share"><p>${sentence(1)}</p><p>${sentence(2)}<br>Second line after a break.</p>
      <table><tr><td><p>${sentence(3)}</p><p>${sentence(4)}</p></td></tr></table></div>
      <div id="comments"><h3>12 comments</h3><ol>${comments}</ol><form><textarea></textarea></form></div></form></body></html>`;
    const article = extractArticle(html, { input: 'inline', url: null, today: '2025-04-01' });
    const text = paragraphs(article);
    expect(text).toEqual([sentence(1), `${sentence(2)} Second line after a break.`, sentence(3), sentence(4)]);
  });

  it('tells boilerplate lines from short sentences that merely start alike', () => {
    expect(isBoilerplate('اترك رد', [])).toBe(true);
    expect(isBoilerplate('لن يتم نشر عنوان بريدك الإلكتروني. الحقول الإلزامية مشار إليها بـ *', [])).toBe(true);
    expect(isBoilerplate('شارك على فيسبوك', [])).toBe(true);
    expect(isBoilerplate('صوت السهوب', ['صوت السهوب'])).toBe(true);
    expect(isBoilerplate('شارك الرئيس في القمة الإقليمية.', [])).toBe(false);
    expect(isBoilerplate('Share prices rose by 4 per cent.', [])).toBe(false);
  });
});

describe('the article file', () => {
  it('is written in the interview format and reads back through the loader', () => {
    const article = extract('ar-news.html');
    const id = chooseArticleId(article, new Set());
    expect(id).toBe('aktau-desalination-plant-2025-03-12');
    const markdown = articleMarkdown(id, article);
    expect(markdown.split('\n').slice(0, 12)).toEqual([
      '---',
      `id: ${id}`,
      'title: افتتاح أكبر محطة لتحلية مياه البحر في أكتاو على بحر قزوين',
      'outlet: صوت السهوب',
      'dateline: أكتاو',
      "date: '2025-03-12'",
      'language: ar',
      "url: 'https://sawt-alsuhub.example/2025/03/12/aktau-desalination-plant/'",
      'author: سمير الخطيب',
      "published: '2025-03-12T09:30+05:00'",
      '---',
      '',
    ]);
    expect(markdown).toContain('\n## تفاصيل المشروع\n\nتبلغ الطاقة');
    const file = parseArticleFile('x.md', markdown);
    expect(readArticleMeta(file, 'x')).toMatchObject({ id, outlet: 'صوت السهوب', url: article.url, language: 'ar', author: 'سمير الخطيب', published: '2025-03-12T09:30+05:00' });
  });

  it('gets a readable id from an Arabic title when the URL has no words, and never reuses one', () => {
    const article = { ...extract('ar-brief.html'), url: 'https://sawt-alsuhub.example/?p=10240' };
    const id = chooseArticleId(article, new Set());
    expect(id).toMatch(/^[a-z0-9-]+-2025-03-14$/);
    expect(chooseArticleId(article, new Set([id]))).toBe(`${id}-2`);
  });
});
