/**
 * HTML page → ExtractedArticle. Mozilla's Readability (the Firefox Reader View
 * engine) finds the article body and its title; linkedom gives it a DOM
 * without a browser. Around it: the page's metadata (JSON-LD, meta tags,
 * byline: page-metadata.ts), chrome removal before (page-chrome.ts) and after
 * (chrome-lines.ts, whose byline and date lines fill missing metadata), and
 * the reduction of its HTML to what an article file holds: `## ` sections
 * (from h2–h4) and plain paragraphs.
 */
import { Readability } from '@mozilla/readability';
import { detectDateline, type Language } from '../core/public.js';
import { decideLanguage } from './article-language.js';
import { collapsedText, parseDocument, tagOf, TEXT_NODE, type DomElement } from './dom.js';
import { IngestError } from './errors.js';
import { removeChromeLines, type LineContext, type VisibleFacts } from './chrome-lines.js';
import { outletFromUrl, readPageMetadata } from './page-metadata.js';
import { authorFromByline } from './page-header.js';
import { removeStructuralChrome } from './page-chrome.js';
import { normalizeTimestamp } from './timestamps.js';
import type { ArticleBlock, ExtractedArticle } from './types.js';

export interface ExtractOptions {
  /** Where the page came from (URL or file path): named in every error. */
  input: string;
  url: string | null;
  fileName?: string | null;
  lang?: Language;
  /** Fallbacks from a feed item when the page itself lacks them. */
  fallback?: { title?: string | null; date?: string | null; outlet?: string | null };
  /** Today's date (YYYY-MM-DD) for pages that give none. */
  today: string;
  /** Fewer characters of article text than this: empty, paywalled or not an article. */
  minTextLength?: number;
}

export const MIN_TEXT_LENGTH = 400;
const PARAGRAPH_TAGS = new Set(['p', 'pre', 'blockquote', 'li', 'dd']);
const SKIPPED_TAGS = new Set(['figure', 'figcaption', 'img', 'picture', 'video', 'audio']);

/** A table of figures is skipped; a layout table (old Arabic sites set whole articles in one) is read through. */
function isDataTable(table: DomElement): boolean {
  return !Array.from(table.querySelectorAll('td, th')).some((cell) => collapsedText(cell).length > 100);
}

/** Walks Readability's output in document order, keeping headings and paragraph-level text. */
function collectBlocks(root: DomElement): ArticleBlock[] {
  const blocks: ArticleBlock[] = [];
  const visit = (element: DomElement) => {
    for (const child of Array.from(element.children)) {
      const tag = tagOf(child);
      if (SKIPPED_TAGS.has(tag) || (tag === 'table' && isDataTable(child))) continue;
      if (/^h[1-6]$/.test(tag)) blocks.push({ kind: 'heading', text: collapsedText(child) });
      else if (PARAGRAPH_TAGS.has(tag) && !child.querySelector('p, li, h2, h3, h4')) blocks.push({ kind: 'paragraph', text: collapsedText(child) });
      else if (child.children.length === 0 || hasOwnText(child)) blocks.push({ kind: 'paragraph', text: collapsedText(child) });
      else visit(child);
    }
  };
  visit(root);
  return blocks.filter((block) => block.text.length > 0);
}

function hasOwnText(element: DomElement): boolean {
  return Array.from(element.childNodes).some((node) => node.nodeType === TEXT_NODE && (node.textContent ?? '').trim().length > 0);
}

/** Drops chrome and the title repeated as a heading; keeps a heading only when a paragraph follows it. */
function tidyBlocks(blocks: ArticleBlock[], context: LineContext, title: string): { blocks: ArticleBlock[]; facts: VisibleFacts } {
  const cleaned = removeChromeLines(blocks, context);
  const kept = cleaned.blocks.filter((block) => !(block.kind === 'heading' && block.text === title));
  return { blocks: kept.filter((block, index) => block.kind === 'paragraph' || kept[index + 1]?.kind === 'paragraph'), facts: cleaned.facts };
}

