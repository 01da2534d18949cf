import type { RetrievedParagraph } from './retrieval/retriever.js';
import type { Answer, Article, ArticleHead, AskOptions } from './types.js';

/** What `/sources` and `npm run ask` list about one indexed article. */
export interface ArticleListing {
  id: string;
  title: string;
  outlet: string;
  date: string;
  language: 'ar' | 'en';
  paragraphs: number;
  hasTranslation: boolean;
  /** The title of its translation (in the article's other language), when there is one. */
  titleTranslation: string | null;
  url: string | null;
}

export interface ReindexOptions {
  full?: boolean;
  onProgress?: (done: number, total: number) => void;
}

export interface ReindexSummary {
  added: string[];
  changed: string[];
  removed: string[];
  unchanged: number;
  /** Articles that failed validation: reported, skipped, the rest indexed. */
  skipped: { filePath: string; message: string }[];
  paragraphs: number;
  embedded: number;
  seconds: number;
}

/**
 * The question-answering core as the edges (CLI, Discord) see it. It never
 * imports discord.js; the edges never reach past this interface.
 */
export interface MarsadEngine {
  ask(question: string, options?: AskOptions): Promise<Answer>;
  listArticles(): ArticleListing[];
  /** The serving index's articles: records, sections and paragraph heads, no text (nothing is read). */
  articles(): ArticleHead[];
  /** Reads an article's paragraphs from the serving index's store on disk; null when no indexed article has that id. */
  readArticle(articleId: string): Article | null;
  /** Rebuilds beside the live index and swaps on success; concurrent calls are refused. */
  reindex(options?: ReindexOptions): Promise<ReindexSummary>;
  readonly reindexing: boolean;
  /** The retrieval step of ask(): paragraphs for a question or topic (summaries, evaluation). */
  retrieveParagraphs(text: string, k: number, context?: { history?: AskOptions['history'] }): Promise<RetrievedParagraph[]>;
  /** Called after every successful reindex: caches keyed by index content drop here. */
  onReindexed(listener: () => void): void;
}
