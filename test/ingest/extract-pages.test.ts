/**
 * Eleven news pages written for these tests, one per common layout (WordPress,
 * AMP, Yoast JSON-LD graph, live blog, Blogger, wire copy with foot credits,
 * aggregator copy, Egyptian, Levantine, Maghrebi and undated old-style Arabic
 * sites): the text keeps its paragraphs and loses the page furniture, and what
 * the furniture said (author, dates, dateline) reaches the written front matter.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticleFile } from '../../src/core/knowledge/article-file.js';
import { readArticleMeta } from '../../src/core/knowledge/article-schema.js';
import { chooseArticleId } from '../../src/ingest/article-id.js';
import { articleMarkdown, checkArticleMarkdown } from '../../src/ingest/article-writer.js';
import { extractArticle } from '../../src/ingest/extract-article.js';
import { FIXTURES_DIR } from './fixture-server.js';

interface PageCase {
  file: string;
  url: string | null;
  expected: { title: string; outlet: string; language: 'ar' | 'en'; author: string | null; published: string | null; updated: string | null; dateline: string | null; url: string | null; date: string };
  paragraphs: number;
  first: string;
  last: string;
  headings?: string[];
  /** Furniture printed on the page that must not reach the article text. */
  chrome: string[];
}

const CASES: PageCase[] = [
  {
    file: 'en-wordpress.html',
    url: 'https://caspianledger.example/2025/03/01/caspian-summit-moved-to-aktau/?utm_source=rss&utm_medium=rss',
    expected: { title: 'Caspian summit moved to Aktau as leaders weigh new shipping rules', outlet: 'The Caspian Ledger', language: 'en', author: 'Jane Whitfield', published: '2025-03-01', updated: '2025-03-02', dateline: null, url: 'https://caspianledger.example/2025/03/01/caspian-summit-moved-to-aktau/', date: '2025-03-01' },
    paragraphs: 5,
    first: 'The leaders of the five Caspian states will meet in Aktau',
    last: 'A senior Kazakh official, speaking on condition of anonymity',
    headings: ['Fishing quotas'],
    chrome: ['CENTRAL ASIA', 'By Jane Whitfield', '4 min read', 'Advertisement', 'Read more', 'This article was updated', 'Share this', 'Tags:', 'Leave a Reply', 'Skip to content'],
  },
  {
    file: 'ar-levantine.html',
    url: 'https://annahar-asia.example/economy/2025/02/14/kazakh-uzbek-trade-deals?fbclid=IwAR0abc',
    expected: { title: 'كازاخستان وأوزبكستان توقعان 15 وثيقة لتعزيز التجارة البينية', outlet: 'النهار الآسيوي', language: 'ar', author: 'مراد السيد', published: '2025-02-14', updated: '2025-02-14T10:15', dateline: null, url: 'https://annahar-asia.example/economy/2025/02/14/kazakh-uzbek-trade-deals', date: '2025-02-14' },
    paragraphs: 4,
    first: 'وقّعت كازاخستان وأوزبكستان، الخميس، 15 وثيقة',
    last: 'ويرى خبراء اقتصاديون أن المركز اللوجستي',
    chrome: ['آسيا الوسطى', 'بقلم', 'آخر تحديث', 'إعلان', 'اقرأ أيضاً', 'شارك على فيسبوك', 'الكلمات المفتاحية', 'الأكثر قراءة', 'جميع الحقوق محفوظة'],
  },
  {
    file: 'ar-jsonld-graph.html',
    url: 'https://sharq-econ.example/news/egypt-kazakhstan-grain-shipping?utm_campaign=spring',
    expected: { title: 'مصر وكازاخستان تبحثان خط شحن مباشر للحبوب', outlet: 'بوابة الشرق الاقتصادية', language: 'ar', author: 'سارة عبد الحميد', published: '2025-03-05T15:20+02:00', updated: '2025-03-05T18:05+02:00', dateline: 'أستانا', url: 'https://sharq-econ.example/news/egypt-kazakhstan-grain-shipping', date: '2025-03-05' },
    paragraphs: 4,
    first: 'بحث وزيرا الزراعة في مصر وكازاخستان',
    last: 'وأشار المسؤول إلى أن الجانبين شكّلا فريق عمل',
    chrome: ['أستانا -', 'كتب:', '03:20', 'محتوى مدعوم', 'تابعونا', 'إعلان'],
  },
  {
    file: 'en-amp.html',
    url: 'https://amp.steppewire.example/world/asia/syr-darya-water-data-deal.amp',
    expected: { title: 'Kazakhstan and Kyrgyzstan agree to share Syr Darya water data in real time', outlet: 'Steppe Wire', language: 'en', author: 'Jane Whitfield, Omar Haddad', published: '2025-03-04T06:45Z', updated: '2025-03-04T09:30Z', dateline: 'ASTANA', url: 'https://www.steppewire.example/world/asia/syr-darya-water-data-deal', date: '2025-03-04' },
    paragraphs: 5,
    first: 'ASTANA, March 4 (Steppe Wire) — Kazakhstan and Kyrgyzstan will share',
    last: 'Uzbekistan and Tajikistan, which also draw on the basin',
    chrome: ['By Jane Whitfield', '5 min read', 'Advertisement', 'Story continues below', 'Menu'],
  },
  {
    file: 'en-liveblog.html',
    url: 'https://silkroaddaily.example/live/2025/mar/06/tashkent-security-conference-live?CMP=share_btn_tw',
    expected: { title: 'Tashkent regional security conference – live updates', outlet: 'Silk Road Daily', language: 'en', author: 'Timur Sadykov', published: '2025-03-06T08:02+05:00', updated: '2025-03-06T13:40+05:00', dateline: null, url: 'https://silkroaddaily.example/live/2025/mar/06/tashkent-security-conference-live', date: '2025-03-06' },
    paragraphs: 4,
    first: 'The conference has closed with a joint statement',
    last: 'Good morning and welcome to our live coverage',
    headings: ['Uzbekistan proposes joint border centre'],
    chrome: ['13:40 GMT+5', '11:25', 'Updated at 11:32', 'Share this post', 'Advertisement', 'LIVE'],
  },
  {
    file: 'ar-update-note.html',
    url: 'https://alwadi-news.example/world/2025/03/turkic-summit-postponed.html',
    expected: { title: 'تأجيل قمة منظمة الدول التركية إلى مايو بسبب ترتيبات لوجستية', outlet: 'الوادي نيوز', language: 'ar', author: 'أحمد فؤاد', published: '2025-03-02T11:00+03:00', updated: '2025-03-03T09:45+03:00', dateline: null, url: 'https://alwadi-news.example/world/2025/03/turkic-summit-postponed.html', date: '2025-03-02' },
    paragraphs: 4,
    first: 'أعلنت الأمانة العامة لمنظمة الدول التركية',
    last: 'وتضم المنظمة كلًا من تركيا وأذربيجان',
    chrome: ['عربي ودولي', 'نشر في', 'آخر تحديث', 'اقرأ أيضا', 'إعلانات', 'تم تحديث هذا الخبر', 'مشاركة', 'أخبار ذات صلة'],
  },
  {
    file: 'en-wire-credits.html',
    url: 'https://caravan-business.example/energy/turkmenistan-offshore-gas-bids?utm_source=newsletter&mc_cid=42',
    expected: { title: 'Turkmenistan opens bids for Caspian offshore gas blocks', outlet: 'Caravan Business', language: 'en', author: 'Aigerim Bekova', published: '2025-03-07T10:12+05:00', updated: null, dateline: 'ASHGABAT', url: 'https://caravan-business.example/energy/turkmenistan-offshore-gas-bids', date: '2025-03-07' },
    paragraphs: 4,
    first: 'Turkmenistan has invited foreign companies to bid',
    last: 'Analysts said the tender could revive interest',
    chrome: ['ASHGABAT —', 'Reporting by', 'Editing by', 'Our Standards', 'More stories', '10:12 AM'],
  },
  {
    file: 'ar-maghreb.html',
    url: 'https://maghreb-today.example/economie/algerie-kazakhstan-hydrogene-vert?utm_source=facebook&fbclid=Iw',
    expected: { title: 'الجزائر وكازاخستان تتفقان على تعاون في مجال الهيدروجين الأخضر', outlet: 'المغرب الكبير اليوم', language: 'ar', author: 'كريمة بن علي', published: '2025-02-12T14:30+01:00', updated: null, dateline: 'الجزائر', url: 'https://maghreb-today.example/economie/algerie-kazakhstan-hydrogene-vert', date: '2025-02-12' },
    paragraphs: 4,
    first: 'الجزائر - اتفقت الجزائر وكازاخستان',
    last: 'وقدّر خبراء تكلفة المحطة التجريبية',
    chrome: ['نشر في', 'على الساعة', 'تحرير', 'إقرأ أيضا', 'شارك', 'نسخ الرابط', '12 فيفري 2025'],
  },
  {
    file: 'en-blog-posted-by.html',
    url: 'https://steppe-notes.example/2025/03/bishkek-bus-lanes.html?utm_source=twitter',
    expected: { title: "Why Bishkek's new bus lanes are working", outlet: 'steppe-notes.example', language: 'en', author: 'Daniyar Omarov', published: '2025-03-05', updated: null, dateline: null, url: 'https://steppe-notes.example/2025/03/bishkek-bus-lanes.html', date: '2025-03-05' },
    paragraphs: 4,
    first: 'Six months after Bishkek painted its first dedicated bus lanes',
    last: 'The harder test will come when the city extends the lanes',
    chrome: ['Posted on', 'Related:', 'Labels:', '4 comments', 'Great piece'],
  },
  {
    // An aggregator's copy names the original as canonical: another site, so the copy's own URL is kept.
    file: 'en-syndicated-cross-site.html',
    url: 'https://newshub.example/a/8812?utm_source=feed',
    expected: { title: 'Kyrgyzstan to build three small hydropower plants on the Naryn', outlet: 'NewsHub Aggregator', language: 'en', author: 'Steppe Wire staff', published: '2025-03-08T07:00Z', updated: null, dateline: null, url: 'https://newshub.example/a/8812', date: '2025-03-08' },
    paragraphs: 4,
    first: 'Kyrgyzstan will build three small hydropower plants',
    last: 'Environmental groups welcomed the focus on smaller plants',
    chrome: ['4 min read', 'Sponsored content', 'Recommended for you', 'Story continues below advertisement', 'Trending'],
  },
  {
    // A saved page without any metadata: everything comes from the printed byline, date and title.
    file: 'ar-no-metadata.html',
    url: null,
    expected: { title: 'زيارة وفد تجاري عراقي إلى أوزبكستان', outlet: 'الشرق الأدنى', language: 'ar', author: 'ريم حداد', published: '2024-11-10', updated: null, dateline: 'بغداد', url: null, date: '2024-11-10' },
    paragraphs: 4,
    first: 'بغداد - غادر وفد من اتحاد الغرف التجارية العراقية',
    last: 'ومن المنتظر أن يوقّع الجانبان في ختام الزيارة',
    chrome: ['عاجل', 'كتبت', 'تشرين الثاني', 'طباعة'],
  },
];

