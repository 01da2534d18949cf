/**
 * One line per indexed article, in the reader's language (for /sources and
 * `npm run sources`): the title (the translation's when the article is in the
 * reader's other language and has one), then outlet · date · language,
 * paragraphs, translation (and into which language).
 * The address is the canonical one, without tracking parameters. Plain text:
 * each edge escapes and links it its own way.
 */
import type { ArticleListing } from '../engine-types.js';
import { ARABIC_NOUNS, arabicCount, englishCount } from '../text/counted.js';
import { otherLanguage } from '../text/language.js';
import type { Language } from '../types.js';
import { cleanArticleUrl } from './canonical-url.js';

export interface ListingLine {
  id: string;
  title: string;
  /** Outlet · date · language, paragraphs, translation: all in the reader's language. */
  details: string;
  url: string | null;
}

const WORDS = {
  // translation: keyed by the translation's language (always the article's other one).
  en: { language: { ar: 'Arabic', en: 'English' }, translation: { en: 'English translation', ar: 'Arabic translation' }, paragraphs: (n: number) => englishCount(n, 'paragraph'), separator: ', ' },
  ar: { language: { ar: 'بالعربية', en: 'بالإنجليزية' }, translation: { en: 'مع ترجمة إنجليزية', ar: 'مع ترجمة عربية' }, paragraphs: (n: number) => arabicCount(n, ARABIC_NOUNS.paragraph), separator: '، ' },
} as const;

export function listingLine(article: ArticleListing, language: Language): ListingLine {
  const words = WORDS[language];
  const facts = [words.language[article.language], words.paragraphs(article.paragraphs), ...(article.hasTranslation ? [words.translation[otherLanguage(article.language)]] : [])];
  return {
    id: article.id,
    title: article.language === language ? article.title : (article.titleTranslation ?? article.title),
    details: [article.outlet, article.date, facts.join(words.separator)].join(' · '),
    url: cleanArticleUrl(article.url),
  };
}

/** Newest first, then by id: the order both listings use. */
export function sortedListings(articles: readonly ArticleListing[]): ArticleListing[] {
  return [...articles].sort((left, right) => right.date.localeCompare(left.date) || left.id.localeCompare(right.id));
}
