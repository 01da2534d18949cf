/**
 * A Markdown article given to the ingest command (hand-written, or exported
 * from elsewhere). It needs front matter with at least a title and an outlet;
 * the rest is filled in as for a page: id chosen, date today when missing,
 * language detected. Going through the same path as pages gives it dedupe,
 * validation and the reindex.
 */
import { cleanArticleUrl, detectDateline, type Language, parseArticleFile } from '../core/public.js';
import { decideLanguage } from './article-language.js';
import { IngestError } from './errors.js';
import { normalizeTimestamp } from './timestamps.js';
import type { ArticleBlock, ExtractedArticle } from './types.js';

function field(frontMatter: Record<string, unknown>, key: string): string | null {
  const value = frontMatter[key];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return typeof value === 'string' || typeof value === 'number' ? String(value).trim() || null : null;
}

/** published/updated: YAML reads an unquoted date-time as a Date (in UTC), which is kept as such. */
function timestampField(frontMatter: Record<string, unknown>, key: string): string | null {
  const value = frontMatter[key];
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : normalizeTimestamp(value.toISOString().replace(/T00:00:00\.000Z$/, ''));
  return normalizeTimestamp(field(frontMatter, key));
}

export function articleFromMarkdown(text: string, options: { input: string; fileName: string | null; today: string; lang?: Language }): ExtractedArticle {
  const normalized = text.replace(/\r\n?/g, '\n');
  if (!normalized.startsWith('---\n')) {
    throw new IngestError(options.input, 'a Markdown article needs front matter with at least title and outlet (see README, "Adding an article")', 'مقالة Markdown تحتاج إلى ترويسة فيها العنوان والمنفذ على الأقل');
  }
  const file = parseArticleFile(options.input, normalized);
  const frontMatter = file.frontMatter;
  if ('translation_of' in frontMatter) {
    throw new IngestError(options.input, 'is a translation; copy it into knowledge/ beside its article and run npm run reindex', 'هذا ملف ترجمة؛ ضعه بجانب مقالته في knowledge/ ثم أعد الفهرسة');
  }
  const title = field(frontMatter, 'title');
  const outlet = field(frontMatter, 'outlet');
  if (!title || !outlet) throw new IngestError(options.input, `front matter is missing "${title ? 'outlet' : 'title'}"`, `الترويسة ينقصها الحقل "${title ? 'outlet' : 'title'}"`);
  const blocks: ArticleBlock[] = file.blocks.map((block) => (block.kind === 'heading' ? { kind: 'heading', text: block.text } : { kind: 'paragraph', text: block.lines.join(' ') }));
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph').map((block) => block.text);
  if (paragraphs.length === 0) throw new IngestError(options.input, 'has no body paragraphs', 'لا فقرات في متن المقالة');
  const declared = field(frontMatter, 'language');
  const published = timestampField(frontMatter, 'published');
  const date = normalizeTimestamp(field(frontMatter, 'date'))?.slice(0, 10) ?? published?.slice(0, 10) ?? null;
  const url = field(frontMatter, 'url');
  return {
    title,
    author: field(frontMatter, 'author'),
    outlet,
    date: date ?? options.today,
    dateGuessed: date === null,
    published,
    updated: timestampField(frontMatter, 'updated'),
    language: decideLanguage(options.input, paragraphs.join('\n'), declared, options.lang),
    dateline: field(frontMatter, 'dateline') ?? detectDateline(paragraphs[0]),
    // A URL that cannot be cleaned is passed on as written, for the schema to refuse with its line.
    url: cleanArticleUrl(url) ?? url,
    sourceFile: field(frontMatter, 'source_file') ?? options.fileName,
    blocks,
  };
}
