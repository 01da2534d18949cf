/**
 * ExtractedArticle → a knowledge/ file in exactly the format of the hand-made
 * interview article (front matter id, title, outlet, dateline, date, language,
 * source_file, url, and author/published/updated when the page states them;
 * `## ` sections; one paragraph per block). The text is
 * checked with the real loader before anything touches the disk, and written
 * atomically (temp file + rename), so a reindex never sees half an article.
 */
import { closeSync, fsyncSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import { parseArticleFile } from '../core/knowledge/article-file.js';
import { readArticleMeta } from '../core/knowledge/article-schema.js';
import { buildArticle } from '../core/knowledge/build-article.js';
import { ArticleError } from '../errors.js';
import { IngestError } from './errors.js';
import type { ExtractedArticle } from './types.js';

/** YAML scalar: plain when unambiguous, else single-quoted (the interview's title style). */
function yamlValue(value: string, alwaysQuote = false): string {
  const plain = /^[^\s'"`!&*|>%@#{}[\],?:-][^#]*$/u.test(value) && !/:\s|\s$|^(true|false|null|yes|no|on|off|~|[-+.\d][\d.e+-]*)$/i.test(value);
  return plain && !alwaysQuote ? value : `'${value.replace(/'/g, "''")}'`;
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function articleMarkdown(id: string, article: ExtractedArticle): string {
  const lines = ['---', `id: ${id}`, `title: ${yamlValue(oneLine(article.title), true)}`, `outlet: ${yamlValue(oneLine(article.outlet))}`];
  if (article.dateline) lines.push(`dateline: ${yamlValue(oneLine(article.dateline))}`);
  lines.push(`date: ${article.date}`, `language: ${article.language}`);
  if (article.sourceFile) lines.push(`source_file: ${yamlValue(article.sourceFile)}`);
  if (article.url) lines.push(`url: ${yamlValue(article.url)}`);
  if (article.author) lines.push(`author: ${yamlValue(oneLine(article.author))}`);
  // Quoted: YAML would read an unquoted date-time as a timestamp and lose its offset.
  if (article.published) lines.push(`published: ${yamlValue(article.published, true)}`);
  if (article.updated) lines.push(`updated: ${yamlValue(article.updated, true)}`);
  lines.push('---', '');
  for (const block of article.blocks) {
    const text = oneLine(block.text);
    // A paragraph opening with "# " would read back as a heading; a zero-width joiner keeps it a paragraph without changing what readers see.
    lines.push(block.kind === 'heading' ? `## ${text}` : /^#{1,6}\s/.test(text) ? `\u200D${text}` : text, '');
  }
  return lines.join('\n');
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

export function writeFileAtomically(filePath: string, text: string): void {
  // The temporary name does not end in .md, so a reindex running meanwhile ignores it.
  const temporary = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.tmp`);
  try {
    const descriptor = openSync(temporary, 'w');
    try {
      writeSync(descriptor, text);
      fsyncSync(descriptor);
    } finally {
      closeSync(descriptor);
    }
    renameSync(temporary, filePath);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}
