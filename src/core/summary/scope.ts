/**
 * From a requested scope to the paragraphs to summarise: a whole article, the
 * section whose heading (in either language) contains the words asked for, or
 * the retrieved paragraphs that really are about a topic.
 */
import { MarsadError } from '../../errors.js';
import type { Article, ArticleHead, Language, Section } from '../types.js';
import type { ScopeParagraph } from './candidates.js';
import { contentTerms, containsTerm } from './terms.js';
import { resolveTopic, type TopicMatcher } from './topic.js';
import type { ResolvedScopeInfo, RetrieveParagraphs, SummaryScope, SummarySource } from './types.js';

export interface ResolvedScope {
  info: ResolvedScopeInfo;
  paragraphs: ScopeParagraph[];
  /** Topic scope only: weighs spans by how much of the topic they carry. */
  topic: TopicMatcher | null;
  /** True when no article was named and the latest of several was taken. */
  choseLatest: boolean;
}

export interface SectionMatch {
  article: ArticleHead;
  section: Section;
  /** Share of the query's words found in the heading or its translation. */
  coverage: number;
}

export function matchSections(articles: ArticleHead[], query: string): SectionMatch[] {
  const wanted = contentTerms(query);
  if (wanted.length === 0) return [];
  const matches: SectionMatch[] = [];
  for (const article of articles) {
    for (const section of article.sections) {
      if (section.heading === null) continue;
      const headingTerms = [...contentTerms(section.heading), ...contentTerms(section.headingTranslation)];
      const found = wanted.filter((term) => containsTerm(headingTerms, term)).length;
      if (found > 0) matches.push({ article, section, coverage: found / wanted.length });
    }
  }
  return matches.sort((left, right) => right.coverage - left.coverage);
}

/**
 * The one free-text option of /summary and --topic: a section when exactly one
 * heading contains every word of it ("Russia", "روسيا"), otherwise a topic.
 */
export function scopeFromRequest(request: { topic?: string | null; articleId?: string | null }, articles: ArticleHead[]): SummaryScope {
  const articleId = request.articleId ?? undefined;
  const topic = request.topic?.trim();
  if (!topic) return { kind: 'article', articleId };
  const pool = articleId ? articles.filter((article) => article.meta.id === articleId) : articles;
  const complete = matchSections(pool, topic).filter((match) => match.coverage === 1);
  if (complete.length === 1) return { kind: 'section', query: topic, articleId: complete[0]!.article.meta.id };
  return { kind: 'topic', topic, articleId };
}

export function findArticle(articles: ArticleHead[], articleId: string): ArticleHead {
  const article = articles.find((candidate) => candidate.meta.id === articleId);
  if (article) return article;
  const known = articles.map((candidate) => candidate.meta.id).join(', ') || 'none';
  throw new MarsadError('invalid_input', `No indexed article has the id "${articleId}" (indexed: ${known}).`, {
    messageAr: `لا توجد مقالة مفهرسة بالمعرّف "${articleId}" (المفهرس: ${known}).`,
  });
}

function latestArticle(articles: ArticleHead[]): ArticleHead {
  if (articles.length === 0) throw new MarsadError('not_covered', 'No article is indexed yet.', { messageAr: 'لا توجد مقالات مفهرسة بعد.' });
  return [...articles].sort((left, right) => right.meta.date.localeCompare(left.meta.date) || left.meta.id.localeCompare(right.meta.id))[0]!;
}

const paragraphsOf = (article: Article, numbers?: number[]): ScopeParagraph[] =>
  article.paragraphs.filter((paragraph) => !numbers || numbers.includes(paragraph.number)).map((paragraph) => ({ article, paragraph }));

const info = (kind: SummaryScope['kind'], article: ArticleHead | null, section: Section | null, topic: string | null): ResolvedScopeInfo => ({
  kind,
  articleId: article?.meta.id ?? null,
  articleTitle: article?.meta.title ?? null,
  articleTitleTranslation: article?.translation?.title ?? null,
  section: section?.heading ?? null,
  sectionTranslation: section?.headingTranslation ?? null,
  topic,
});

/** The call that reads an article's words: the source's own, or a look-up among articles already in memory. */
function wordsOf(source: SummarySource): (article: ArticleHead) => Article {
  if (source.readArticle) return source.readArticle;
  const byId = new Map(source.articles.map((article) => [article.meta.id, article]));
  return (article) => byId.get(article.meta.id)!;
}

export async function resolveScope(source: SummarySource, scope: SummaryScope, retrieve?: RetrieveParagraphs): Promise<ResolvedScope> {
  const { articles } = source;
  const read = wordsOf(source);
  const pool = scope.articleId ? [findArticle(articles, scope.articleId)] : articles;
  if (scope.kind === 'article') {
    const article = read(scope.articleId ? pool[0]! : latestArticle(pool));
    const choseLatest = !scope.articleId && articles.length > 1;
    return { info: info('article', article, null, null), paragraphs: paragraphsOf(article), topic: null, choseLatest };
  }
  if (scope.kind === 'section') {
    const [best] = matchSections(pool, scope.query);
    if (!best) {
      // Each heading in the message's language: as written, or its translation's when the article is in the other.
      const headings = (language: Language) =>
        pool.flatMap((article) => article.sections.flatMap((section) => (section.heading ? [article.meta.language === language ? section.heading : (section.headingTranslation ?? section.heading)] : []))).join(' · ');
      throw new MarsadError('invalid_input', `No section heading matches "${scope.query}". Sections: ${headings('en')}.`, {
        messageAr: `لا يطابق أي عنوان قسم "${scope.query}". الأقسام: ${headings('ar')}.`,
      });
    }
    return { info: info('section', best.article, best.section, null), paragraphs: paragraphsOf(read(best.article), best.section.paragraphNumbers), topic: null, choseLatest: false };
  }
  // A topic's words are weighed by how rare they are across the pool's paragraphs: every article of the pool is read.
  const topic = await resolveTopic(pool.map(read), scope.topic, retrieve);
  return { info: info('topic', topic.articles.length === 1 ? topic.articles[0]! : null, null, scope.topic), paragraphs: topic.paragraphs, topic: topic.matcher, choseLatest: false };
}
