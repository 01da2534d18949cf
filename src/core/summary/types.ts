/**
 * The summary as every edge sees it. Its JSON form is an interface other tools
 * read (`npm run summary -- --json`, issue 4): field names are fixed.
 */
import type { OpenAISettings } from '../providers/openai/settings.js';
import type { AnswerMode, Article, ArticleHead, Citation, Language, Paragraph } from '../types.js';

/** What to summarise. A missing articleId means every article given (or the latest, for a whole-article summary). */
export type SummaryScope =
  | { kind: 'article'; articleId?: string }
  | { kind: 'section'; query: string; articleId?: string }
  | { kind: 'topic'; topic: string; articleId?: string };

/** The engine's paragraph retriever, passed in so the summariser stays pure. */
export type RetrieveParagraphs = (topic: string, k: number) => Promise<{ paragraph: Paragraph; score: number }[]>;

/** The scope as resolved, echoed in the summary so a reader knows what was summarised. */
export interface ResolvedScopeInfo {
  kind: SummaryScope['kind'];
  /** The single article summarised, or null when a topic spans several. */
  articleId: string | null;
  articleTitle: string | null;
  /** The article's English title, when it has a translation. */
  articleTitleTranslation: string | null;
  section: string | null;
  sectionTranslation: string | null;
  topic: string | null;
}

export interface SummaryPoint {
  text: string;
  /** Numbers of `citations` entries; a point always has at least one. */
  citations: number[];
}

export interface SummaryQuote {
  /** Exact words of the speaker (Arabic), or the aligned English rendering. */
  text: string;
  /** Who said it, as the text names them; null when the text does not say. */
  speaker: string | null;
  citation: number;
}

export type EntityKind = 'person' | 'country' | 'organisation';

export interface SummaryEntity {
  name: string;
  kind: EntityKind;
  articleId: string;
  /** Paragraph numbers (of articleId) in the summarised scope that mention it. */
  paragraphs: number[];
}

export interface Summary {
  lang: Language;
  mode: AnswerMode;
  scope: ResolvedScopeInfo;
  headline: string;
  points: SummaryPoint[];
  quotes: SummaryQuote[];
  entities: SummaryEntity[];
  /** Shared by points and quotes; every quote is an exact substring of its paragraph's text. */
  citations: Citation[];
  /** A remark for the reader: a language fallback, an OpenAI fallback… */
  notice?: string;
}


/**
 * The articles a summary draws on: in memory with their words (the loader's),
 * or an index's heads with the call that reads an article's words, so that
 * only the articles summarised are read from disk.
 */
export type SummarySource = { articles: Article[]; readArticle?: undefined } | { articles: ArticleHead[]; readArticle: (article: ArticleHead) => Article };

export type SummaryInput = SummarySource & SummaryOptions;

interface SummaryOptions {
  scope: SummaryScope;
  /** The language asked for; undefined: the language of the summarised articles. */
  lang?: Language;
  retrieve?: RetrieveParagraphs;
  /** When given, summaries are reused per (article hash, scope, language, mode). */
  cache?: SummaryCache;
  /** When set (config.openai), the abstractive map-reduce path is tried first. */
  openai?: OpenAISettings | null;
  signal?: AbortSignal;
  /** Told why the OpenAI path fell back (for logs); never shown to users. */
  onFallback?: (error: unknown) => void;
}

/** Summaries already made, by key (cache.ts makes one and the key). */
export interface SummaryCache {
  get(key: string): Summary | undefined;
  set(key: string, summary: Summary): void;
  /** Drops every summary: the engine calls it on reindex. */
  clear(): void;
  readonly size: number;
}
