/**
 * When the claims of an answer come from several articles, each says which
 * article and day it comes from, newest first, and the answer says so when
 * they give different figures for a number question: an analyst weighing two
 * outlets must see that they disagree, not a blend.
 */
import { publicationDay } from '../articles/article-record.js';
import type { Language } from '../text/language.js';
import type { ArticleHead, Citation } from '../types.js';

export interface Claim {
  article: ArticleHead;
  citation: Citation;
  text: string;
}

const DISAGREE: Record<Language, string> = {
  en: 'The articles give different figures.',
  ar: 'تختلف الأرقام بين المقالات.',
};

const figures = (citation: Citation) => new Set((`${citation.quote} ${citation.quoteTranslation ?? ''}`.match(/\d+(?:[.,]\d+)?/g) ?? []).map((figure) => figure.replace(',', '.')));

/** The claims' lines: as they are from one article; attributed and newest first from several. */
export function attributedClaims(claims: Claim[], lang: Language, numberQuestion: boolean): string {
  if (new Set(claims.map((claim) => claim.article.meta.id)).size < 2) return claims.map((claim) => claim.text).join('\n');
  const ordered = [...claims].sort((left, right) => publicationDay(right.article).localeCompare(publicationDay(left.article)));
  const lines = ordered.map(({ article, text }) => `(${article.meta.outlet}${lang === 'en' ? ',' : '،'} ${publicationDay(article)}) ${text}`);
  if (numberQuestion) {
    const sets = ordered.map((claim) => figures(claim.citation)).filter((set) => set.size > 0);
    const differ = sets.length > 1 && sets.some((set) => [...set].join() !== [...sets[0]!].join());
    if (differ) lines.push(DISAGREE[lang]);
  }
  return lines.join('\n');
}
