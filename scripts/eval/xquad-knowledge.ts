/**
 * XQuAD-dev written as knowledge articles for the xquad evaluation (xquad.ts):
 * one article per XQuAD article, one paragraph per corpus paragraph.
 *
 *  - ar: the Arabic paragraphs only;
 *  - ar+en: with the English original as the translation view;
 *  - mixed: the view for every other article only (a reader of both presses);
 *  - en: the English paragraphs only, as English articles without an Arabic
 *    view (Arabic questions then reach them through the offline translation).
 *
 * `half` keeps every other article (0: the first, third…; 1: the second…), so
 * that what is fitted on one half can be measured on the other.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export interface CorpusParagraph { id: string; article: string; ar: string; en: string }
export interface XquadQuestion {
  id: string;
  paragraph: string;
  question_ar: string;
  question_en: string;
  answers_ar?: string[];
  answers_en?: string[];
}

export type XquadIndexMode = 'ar' | 'ar+en' | 'mixed' | 'en';

function slug(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'article';
}

/** The articles of the corpus in their order, each with its paragraphs; only one half when `half` is given. */
export function xquadArticles(corpus: CorpusParagraph[], half?: 0 | 1): [string, CorpusParagraph[]][] {
  const byArticle = new Map<string, CorpusParagraph[]>();
  for (const paragraph of corpus) byArticle.set(paragraph.article, [...(byArticle.get(paragraph.article) ?? []), paragraph]);
  return [...byArticle].filter((_, position) => half === undefined || position % 2 === half);
}

/** Writes the articles; returns corpus id → "articleId#paragraph". */
export function writeXquadKnowledge(articles: [string, CorpusParagraph[]][], knowledgeDir: string, mode: XquadIndexMode): Map<string, string> {
  const location = new Map<string, string>();
  mkdirSync(knowledgeDir, { recursive: true });
  articles.forEach(([article, paragraphs], position) => {
    const id = slug(article);
    const title = JSON.stringify(article.replace(/_/g, ' '));
    const body = (language: 'ar' | 'en') =>
      paragraphs.map((paragraph) => paragraph[language].replace(/\s+/g, ' ').replace(/^#/, '\\#')).join('\n\n');
    const original = mode === 'en' ? 'en' : 'ar';
    writeFileSync(path.join(knowledgeDir, `${id}.md`), `---\nid: ${id}\ntitle: ${title}\noutlet: XQuAD\ndate: 2019-10-25\nlanguage: ${original}\n---\n\n${body(original)}\n`);
    if (mode === 'ar+en' || (mode === 'mixed' && position % 2 === 0)) {
      writeFileSync(path.join(knowledgeDir, `${id}.en.md`), `---\ntranslation_of: ${id}\nlanguage: en\ntitle: ${title}\n---\n\n${body('en')}\n`);
    }
    paragraphs.forEach((paragraph, index) => location.set(paragraph.id, `${id}#${index + 1}`));
  });
  return location;
}
