/**
 * Canonical article URLs: the address an article is saved, deduplicated and
 * shown under, without the campaign tags and click identifiers that feeds and
 * share buttons add (`?utm_source=rss`, `fbclid`…; the list is
 * knowledge/language/tracking-parameters.txt). Pure string work, no I/O beyond
 * reading that list once, so ingest and the renderers can both use it.
 */
import type * as Tldts from 'tldts';
import { requiredOnFirstUse } from '../required-on-first-use.js';
import { readWordList } from '../text/word-lists.js';

const tldts = requiredOnFirstUse<typeof Tldts>('tldts');

interface TrackingRules {
  exact: Set<string>;
  prefixes: string[];
}

let rules: TrackingRules | null = null;

function trackingRules(): TrackingRules {
  if (rules) return rules;
  const names = readWordList('tracking-parameters.txt').map((name) => name.toLowerCase());
  rules = {
    exact: new Set(names.filter((name) => !name.endsWith('*'))),
    prefixes: names.filter((name) => name.endsWith('*')).map((name) => name.slice(0, -1)),
  };
  return rules;
}

export function isTrackingParameter(name: string): boolean {
  const lower = name.toLowerCase();
  const { exact, prefixes } = trackingRules();
  return exact.has(lower) || prefixes.some((prefix) => lower.startsWith(prefix));
}

/** An absolute http(s) URL (resolved against `base` when relative), or null. */
function parseHttpUrl(value: string | null | undefined, base?: string | null): URL | null {
  const text = value?.trim();
  if (!text) return null;
  try {
    const url = base ? new URL(text, base) : new URL(text);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}

function decodedName(pair: string): string {
  const name = pair.split('=')[0]!.replace(/\+/g, ' ');
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * The URL without tracking parameters, fragment and credentials. Parentheses,
 * brackets and backticks are percent-encoded: the result is always a valid
 * `url:` front-matter value and cannot end a Markdown link early. The other
 * parameters keep their order and spelling. Null for anything but http(s).
 */
export function cleanArticleUrl(value: string | null | undefined, base?: string | null): string | null {
  const url = parseHttpUrl(value, base);
  if (!url) return null;
  url.username = '';
  url.password = '';
  url.hash = '';
  const kept = url.search
    .slice(1)
    .split('&')
    .filter((pair) => pair.length > 0 && !isTrackingParameter(decodedName(pair)));
  url.search = kept.length > 0 ? `?${kept.join('&')}` : '';
  return url.href.replace(/[()[\]`]/g, (character) => `%${character.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Same host, or the same registrable domain (www., m. and amp. hosts of one outlet; the public suffix list decides). */
export function isSameSite(first: string, second: string): boolean {
  const firstUrl = parseHttpUrl(first);
  const secondUrl = parseHttpUrl(second);
  if (!firstUrl || !secondUrl) return false;
  if (firstUrl.hostname === secondUrl.hostname) return true;
  const domain = tldts().getDomain(firstUrl.hostname, { allowPrivateDomains: true });
  return domain !== null && domain === tldts().getDomain(secondUrl.hostname, { allowPrivateDomains: true });
}

/**
 * The canonical URL of a page fetched from `pageUrl` (null for a local file):
 * the first declared URL (`<link rel=canonical>`, then og:url, in the order
 * given) that is on the same site, else the page's own URL; cleaned either way.
 * A canonical pointing at another site (a syndicated copy) is not followed: the
 * copy is what was read. Without a page URL the first valid declaration is taken.
 */
export function canonicalArticleUrl(pageUrl: string | null, declared: readonly (string | null | undefined)[]): string | null {
  const page = cleanArticleUrl(pageUrl);
  for (const candidate of declared) {
    const resolved = cleanArticleUrl(candidate, page);
    if (resolved && (!page || isSameSite(resolved, page))) return resolved;
  }
  return page;
}