/** "Site - Title" or "Title | Site" → "Title": Readability strips a site suffix but not always a prefix. */
function withoutSiteName(title: string, outlet: string): string {
  if (!outlet) return title;
  for (const separator of [' - ', ' | ', ' – ', ' — ', ' :: ', ' » ']) {
    if (title.startsWith(outlet + separator)) return title.slice(outlet.length + separator.length).trim();
    if (title.endsWith(separator + outlet)) return title.slice(0, -(outlet.length + separator.length)).trim();
  }
  return title;
}

function paragraphLength(blocks: ArticleBlock[]): number {
  return blocks.reduce((sum, block) => sum + (block.kind === 'paragraph' ? block.text.length : 0), 0);
}

/** Drops an update that only restates the publication. */
function distinctUpdate(updated: string | null | undefined, published: string | null): string | null {
  return updated && updated !== published ? updated : null;
}

export function extractArticle(html: string, options: ExtractOptions): ExtractedArticle {
  // <br> has no text: without a space before it, "line one<br>line two" would read "line oneline two".
  const prepared = html.replace(/<br\b/gi, ' <br');
  const document = parseDocument(prepared);
  const metadata = readPageMetadata(document, options.url);
  removeStructuralChrome(document);
  const parsed = new Readability<DomElement>(document as never, { serializer: (node) => node as unknown as DomElement, charThreshold: 300 }).parse();
  const outlet = (metadata.siteName ?? parsed?.siteName ?? options.fallback?.outlet ?? outletFromUrl(metadata.canonicalUrl) ?? '').trim();
  const title = withoutSiteName((parsed?.title || metadata.headline || options.fallback?.title || '').replace(/\s+/g, ' ').trim(), outlet);
  const knownPublished = metadata.published ?? normalizeTimestamp(options.fallback?.date);
  const context: LineContext = {
    pageNames: [outlet, title],
    section: metadata.section,
    defaultYear: Number((knownPublished ?? options.today).slice(0, 4)),
    defaultDate: knownPublished?.slice(0, 10) ?? null,
  };
  let cleaned = parsed?.content ? tidyBlocks(collectBlocks(parsed.content), context, title) : { blocks: [], facts: {} };
  if (paragraphLength(cleaned.blocks) === 0) {
    // Readability can discard a page-wide container outright (seen with ASP.NET's page <form> on linkedom);
    // the page without its chrome is then the best text there is. A short result (a paywall teaser) is not replaced.
    const fresh = parseDocument(prepared);
    removeStructuralChrome(fresh);
    cleaned = fresh.body ? tidyBlocks(collectBlocks(fresh.body), context, title) : { blocks: [], facts: {} };
  }
  const { blocks, facts } = cleaned;
  const paragraphs = blocks.filter((block) => block.kind === 'paragraph');
  const textLength = paragraphLength(paragraphs);
  const minimum = options.minTextLength ?? MIN_TEXT_LENGTH;
  if (textLength < minimum) {
    throw new IngestError(
      options.input,
      `only ${textLength} characters of article text found (at least ${minimum} needed): the page is empty, behind a paywall, or not an article`,
      `لم يُعثر إلا على ${textLength} حرفًا من نص المقالة (المطلوب ${minimum} على الأقل): الصفحة فارغة أو خلف جدار اشتراك أو ليست مقالة`,
    );
  }
  if (!title) throw new IngestError(options.input, 'the page has no title', 'الصفحة بلا عنوان');
  const language = decideLanguage(options.input, paragraphs.map((block) => block.text).join('\n'), metadata.declaredLanguage, options.lang);
  // Metadata first; the byline and date lines printed in the text fill what it lacks.
  const published = metadata.published ?? facts.published ?? knownPublished;
  return {
    title,
    author: metadata.author ?? facts.author ?? authorFromByline(parsed?.byline),
    outlet: outlet || 'unknown outlet',
    date: published?.slice(0, 10) ?? options.today,
    dateGuessed: published === null,
    published,
    updated: distinctUpdate(metadata.updated ?? facts.updated, published),
    language,
    dateline: metadata.dateline ?? facts.dateline ?? detectDateline(paragraphs[0]?.text),
    url: metadata.canonicalUrl,
    sourceFile: options.fileName ?? null,
    blocks,
  };
}
