/**
 * ExtractedArticle → a knowledge/ file in exactly the format of the hand-made
 * interview article (front matter id, title, outlet, dateline, date, language,
 * source_file, url, and author/published/updated when the page states them;
 * `## ` sections; one paragraph per block). The text is
 * checked with the real loader before anything touches the disk.
 */
import matter from 'gray-matter';
import { buildArticle, parseArticleFile, readArticleMeta } from '../core/public.js';
import { ArticleError } from '../errors.js';
import { IngestError } from './errors.js';
import type { ExtractedArticle } from './types.js';

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Front matter in the order a person reads it; absent fields are left out. */
function frontMatter(id: string, article: ExtractedArticle): Record<string, string> {
  const fields: [string, string | null][] = [
    ['id', id],
    ['title', oneLine(article.title)],
    ['outlet', oneLine(article.outlet)],
    ['dateline', article.dateline ? oneLine(article.dateline) : null],
    ['date', article.date],
    ['language', article.language],
    ['source_file', article.sourceFile],
    ['url', article.url],
    ['author', article.author ? oneLine(article.author) : null],
    ['published', article.published],
    ['updated', article.updated],
  ];
  return Object.fromEntries(fields.filter((field): field is [string, string] => field[1] !== null && field[1] !== ''));
}

/**
 * The article file. Front matter goes through gray-matter's YAML writer (the
 * loader reads it with the same library): a value that YAML would read as
 * something else ("12:30" as a number of minutes, "0x10" as 16, a date-time as
 * a Date) is quoted, everything else stays plain; lines are never folded.
 */
export function articleMarkdown(id: string, article: ExtractedArticle): string {
  const body: string[] = [];
  for (const block of article.blocks) {
    const text = oneLine(block.text);
    // A paragraph opening with "# " would read back as a heading; a zero-width joiner keeps it a paragraph without changing what readers see.
    body.push(block.kind === 'heading' ? `## ${text}` : /^#{1,6}\s/.test(text) ? `\u200D${text}` : text, '');
  }
  return matter.stringify(`\n${body.join('\n')}`, frontMatter(id, article), { lineWidth: -1 } as never);
}

/** Parses the text back with the knowledge loader: what is written is exactly what will be indexed. */
export function checkArticleMarkdown(input: string, filePath: string, id: string, markdown: string): void {
  try {
    const file = parseArticleFile(filePath, markdown);
    const meta = readArticleMeta(file, id);
    buildArticle(meta, file, null, 'check');
  } catch (error) {
    const reason = error instanceof ArticleError ? error.message : (error as Error).message;
    throw new IngestError(input, `the extracted article does not form a valid article file (${reason})`, 'المقالة المستخرجة لا تشكّل ملف مقالة صالحًا', { cause: error });
  }
}
