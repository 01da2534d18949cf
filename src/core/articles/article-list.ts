/**
 * "Which articles mention X?": the articles whose paragraphs hold every word of
 * X (a word found through its translation or a paraphrase counts), newest
 * first, each with its outlet, date and how many of its paragraphs mention X,
 * and the first such paragraph cited.
 */
import { makeCitation } from '../answer/citations.js';
import { answerUnit } from '../answer/units.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';
import type { QueryTerm } from '../retrieval/query.js';
import type { Language } from '../text/language.js';
import { indexTerms } from '../text/tokenize.js';
import type { Answer, ArticleHead, Citation, Paragraph } from '../types.js';
import { publicationDay, titleFor } from './article-record.js';

const MAX_LISTED = 10;

/** Paragraphs (article index → paragraph numbers) holding a term of every question word. */
function mentioningParagraphs(index: ParagraphIndex, terms: QueryTerm[]): Map<number, Set<number>> {
  const groups = new Map<string, QueryTerm[]>();
  for (const term of terms) if (!term.borrowed) groups.set(term.group, [...(groups.get(term.group) ?? []), term]);
  let found: Map<number, Set<number>> | null = null;
  for (const members of groups.values()) {
    const here = new Map<number, Set<number>>();
    for (const entry of index.keyword.score(members.map((term) => ({ term: term.term, weight: 1 }))).keys()) {
      const { article, paragraph } = index.entries[entry]!;
      if (!here.has(article)) here.set(article, new Set());
      here.get(article)!.add(paragraph);
    }
    found = found === null ? here : intersect(found, here);
  }
  return found ?? new Map();
}

function intersect(left: Map<number, Set<number>>, right: Map<number, Set<number>>): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const [article, paragraphs] of left) {
    const other = right.get(article);
    if (!other) continue;
    const both = new Set([...paragraphs].filter((number) => other.has(number)));
    if (both.size > 0) out.set(article, both);
  }
  return out;
}

/** The first sentence of the paragraph holding one of the terms (its answer unit), for the citation. */
function citedUnit(paragraph: Paragraph, terms: QueryTerm[]) {
  const wanted = new Set(terms.map((term) => term.term));
  const index = paragraph.sentences.findIndex((sentence, position) =>
    [sentence.text, paragraph.sentenceTranslations?.[position] ?? ''].some((text) => indexTerms(text).some((term) => wanted.has(term))),
  );
  return answerUnit(paragraph, Math.max(0, index));
}

const count = (lang: Language, n: number, one: [string, string], two: [string, string], few: [string, string], many: [string, string]) => {
  if (lang === 'en') return `${n} ${n === 1 ? one[0] : few[0]}`;
  if (n === 1) return one[1];
  if (n === 2) return two[1];
  return `${n} ${n <= 10 ? few[1] : many[1]}`;
};

export function composeArticleList(question: string, lang: Language, index: ParagraphIndex, topic: string, terms: QueryTerm[], keep: (article: ArticleHead) => boolean): Answer {
  const found = [...mentioningParagraphs(index, terms)]
    .map(([position, paragraphs]) => ({ article: index.articles[position]!, paragraphs: [...paragraphs].sort((a, b) => a - b) }))
    .filter(({ article }) => keep(article))
    .sort((left, right) => publicationDay(right.article).localeCompare(publicationDay(left.article)));
  const base = { question, lang, mode: 'offline' as const, answerType: 'article_list' as const, moreCitations: [] };
  if (found.length === 0) {
    const none = lang === 'en' ? `No indexed article mentions “${topic}”.` : `لا يذكر أي مقال مفهرس «${topic}».`;
    return { ...base, answerable: false, answer: none, citations: [], cites: [] };
  }
  const listed = found.slice(0, MAX_LISTED);
  const citations: Citation[] = listed.map(({ article, paragraphs }, position) => {
    const paragraph = index.bodies.readParagraph(article.paragraphs[paragraphs[0]! - 1]!);
    return makeCitation(position + 1, article, paragraph, citedUnit(paragraph, terms), 1);
  });
  const articles = count(lang, found.length, ['article', 'مقال واحد'], ['articles', 'مقالان'], ['articles', 'مقالات'], ['articles', 'مقالًا']);
  const head = lang === 'en' ? `${articles} ${found.length === 1 ? 'mentions' : 'mention'} “${topic}”, newest first:` : `${found.length <= 2 ? 'يذكر' : 'تذكر'} ${articles} «${topic}»، الأحدث أولًا:`;
  const lines = listed.map(({ article, paragraphs }, position) => {
    const times = count(lang, paragraphs.length, ['paragraph', 'فقرة واحدة'], ['paragraphs', 'فقرتان'], ['paragraphs', 'فقرات'], ['paragraphs', 'فقرة']);
    const [open, close, comma] = lang === 'en' ? ['“', '”', ','] : ['«', '»', '،'];
    return `${position + 1}. ${open}${titleFor(article, lang)}${close} — ${article.meta.outlet}${comma} ${publicationDay(article)} (${times}) [${position + 1}]`;
  });
  if (found.length > listed.length) lines.push(lang === 'en' ? `…and ${found.length - listed.length} more.` : `…و${found.length - listed.length} غيرها.`);
  return { ...base, answerable: true, answer: [head, ...lines].join('\n'), citations, cites: citations.map((citation) => citation.n) };
}
