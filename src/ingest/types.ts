/**
 * Shapes shared by the ingestion modules: an article as extracted from a page
 * (before it becomes a knowledge/ file) and the outcome of ingesting one.
 */
import type { Language, TranslationReport } from '../core/public.js';

export type ArticleBlock = { kind: 'heading'; text: string } | { kind: 'paragraph'; text: string };

export interface ExtractedArticle {
  title: string;
  /** Byline name(s) without "By"/«بقلم» (front matter `author`). */
  author: string | null;
  outlet: string;
  /** YYYY-MM-DD, the publication date as printed on the page (not shifted to UTC). */
  date: string;
  /** Publication as the page states it, ISO date or date-time with its offset (front matter `published`); null when the page gives none. */
  published: string | null;
  /** Last update the page states, same form (front matter `updated`). */
  updated: string | null;
  /** True when the page gave no date and `date` is the day of ingestion. */
  dateGuessed: boolean;
  language: Language;
  dateline: string | null;
  /** Canonical URL of the page; null for a local file without one. */
  url: string | null;
  /** File name for local inputs (front matter source_file). */
  sourceFile: string | null;
  blocks: ArticleBlock[];
}

/** An existing article that a new one duplicates. */
export interface DuplicateMatch {
  articleId: string;
  title: string;
  /** Same URL; near-identical text; or the new text is a part of the known one (a copy cut short). */
  reason: 'url' | 'text' | 'contained';
  /** Jaccard similarity of the texts (1 for a URL match); for 'contained', the share of the new text found in the known one. */
  similarity: number;
}

export type IngestOutcome =
  | { status: 'added'; input: string; articleId: string; filePath: string; article: ExtractedArticle; markdown: string }
  | { status: 'dry-run'; input: string; articleId: string; filePath: string; article: ExtractedArticle; markdown: string }
  | { status: 'duplicate'; input: string; title: string; match: DuplicateMatch }
  | { status: 'seen'; input: string }
  /** Not tried in this run: waiting to retry after a failure, or past the poll's limits (items, new articles, time). */
  | { status: 'deferred'; input: string; reason: 'retry-later' | 'poll-limit' }
  | { status: 'failed'; input: string; message: string; messageAr: string; transient: boolean };

export interface IngestReport {
  input: string;
  kind: 'page' | 'markdown' | 'feed';
  outcomes: IngestOutcome[];
  /** Ids the reindex added (empty on a dry run or when nothing was written). */
  indexed: string[];
  seconds: number;
  /** New Arabic articles machine-translated into English (OPENAI_API_KEY set). */
  translation?: TranslationReport;
}
