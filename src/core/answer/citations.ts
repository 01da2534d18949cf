/**
 * Citations are built only by cutting a span out of the paragraph they cite, and
 * checked again before any answer leaves the core: a quote that is not an exact
 * substring of its paragraph is never shown.
 */
import type { Article, Citation, Paragraph } from '../types.js';

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

/**
 * English rendering of the quoted sentences, when the translation is
 * sentence-aligned: the same sentences as the quote, an unmatched quotation
 * mark at either end left out.
 */
export function quoteTranslationOf(paragraph: Paragraph, range: SentenceRange): string | null {
  if (!paragraph.sentenceTranslations) return null;
  let text = paragraph.sentenceTranslations.slice(range.first, range.last + 1).join(' ');
  if ((text.match(QUOTATION_MARKS)?.length ?? 0) % 2 === 1) {
    const trimmed = text.replace(/["“”«»]([.!?…]*)$/, '$1');
    text = trimmed !== text ? trimmed : text.replace(/^([^"“”«»]*)["“”«»]\s*/, '$1');
  }
  return text;
}

export function makeCitation(n: number, article: Article, paragraph: Paragraph, range: SentenceRange, score: number): Citation {
  return {
    n,
    articleId: article.meta.id,
    articleTitle: article.meta.title,
    section: paragraph.section,
    paragraph: paragraph.number,
    quote: quoteOf(paragraph, range),
    text: paragraph.text,
    translation: paragraph.translation,
    quoteTranslation: quoteTranslationOf(paragraph, range),
    score: Math.round(score * 1000) / 1000,
    url: article.meta.url ?? null,
    articleTitleTranslation: article.translation?.title ?? null,
    sectionTranslation: paragraph.sectionTranslation,
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
