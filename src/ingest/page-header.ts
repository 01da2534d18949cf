/**
 * What a page shows of its article's byline and dates above the text, when it
 * declares them nowhere else: a byline element ("By Jane Whitfield"), and the
 * byline and date lines between the headline and the first prose paragraph.
 */
import { TUNING } from '../core/public.js';
import { collapsedText, tagOf, type DomDocument } from './dom.js';
import { joinNames, MAX_META_LINE, namesIn, readMetaLine, type LineFacts } from './meta-lines.js';
import { phraseList } from './chrome-phrases.js';

const BYLINE_ELEMENTS = '[itemprop="author"], [rel="author"], .byline, [class*="byline"], .author-name, .author';

/** "By Jane Whitfield · March 2, 2025" or «بقلم: مراد السيد» printed in a byline element, as names. */
export function authorFromByline(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  if (!text || /^https?:\/\//i.test(text) || text.length > MAX_META_LINE) return null;
  const fromLine = readMetaLine(text, { defaultYear: null, defaultDate: null })?.facts.author;
  if (fromLine) return fromLine;
  const names = namesIn(phraseList('byline-prefixes.txt', { labels: false }).restAfterOpening(text) ?? text);
  return names ? joinNames(names) : null;
}

export function visibleAuthor(document: DomDocument): string | null {
  for (const element of Array.from(document.querySelectorAll(BYLINE_ELEMENTS)).slice(0, 10)) {
    const author = authorFromByline(collapsedText(element));
    if (author) return author;
  }
  return null;
}

const HEADER_LINE_TAGS = 'p, div, span, time, li, address, small';
const BLOCK_CHILDREN = 'p, div, li, ul, ol, section, article, header, table';
// The article's own header ends where its prose begins; a line this long that is not metadata is prose.

/**
 * Byline and date lines printed above the article text ("By Jane Whitfield ·
 * March 1, 2025 · 4 min read"), read from the DOM before Readability, which
 * drops article headers whole. Only the lines between the headline and the
 * first prose paragraph of the <article> (or <main>, or page) count.
 */
export function headerLineFacts(document: DomDocument, published: string | null): LineFacts {
  const root = document.querySelector('article') ?? document.querySelector('main') ?? document.body;
  const facts: LineFacts = {};
  const context = { defaultYear: published ? Number(published.slice(0, 4)) : null, defaultDate: published?.slice(0, 10) ?? null };
  // Above the headline, a date is usually the site's "today" in a top bar: reading starts at the <h1>.
  let reading = root?.querySelector('h1') === null;
  for (const element of Array.from(root?.querySelectorAll(`h1, ${HEADER_LINE_TAGS}`) ?? []).slice(0, 400)) {
    if (tagOf(element) === 'h1') reading = true;
    if (!reading || tagOf(element) === 'h1' || element.querySelector(BLOCK_CHILDREN)) continue;
    const text = collapsedText(element);
    const meta = text.length <= MAX_META_LINE ? readMetaLine(text, context) : null;
    if (meta) Object.entries(meta.facts).forEach(([key, value]) => (facts[key as keyof LineFacts] ??= value));
    else if (tagOf(element) === 'p' && text.length >= TUNING.extraction.proseLength) break;
  }
  return facts;
}
