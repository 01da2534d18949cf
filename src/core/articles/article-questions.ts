/**
 * The article-level side of answering: a question limited to a period of
 * publication, a question about an article's record, and "which articles
 * mention X". answer-question.ts asks here first; null means "answer from the
 * paragraphs as usual".
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { analyseQuestion } from '../question/analyse-question.js';
import { readQuestion, type QuestionReading } from '../question/read-question.js';
import { retrieveParagraphs } from '../retrieval/retriever.js';
import type { Language } from '../text/language.js';
import { normalizeText } from '../text/normalize.js';
import type { Answer, ArticleHead, ConversationTurn } from '../types.js';
import { composeArticleList } from './article-list.js';
import { readArticleQuestion } from './article-question.js';
import { publicationDay } from './article-record.js';
import { composeMetadataAnswer } from './metadata-answer.js';
import { readTimeRange, withoutTimeExpression } from './time-range.js';

export interface Period {
  since: string;
  until: string;
}

/**
 * The period the question (or the `since` option) limits it to, and the question without its time words.
 * "This week" limits the articles read when the question is about the news itself ("what was published last
 * week", «أخبار هذا الأسبوع») or names nothing but a topic beside it ("Uzbekistan this week"); in a question
 * about what happened ("what did the mayor say last year?", «كم بلغ التضخم هذا العام؟») it is part of the
 * content, as the article may say «العام الماضي» itself, and the question is read whole.
 */
export function periodOf(question: string, since: string | undefined, now: Date, lang: Language): { period: Period | null; text: string } {
  const range = readTimeRange(question, now);
  if (range) {
    const rest = withoutTimeExpression(question, range);
    if (range.aboutNews || readQuestion(rest, lang).intent === null) return { period: { since: range.since, until: range.until }, text: rest };
  }
  if (since) return { period: { since, until: now.toISOString().slice(0, 10) }, text: question };
  return { period: null, text: question };
}

export const inPeriod = (period: Period | null) => (article: ArticleHead) => {
  if (!period) return true;
  const day = publicationDay(article);
  return day >= period.since && day <= period.until;
};

/**
 * The articles of the outlet the topic names ("the Steppe Business Review report about the visit"), or all when it
 * names none: an outlet is seldom written in its own articles' text, so retrieval alone would choose another
 * outlet's report on the same visit.
 */
function ofNamedOutlet(index: ParagraphIndex, articles: ArticleHead[], topic: string): ArticleHead[] {
  const text = ` ${normalizeText(topic)} `;
  const named = new Set<ArticleHead>();
  for (const [outlet, published] of outletsOf(index)) if (text.includes(` ${outlet} `)) for (const article of published) named.add(article);
  if (named.size === 0) return articles;
  const kept = articles.filter((article) => named.has(article));
  return kept.length > 0 ? kept : articles;
}

/** The index's articles by outlet (normalised), read once per index: a record question asks of every article. */
const outletTables = new WeakMap<ParagraphIndex, Map<string, ArticleHead[]>>();
function outletsOf(index: ParagraphIndex): Map<string, ArticleHead[]> {
  let outlets = outletTables.get(index);
  if (!outlets) {
    outlets = new Map();
    for (const article of index.articles) {
      const outlet = normalizeText(article.meta.outlet.replace(/\([^)]*\)/g, ' '));
      if (outlet === '') continue;
      const published = outlets.get(outlet);
      if (published) published.push(article);
      else outlets.set(outlet, [article]);
    }
    outletTables.set(index, outlets);
  }
  return outlets;
}

/** The articles a metadata question is about: the one its topic (or the previous question) leads to, else the newest few. */
async function chosenArticles(index: ParagraphIndex, topic: string, lang: Language, history: ConversationTurn[] | undefined, keep: (article: ArticleHead) => boolean): Promise<ArticleHead[]> {
  const kept = index.articles.filter(keep);
  const candidates = ofNamedOutlet(index, kept, topic);
  const lead = topic || history?.at(-1)?.question || '';
  if (lead && candidates.length > 1) {
    // Every article kept (no outlet named, no period): no per-paragraph filter to build or ask.
    const chosen = candidates.length === index.articles.length ? null : new Set(candidates);
    const keepArticle = chosen ? (article: ArticleHead) => chosen.has(article) : undefined;
    // The article of the best paragraph: a long article matching the common words everywhere must not outvote it.
    // Only that paragraph is wanted, so only it is read and measured (each further one may cost a block decode).
    const [best] = await retrieveParagraphs(index, { ...analyseQuestion(index, lead, lang), k: 1, keepArticle });
    if (best) return [best.article];
  }
  return [...candidates].sort((left, right) => publicationDay(right).localeCompare(publicationDay(left))).slice(0, 3);
}

export interface ArticleLevel {
  /** The answer from the articles' records or listing, when the question asks for one. */
  answer: Answer | null;
  /** A metadata question that also names a topic: the paragraphs are asked too. */
  alsoFromParagraphs: boolean;
  /** The question points at the article itself: its record comes before what the paragraphs say. */
  recordFirst: boolean;
}

export async function answerAboutArticles(
  index: ParagraphIndex,
  question: string,
  text: string,
  lang: Language,
  reading: QuestionReading,
  keep: (article: ArticleHead) => boolean,
  history: ConversationTurn[] | undefined,
): Promise<ArticleLevel> {
  const asked = readArticleQuestion(text, reading);
  if (!asked) return { answer: null, alsoFromParagraphs: true, recordFirst: false };
  if (asked.kind === 'list') {
    const terms = analyseQuestion(index, asked.topic, lang).terms.filter((term) => !term.paraphrase || (term.credit ?? 1) >= 1);
    return { answer: composeArticleList(question, lang, index, asked.topic, terms, keep), alsoFromParagraphs: false, recordFirst: true };
  }
  const articles = await chosenArticles(index, asked.topic, lang, history, keep);
  if (articles.length === 0) return { answer: null, alsoFromParagraphs: true, recordFirst: false };
  const firstParagraph = (article: ArticleHead) => (article.paragraphs[0] ? index.bodies.readParagraph(article.paragraphs[0]) : undefined);
  return { answer: composeMetadataAnswer(question, lang, articles, asked.fields, firstParagraph), alsoFromParagraphs: asked.topic !== '', recordFirst: asked.aboutArticle };
}