const extract = (page: PageCase) =>
  extractArticle(readFileSync(path.join(FIXTURES_DIR, 'pages', page.file), 'utf8'), { input: page.file, url: page.url, fileName: page.url ? null : page.file, today: '2025-04-01' });

describe('extracting realistic news pages', () => {
  for (const page of CASES) {
    it(`${page.file}: clean text, kept paragraphs and the page's metadata`, () => {
      const article = extract(page);
      expect(article).toMatchObject({ ...page.expected, dateGuessed: false });
      const paragraphs = article.blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
      expect(paragraphs).toHaveLength(page.paragraphs);
      expect(paragraphs[0]?.slice(0, page.first.length)).toBe(page.first);
      expect(paragraphs.at(-1)?.slice(0, page.last.length)).toBe(page.last);
      expect(article.blocks.filter((block) => block.kind === 'heading').map((block) => block.text)).toEqual(page.headings ?? []);
      const text = article.blocks.map((block) => block.text).join('\n');
      for (const chrome of page.chrome) expect(text, chrome).not.toContain(chrome);
    });
  }

  it('writes author, published and updated to the front matter, and the loader reads them back', () => {
    for (const page of CASES) {
      const article = extract(page);
      const id = chooseArticleId(article, new Set());
      const markdown = articleMarkdown(id, article);
      checkArticleMarkdown(page.file, `${id}.md`, id, markdown);
      const meta = readArticleMeta(parseArticleFile(`${id}.md`, markdown), id);
      const { expected } = page;
      expect(meta, page.file).toEqual({
        id,
        title: expected.title,
        outlet: expected.outlet,
        date: expected.date,
        language: expected.language,
        ...(expected.dateline ? { dateline: expected.dateline } : {}),
        ...(page.url ? {} : { sourceFile: page.file }),
        ...(expected.url ? { url: expected.url } : {}),
        ...(expected.author ? { author: expected.author } : {}),
        ...(expected.published ? { published: expected.published } : {}),
        ...(expected.updated ? { updated: expected.updated } : {}),
      });
    }
  });
});
