/**
 * What a page says about its article, read from the untouched document before
 * any chrome is removed. Sources in order of trust: JSON-LD (NewsArticle and
 * kin), then Open Graph and other meta tags, then what the page shows (a
 * byline element, <time datetime>, byline and date lines above the text:
 * page-header.ts).
 * Lines inside the extracted text come last (chrome-lines.ts) and only fill
 * what is still missing.
 */
import { canonicalArticleUrl } from '../core/public.js';
import type { DomDocument } from './dom.js';
import { readLinkedArticle } from './json-ld.js';
import { joinNames } from './meta-lines.js';
import { headerLineFacts, visibleAuthor } from './page-header.js';
import { phraseList } from './chrome-phrases.js';
import { normalizeTimestamp } from './timestamps.js';

export interface PageMetadata {
  /** Same-site <link rel=canonical>, og:url or JSON-LD url, else the page's URL; without tracking parameters. */
  canonicalUrl: string | null;
  /** Primary subtag of <html lang>, lower-case ("ar" for "ar-EG"), or null. */
  declaredLanguage: string | null;
  /** ISO date or date-time (see timestamps.ts). */
  published: string | null;
  updated: string | null;
  author: string | null;
  siteName: string | null;
  /** og:title, else the first <h1>, else <title>: for when Readability finds no title. */
  headline: string | null;
  /** The page's section ("Central Asia"), printed above the title as a kicker. */
  section: string | null;
  dateline: string | null;
}

const PUBLISHED_META = ['article:published_time', 'datePublished', 'date', 'pubdate', 'publishdate', 'DC.date.issued', 'dc.date', 'sailthru.date', 'parsely-pub-date'];
const UPDATED_META = ['article:modified_time', 'og:updated_time', 'dateModified', 'last-modified'];
const AUTHOR_META = ['author', 'article:author', 'parsely-author', 'sailthru.author', 'dc.creator', 'DC.creator', 'byl'];

/** A meta tag's content by name, property or itemprop. */
function metaContent(document: DomDocument, name: string): string | null {
  for (const attribute of ['property', 'name', 'itemprop']) {
    const value = document.querySelector(`meta[${attribute}="${name}"]`)?.getAttribute('content')?.trim();
    if (value) return value;
  }
  return null;
}

function firstMeta(document: DomDocument, names: readonly string[]): string | null {
  for (const name of names) {
    const value = metaContent(document, name);
    if (value) return value;
  }
  return null;
}

/** A name the page declares (JSON-LD, meta tag): trusted as a name, less a "By" and never a URL (article:author often is one). */
function declaredName(value: string | null | undefined): string | null {
  const text = value?.replace(/\s+/g, ' ').trim();
  if (!text || /^https?:\/\//i.test(text) || text.length > 100) return null;
  return (phraseList('byline-prefixes.txt', { labels: false }).restAfterOpening(text) ?? text).trim() || null;
}

function timeElement(document: DomDocument, selector: string): string | null {
  return document.querySelector(selector)?.getAttribute('datetime')?.trim() || null;
}

const TITLE_SEPARATORS = [' | ', ' - ', ' – ', ' — ', ' :: ', ' » ', ': '];

/** "Site | Headline" or "Headline - Site" in <title> beside the <h1> "Headline": the site's name, on pages that declare none. */
function siteNameFromTitle(document: DomDocument): string | null {
  const title = document.querySelector('title')?.textContent?.replace(/\s+/g, ' ').trim();
  const headline = document.querySelector('h1')?.textContent?.replace(/\s+/g, ' ').trim();
  if (!title || !headline) return null;
  for (const separator of TITLE_SEPARATORS) {
    if (title.startsWith(headline + separator)) return title.slice(headline.length + separator.length).trim() || null;
    if (title.endsWith(separator + headline)) return title.slice(0, -(headline.length + separator.length)).trim() || null;
  }
  return null;
}

export function readPageMetadata(document: DomDocument, pageUrl: string | null): PageMetadata {
  const linked = readLinkedArticle(document);
  const attribute = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name)?.trim() || null;
  const lang = document.documentElement?.getAttribute('lang') ?? attribute('meta[http-equiv="content-language"]', 'content') ?? linked?.language ?? null;
  const linkedAuthors = (linked?.authors ?? []).map(declaredName).filter((name): name is string => name !== null);
  const publishedValues = [linked?.published, firstMeta(document, PUBLISHED_META), timeElement(document, 'time[itemprop="datePublished"], time[pubdate], time.published'), timeElement(document, 'time[datetime]')];
  const published = publishedValues.map(normalizeTimestamp).find((value) => value !== null) ?? null;
  const updated = [linked?.modified, firstMeta(document, UPDATED_META), timeElement(document, 'time[itemprop="dateModified"], time.updated')].map(normalizeTimestamp).find((value) => value !== null) ?? null;
  const header = headerLineFacts(document, published);
  return {
    canonicalUrl: canonicalArticleUrl(pageUrl, [attribute('link[rel="canonical"]', 'href'), metaContent(document, 'og:url'), linked?.url]),
    declaredLanguage: lang ? lang.trim().toLowerCase().split(/[-_]/)[0]! || null : null,
    published: published ?? header.published ?? null,
    updated: updated ?? header.updated ?? null,
    author: (linkedAuthors.length > 0 ? joinNames(linkedAuthors) : null) ?? declaredName(firstMeta(document, AUTHOR_META)) ?? visibleAuthor(document) ?? header.author ?? null,
    siteName: linked?.publisher ?? metaContent(document, 'og:site_name') ?? metaContent(document, 'application-name') ?? siteNameFromTitle(document),
    headline: linked?.headline ?? metaContent(document, 'og:title') ?? (document.querySelector('h1')?.textContent?.trim() || document.querySelector('title')?.textContent?.trim() || null),
    section: linked?.section ?? metaContent(document, 'article:section'),
    dateline: linked?.dateline ?? null,
  };
}

/** Outlet name from a host when the page names none: "www.al-adala.example" → "al-adala.example". */
export function outletFromUrl(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).hostname.replace(/^www\./, '') || null;
  } catch {
    return null;
  }
}
