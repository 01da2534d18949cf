/**
 * Is this article already in knowledge/? Two tests. Same canonical URL (after
 * removing what does not name the page: scheme, "www.", trailing slash,
 * fragment, utm_* tracking) — cheap and exact. Or near-identical text: a
 * syndicated copy carries the same story under another outlet's URL, chrome
 * and sometimes a changed letter form or a "Source:" line, so the texts are
 * compared as sets of character 5-gram shingles of the normalised words
 * (Jaccard ≥ 0.8). Character shingles tolerate the small spelling differences
 * normalisation does not fold, where word shingles would not. A syndicated
 * copy cut short (the first paragraphs of a known story) has a low Jaccard
 * with the whole, so a third test asks whether nearly all of the new text
 * (≥ 0.9 of its shingles, and at least a paragraph's worth) is contained in a
 * known article. The reverse, a known text contained in a longer new one, is
 * a fuller version and is added.
 */
import { hashString, normalizeText } from '../core/public.js';
import type { DuplicateMatch } from './types.js';

export const NEAR_DUPLICATE_THRESHOLD = 0.8;
/** Share of the new text's shingles found in a known article for it to count as a part of it. */
export const CONTAINED_THRESHOLD = 0.9;
/** Fewer shingles than this (about 60 words) is too little text to call a part of another by containment. */
const MIN_CONTAINED_SHINGLES = 300;
const SHINGLE_SIZE = 5;

export interface KnownArticle {
  id: string;
  title: string;
  url: string | null;
  /** Hashed shingles of the article's own-language paragraphs. */
  shingles: Set<number>;
}

/** Comparable form of a URL; null for anything that is not http(s). */
export function urlKey(url: string | null | undefined): string | null {
  if (!url) return null;
  try {
    const parsed = new URL(url);
    if (!/^https?:$/.test(parsed.protocol)) return null;
    const query = [...parsed.searchParams].filter(([name]) => !/^(utm_|fbclid$|gclid$|ref$)/i.test(name)).sort(([a], [b]) => a.localeCompare(b));
    const search = query.length > 0 ? `?${new URLSearchParams(query).toString()}` : '';
    return `${parsed.hostname.replace(/^www\./, '')}${parsed.port ? `:${parsed.port}` : ''}${parsed.pathname.replace(/\/+$/, '')}${search}`.toLowerCase();
  } catch {
    return null;
  }
}

export function textShingles(paragraphs: readonly string[]): Set<number> {
  // Letters and digits only: punctuation and quotation marks differ freely between copies.
  const text = normalizeText(paragraphs.join(' ')).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  const shingles = new Set<number>();
  for (let start = 0; start + SHINGLE_SIZE <= text.length; start += 1) shingles.add(hashString(text.slice(start, start + SHINGLE_SIZE)));
  if (shingles.size === 0 && text) shingles.add(hashString(text));
  return shingles;
}

function sharedCount(left: Set<number>, right: Set<number>): number {
  const [small, large] = left.size <= right.size ? [left, right] : [right, left];
  let shared = 0;
  for (const shingle of small) if (large.has(shingle)) shared += 1;
  return shared;
}

export function jaccard(left: Set<number>, right: Set<number>): number {
  if (left.size === 0 && right.size === 0) return 1;
  const shared = sharedCount(left, right);
  return shared / (left.size + right.size - shared);
}

/** Share of `part`'s shingles that `whole` contains. */
export function containment(part: Set<number>, whole: Set<number>): number {
  return part.size === 0 ? 0 : sharedCount(part, whole) / part.size;
}

/** The first known article with the same URL, else the most similar one at or above the threshold. */
export function findDuplicate(candidate: { urls: (string | null)[]; shingles: Set<number> }, known: readonly KnownArticle[]): DuplicateMatch | null {
  const keys = new Set(candidate.urls.map(urlKey).filter((key): key is string => key !== null));
  const sameUrl = known.find((article) => keys.has(urlKey(article.url) ?? '\u0000'));
  if (sameUrl) return { articleId: sameUrl.id, title: sameUrl.title, reason: 'url', similarity: 1 };
  let best: DuplicateMatch | null = null;
  for (const article of known) {
    // Jaccard can only reach the threshold when the sizes are within that ratio: skip it unread otherwise.
    const ratio = Math.min(article.shingles.size, candidate.shingles.size) / Math.max(article.shingles.size, candidate.shingles.size, 1);
    const similarity = ratio >= NEAR_DUPLICATE_THRESHOLD ? jaccard(candidate.shingles, article.shingles) : 0;
    if (similarity >= NEAR_DUPLICATE_THRESHOLD) {
      if (best?.reason !== 'text' || similarity > best.similarity) best = { articleId: article.id, title: article.title, reason: 'text', similarity };
      continue;
    }
    if (best?.reason === 'text' || candidate.shingles.size < MIN_CONTAINED_SHINGLES || candidate.shingles.size > article.shingles.size) continue;
    const contained = containment(candidate.shingles, article.shingles);
    if (contained >= CONTAINED_THRESHOLD && contained > (best?.similarity ?? 0)) best = { articleId: article.id, title: article.title, reason: 'contained', similarity: contained };
  }
  return best;
}
