/**
 * An article's record: the front matter a newsroom cares about (outlet,
 * author, publication date, dateline, title), as one citable text. A metadata
 * citation quotes a value exactly as it stands in this text, so the same
 * verification applies to it as to a paragraph's quote.
 */
import { otherLanguage, type Language } from '../text/language.js';
import type { ArticleHead, Citation, MetadataField } from '../types.js';

/** The day an article was published (YYYY-MM-DD): its `published` front matter, else its date. */
export function publicationDay(article: ArticleHead): string {
  return (article.meta.published ?? article.meta.date).slice(0, 10);
}

/** The field's value as written in the front matter, or null when the article does not give it. */
export function fieldValue(article: ArticleHead, field: MetadataField): string | null {
  const meta = article.meta;
  switch (field) {
    case 'outlet': return meta.outlet;
    case 'author': return meta.author ?? null;
    case 'published': return meta.published ?? meta.date;
    case 'dateline': return meta.dateline ?? null;
    case 'title': return meta.title;
  }
}

const FIELDS: MetadataField[] = ['title', 'outlet', 'author', 'published', 'dateline'];

/** The record as text, one `field: value` line per field the article gives. */
export function recordText(article: ArticleHead): string {
  return FIELDS.flatMap((field) => {
    const value = fieldValue(article, field);
    return value === null ? [] : [`${field}: ${value}`];
  }).join('\n');
}

export function metadataCitation(n: number, article: ArticleHead, field: MetadataField, value: string): Citation {
  return {
    n,
    kind: 'metadata',
    field,
    articleId: article.meta.id,
    articleTitle: article.meta.title,
    section: null,
    paragraph: 0,
    quote: value,
    text: recordText(article),
    translation: null,
    quoteTranslation: null,
    score: 1,
    url: article.meta.url ?? null,
    articleTitleTranslation: article.translation?.title ?? null,
    sectionTranslation: null,
    ...(article.translation ? { translationLanguage: otherLanguage(article.meta.language) } : {}),
  };
}

/** The article's title in the reader's language when there is one. */
export function titleFor(article: ArticleHead, lang: Language): string {
  return lang !== article.meta.language && article.translation ? article.translation.title : article.meta.title;
}
