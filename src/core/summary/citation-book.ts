/**
 * The numbered sources of a summary, shared by points and quotes: the same span
 * cited twice gets one number. A citation is only ever made by cutting a span
 * out of its paragraph, and is checked again before it is handed out.
 */
import { citationOf, isVerifiedCitation } from '../answer/citations.js';
import type { Article, Citation, Paragraph } from '../types.js';

export class CitationBook {
  private readonly byKey = new Map<string, Citation>();

  /** Cites paragraph.text[start, end) and returns its number. */
  cite(article: Article, paragraph: Paragraph, start: number, end: number, quoteTranslation: string | null, score: number): number {
    const key = `${article.meta.id}#${paragraph.number}:${start}-${end}`;
    const existing = this.byKey.get(key);
    if (existing) return existing.n;
    const citation = citationOf(this.byKey.size + 1, article, paragraph, { quote: paragraph.text.slice(start, end), quoteTranslation }, score);
    assertVerified(citation);
    this.byKey.set(key, citation);
    return citation.n;
  }

  list(): Citation[] {
    return [...this.byKey.values()];
  }
}

/** A quote that is not in its paragraph is a bug, never something to show. */
export function assertVerified(citation: Citation): void {
  if (!isVerifiedCitation(citation)) {
    throw new Error(`summary citation [${citation.n}] quote is not an exact substring of ${citation.articleId} ¶${citation.paragraph}`);
  }
}
