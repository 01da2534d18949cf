/**
 * A readable, stable id (and file name) for a new article: the URL's slug when
 * it is in Latin letters ("aktau-desalination-plant-2025-03-12"), else the
 * first words of the title (Arabic transliterated: "aftah-mhta-…"), always
 * ending with the date so a story and its follow-up a week later differ. The
 * id format is the loader's: lower-case letters, digits and hyphens.
 */
import { normalizeText, transliterateArabic } from '../core/public.js';
import type { ExtractedArticle } from './types.js';

const MAX_SLUG = 60;
const TITLE_WORDS = 6;

function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function slugFromUrl(url: string | null): string {
  if (!url) return '';
  try {
    const segments = new URL(url).pathname.split('/').filter(Boolean).map((segment) => decodeURIComponent(segment).replace(/\.[a-z0-9]{2,5}$/i, ''));
    // The last segment with words in it: "/2025/03/12/aktau-desalination-plant/" → "aktau-desalination-plant".
    const wordy = [...segments].reverse().find((segment) => (slugify(segment).match(/[a-z]/g)?.length ?? 0) >= 4);
    return wordy ? slugify(wordy) : '';
  } catch {
    return '';
  }
}

function slugFromTitle(title: string): string {
  const words = normalizeText(title).split(/\s+/).filter(Boolean).slice(0, TITLE_WORDS);
  return slugify(words.map((word) => (/[\u0600-\u06FF]/.test(word) ? (transliterateArabic(word, 1)[0] ?? '') : word)).join(' '));
}

function trimSlug(slug: string): string {
  if (slug.length <= MAX_SLUG) return slug;
  return slug.slice(0, MAX_SLUG).replace(/-[^-]*$/, '') || slug.slice(0, MAX_SLUG);
}

/** An id not in `taken`: `<slug>-<date>`, then `-2`, `-3`… */
export function chooseArticleId(article: ExtractedArticle, taken: ReadonlySet<string>): string {
  const slug = trimSlug(slugFromUrl(article.url) || slugFromTitle(article.title) || 'article');
  const base = slug.includes(article.date) ? slug : `${slug}-${article.date}`;
  let id = base;
  for (let counter = 2; taken.has(id); counter += 1) id = `${base}-${counter}`;
  return id;
}
