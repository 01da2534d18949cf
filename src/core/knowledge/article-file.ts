/**
 * Reads one Markdown article file into front matter and body blocks, keeping
 * line numbers so every problem can be reported as "file:line: what is wrong".
 *
 * Body format: `#`–`######` lines are section headings; paragraphs are separated
 * by blank lines. Inside a paragraph each line is kept: in a translation file
 * each line renders one sentence of the original paragraph.
 */
import type matter from 'gray-matter';
import { ArticleError } from '../../errors.js';
import { requiredOnFirstUse } from '../required-on-first-use.js';

const grayMatter = requiredOnFirstUse<typeof matter>('gray-matter');

export const MAX_ARTICLE_BYTES = 4 * 1024 * 1024;

export type BodyBlock =
  | { kind: 'heading'; text: string; line: number }
  | { kind: 'paragraph'; lines: string[]; line: number };

export interface ArticleFile {
  filePath: string;
  frontMatter: Record<string, unknown>;
  /** Line numbers of front matter keys, for precise error messages. */
  keyLines: Map<string, number>;
  blocks: BodyBlock[];
  /** First line of the body (after the front matter). */
  bodyLine: number;
  raw: string;
}

export function decodeArticleBytes(filePath: string, bytes: Uint8Array): string {
  if (bytes.length > MAX_ARTICLE_BYTES) {
    throw new ArticleError(filePath, undefined, `file is ${(bytes.length / 1048576).toFixed(1)} MB; articles are limited to ${MAX_ARTICLE_BYTES / 1048576} MB (split it into several articles)`);
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const lossy = new TextDecoder('utf-8').decode(bytes);
    const line = lossy.slice(0, lossy.indexOf('\uFFFD')).split('\n').length;
    throw new ArticleError(filePath, line, 'not valid UTF-8 text (save the file as UTF-8; Windows-1256 and binary files are not read)');
  }
  const nul = text.indexOf('\u0000');
  if (nul >= 0) throw new ArticleError(filePath, text.slice(0, nul).split('\n').length, 'contains binary data (NUL bytes)');
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}

export function parseArticleFile(filePath: string, text: string): ArticleFile {
  if (!text.startsWith('---\n')) {
    throw new ArticleError(filePath, 1, 'missing front matter: the file must start with a "---" line, then title, outlet, date, language, then "---"');
  }
  let parsed: matter.GrayMatterFile<string>;
  try {
    // An empty options object disables gray-matter's cache, which would keep stale results across reloads.
    parsed = grayMatter()(text, {});
  } catch (error) {
    const mark = (error as { mark?: { line?: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    throw new ArticleError(filePath, mark?.line === undefined ? 1 : mark.line + 1, `front matter is not valid YAML: ${reason}`);
  }
  const frontMatterLines = text.slice(0, text.length - parsed.content.length).split('\n').length - 1;
  const keyLines = new Map<string, number>();
  text.split('\n').slice(0, frontMatterLines).forEach((line, index) => {
    const key = /^([A-Za-z_][\w-]*)\s*:/.exec(line)?.[1];
    if (key && !keyLines.has(key)) keyLines.set(key, index + 1);
  });
  const bodyLine = frontMatterLines + 1;
  return { filePath, frontMatter: parsed.data, keyLines, blocks: parseBody(parsed.content, bodyLine), bodyLine, raw: text };
}

function parseBody(body: string, firstLine: number): BodyBlock[] {
  const blocks: BodyBlock[] = [];
  let current: { lines: string[]; line: number } | null = null;
  const close = () => {
    if (current) blocks.push({ kind: 'paragraph', lines: current.lines, line: current.line });
    current = null;
  };
  body.split('\n').forEach((rawLine, index) => {
    const line = rawLine.trim();
    const lineNumber = firstLine + index;
    if (!line) return close();
    const heading = /^#{1,6}\s+(.*)$/.exec(line);
    if (heading) {
      close();
      blocks.push({ kind: 'heading', text: heading[1]!.trim(), line: lineNumber });
      return;
    }
    if (current) current.lines.push(line);
    else current = { lines: [line], line: lineNumber };
  });
  close();
  return blocks;
}
