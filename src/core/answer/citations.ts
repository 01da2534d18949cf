/**
 * Citations are built only by cutting a span out of the paragraph they cite, and
 * checked again before any answer leaves the core: a quote that is not an exact
 * substring of its paragraph is never shown.
 */
import { otherLanguage } from '../text/language.js';
import type { ArticleHead, Citation, Paragraph } from '../types.js';

export interface SentenceRange {
  /** Index of the first and last sentence (inclusive) in paragraph.sentences. */
  first: number;
  last: number;
  /** Character offsets of the slice when it is narrower than the sentences (a quotation mark left outside). */
  start?: number;
  end?: number;
}

export function quoteOf(paragraph: Paragraph, range: SentenceRange): string {
  const start = range.start ?? paragraph.sentences[range.first]!.start;
  const end = range.end ?? paragraph.sentences[range.last]!.end;
  return paragraph.text.slice(start, end);
}

const QUOTATION_MARKS = /["“”«»]/g;
const CLOSERS: Record<string, string> = { '“': '”', '"': '"', '«': '»', '”': '”', '»': '»' };

/**
 * A rendering (never a verified quote) with its quotation marks balanced: a
 * closing mark left hanging at the end is dropped, an opening mark left open is
 * closed at the end ("The mayor said: "The line will open in May."").
 */
export function balanceQuotationMarks(text: string): string {
  const marks = text.match(QUOTATION_MARKS) ?? [];
  if (marks.length % 2 === 0) return text;
  const hanging = /^(.*?)\s*["”»]([.!?…]*)$/su.exec(text);
  if (hanging && (hanging[1]!.match(QUOTATION_MARKS)?.length ?? 0) % 2 === 0) return `${hanging[1]}${hanging[2]}`;
  return `${text}${CLOSERS[marks.at(-1)!] ?? '”'}`;
}

/**
 * English rendering of the quoted sentences, when the translation is
 * sentence-aligned: the same sentences as the quote, quotation marks balanced.
 */
export function quoteTranslationOf(paragraph: Paragraph, range: SentenceRange): string | null {
  if (!paragraph.sentenceTranslations) return null;
  return balanceQuotationMarks(paragraph.sentenceTranslations.slice(range.first, range.last + 1).join(' '));
}

export function makeCitation(n: number, article: ArticleHead, paragraph: Paragraph, range: SentenceRange, score: number): Citation {
  return citationOf(n, article, paragraph, { quote: quoteOf(paragraph, range), quoteTranslation: quoteTranslationOf(paragraph, range) }, score);
}

/** The one shape of a citation, for answers and summaries alike: `quote` is a span cut out of `paragraph.text`. */
export function citationOf(n: number, article: ArticleHead, paragraph: Paragraph, span: { quote: string; quoteTranslation: string | null }, score: number): Citation {
  return {
    n,
    articleId: article.meta.id,
    articleTitle: article.meta.title,
    section: paragraph.section,
    paragraph: paragraph.number,
    quote: span.quote,
    text: paragraph.text,
    translation: paragraph.translation,
    quoteTranslation: span.quoteTranslation,
    score: Math.round(score * 1000) / 1000,
    url: article.meta.url ?? null,
    articleTitleTranslation: article.translation?.title ?? null,
    sectionTranslation: paragraph.sectionTranslation,
    ...(article.translation ? { translationLanguage: otherLanguage(article.meta.language) } : {}),
    ...(article.translation?.machine ? { machineTranslation: true } : {}),
  };
}

export function isVerifiedCitation(citation: Citation): boolean {
  return citation.quote.trim().length > 0 && citation.text.includes(citation.quote);
}

/** Keeps only citations whose quote is in their paragraph; reports the others. */
export function keepVerifiedCitations(citations: Citation[], onRejected?: (citation: Citation) => void): Citation[] {
  return citations.filter((citation) => {
    const verified = isVerifiedCitation(citation);
    if (!verified) onRejected?.(citation);
    return verified;
  });
}
