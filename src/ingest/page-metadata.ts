/**
 * Metadata Readability does not give (canonical URL, the page's declared
 * language, a <time datetime> date) read from the untouched document, plus the
 * small normalisers shared with feeds: dates to YYYY-MM-DD and datelines.
 */
import type { DomDocument } from './dom.js';

export interface PageMetadata {
  canonicalUrl: string | null;
  /** Primary subtag of <html lang>, lower-case ("ar" for "ar-EG"), or null. */
  declaredLanguage: string | null;
  /** The first date-like value found in meta tags or <time datetime>. */
  publishedTime: string | null;
  siteName: string | null;
  /** og:title, else the first <h1>, else <title>: for when Readability finds no title. */
  headline: string | null;
}

const DATE_META = [
  'meta[property="article:published_time"]',
  'meta[name="article:published_time"]',
  'meta[itemprop="datePublished"]',
  'meta[name="date"]',
  'meta[name="pubdate"]',
  'meta[name="publishdate"]',
  'meta[name="DC.date.issued"]',
  'meta[name="dc.date"]',
];

function absoluteUrl(value: string | null | undefined, base: string | null): string | null {
  if (!value?.trim()) return null;
  try {
    const url = new URL(value.trim(), base ?? undefined);
    return /^https?:$/.test(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

export function readPageMetadata(document: DomDocument, pageUrl: string | null): PageMetadata {
  const attribute = (selector: string, name: string) => document.querySelector(selector)?.getAttribute(name)?.trim() || null;
  const canonical = absoluteUrl(attribute('link[rel="canonical"]', 'href'), pageUrl) ?? absoluteUrl(attribute('meta[property="og:url"]', 'content'), pageUrl);
  const lang = document.documentElement?.getAttribute('lang') ?? attribute('meta[http-equiv="content-language"]', 'content');
  let publishedTime: string | null = null;
  for (const selector of DATE_META) publishedTime ??= attribute(selector, 'content');
  publishedTime ??= attribute('time[datetime]', 'datetime');
  return {
    canonicalUrl: canonical ?? pageUrl,
    declaredLanguage: lang ? lang.trim().toLowerCase().split(/[-_]/)[0]! || null : null,
    publishedTime,
    siteName: attribute('meta[property="og:site_name"]', 'content') ?? attribute('meta[name="application-name"]', 'content'),
    headline: attribute('meta[property="og:title"]', 'content') ?? (document.querySelector('h1')?.textContent?.trim() || document.querySelector('title')?.textContent?.trim() || null),
  };
}

/**
 * YYYY-MM-DD of a published time. An ISO timestamp keeps the date as written
 * ("2025-03-12T01:30+05:00" is 12 March where it was published, though 11 March
 * in UTC); other forms (RSS's RFC 822) go through Date.
 */
export function toIsoDate(value: string | null | undefined): string | null {
  if (!value) return null;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  const date = iso ? `${iso[1]}-${iso[2]}-${iso[3]}` : Number.isNaN(Date.parse(value)) ? null : new Date(Date.parse(value)).toISOString().slice(0, 10);
  if (!date) return null;
  const year = Number(date.slice(0, 4));
  return year >= 1900 && year <= 2200 && !Number.isNaN(Date.parse(date)) ? date : null;
}

/**
 * The place name news agencies open a story with ("أستانا – …", "ASTANA, March 12
 * (Reuters) - …"). The paragraph itself keeps it: quotes stay as published.
 */
export function detectDateline(firstParagraph: string | undefined): string | null {
  if (!firstParagraph) return null;
  const match = /^([\p{L}][\p{L}\s.'’]{0,30}?)\s*(?:,[^–—\-()]{0,25})?\s*(?:\([^)]{1,30}\))?\s*[–—-]\s+\S/u.exec(firstParagraph);
  if (!match) return null;
  const place = match[1]!.trim();
  return place.split(/\s+/).length <= 3 ? place : null;
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
