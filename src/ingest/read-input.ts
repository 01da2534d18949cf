/**
 * Turns what the admin typed (a URL or a file path) into text of a known kind:
 * an HTML page, a feed, or a Markdown article. URLs are classified by their
 * Content-Type (sniffing the first bytes only when the server says nothing
 * useful), files by their extension; anything else is refused by name.
 */
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { decodeBytes } from './charset.js';
import { IngestError } from './errors.js';
import { fetchResource, DEFAULT_FETCH_LIMITS } from './fetch-resource.js';
import type { FetchLimits } from './read-response.js';
import type { OutboundPolicy } from './outbound/address-policy.js';

export type InputKind = 'page' | 'feed' | 'markdown';

export interface LoadedInput {
  kind: InputKind;
  text: string;
  /** The URL the text came from (after redirects), or null for a file. */
  url: string | null;
  /** File name of a local input (for front matter source_file). */
  fileName: string | null;
}

const HTML_TYPES = /^(text\/html|application\/xhtml\+xml)\b/i;
const FEED_TYPES = /^(application\/(rss|atom|rdf|feed)\+xml|application\/xml|text\/xml)\b/i;
const UNSPECIFIC_TYPES = /^(application\/octet-stream|text\/plain|binary\/octet-stream)\b/i;

export function isUrl(input: string): boolean {
  return /^https?:\/\//i.test(input);
}

/** Looks at the start of a text: an HTML document, an XML document (feed), or neither. */
export function sniffKind(text: string): InputKind | null {
  const head = text.slice(0, 1024).replace(/^\s+/, '').toLowerCase();
  if (/^(<\?xml[^>]*>\s*)?(<!--[\s\S]*?-->\s*)*<(rss|feed|rdf:rdf)\b/.test(head)) return 'feed';
  if (/^(<!--[\s\S]*?-->\s*)*(<!doctype html|<html\b|<head\b|<body\b)/.test(head)) return 'page';
  if (head.startsWith('<?xml')) return 'feed';
  return null;
}

export interface LoadOptions {
  limits?: FetchLimits;
  policy?: OutboundPolicy;
}

/** What an admin typed: a URL, or a path on this machine (the CLI only; Discord and feeds never reach loadFile). */
export async function loadInput(input: string, options: LoadOptions = {}): Promise<LoadedInput> {
  return isUrl(input) ? loadUrl(input, options) : loadFile(input, options.limits ?? DEFAULT_FETCH_LIMITS);
}

export async function loadUrl(url: string, options: LoadOptions): Promise<LoadedInput> {
  const fetched = await fetchResource(url, options);
  const contentType = fetched.contentType ?? '';
  const { text } = decodeBytes(fetched.bytes, fetched.contentType);
  let kind: InputKind | null = HTML_TYPES.test(contentType) ? 'page' : FEED_TYPES.test(contentType) ? 'feed' : null;
  if (!kind && (!contentType || UNSPECIFIC_TYPES.test(contentType))) kind = sniffKind(text);
  if (!kind) {
    throw new IngestError(url, `is not an HTML page or a feed (Content-Type: ${contentType || 'none'})`, `ليس صفحة HTML ولا موجز أخبار (نوع المحتوى: ${contentType || 'غير محدد'})`);
  }
  return { kind, text, url: fetched.url, fileName: null };
}

function loadFile(filePath: string, limits: FetchLimits): LoadedInput {
  let size: number;
  try {
    size = statSync(filePath).size;
  } catch {
    throw new IngestError(filePath, 'no such file (give a path, or a URL starting with http:// or https://)', 'لا يوجد ملف بهذا الاسم');
  }
  if (size > limits.maxBytes) throw new IngestError(filePath, `larger than ${(limits.maxBytes / 1048576).toFixed(1)} MB`, 'الملف أكبر من الحد المسموح');
  const bytes = readFileSync(filePath);
  const extension = path.extname(filePath).toLowerCase();
  const fileName = path.basename(filePath);
  if (['.md', '.markdown'].includes(extension)) return { kind: 'markdown', text: decodeBytes(bytes, 'text/markdown; charset=utf-8').text, url: null, fileName };
  const { text } = decodeBytes(bytes, null);
  const byExtension: InputKind | null = ['.html', '.htm', '.xhtml'].includes(extension) ? 'page' : ['.xml', '.rss', '.atom'].includes(extension) ? 'feed' : null;
  const kind = byExtension ?? (bytes.includes(0) ? null : sniffKind(text));
  if (!kind) {
    throw new IngestError(filePath, 'is not an HTML page (.html), a Markdown article (.md) or a feed (.xml, .rss, .atom)', 'ليس صفحة HTML ولا مقالة Markdown ولا موجز أخبار');
  }
  return { kind, text, url: null, fileName };
}
