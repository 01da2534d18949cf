/**
 * What an article is to the core: its record (front matter), sections and
 * paragraphs, listed as heads (where each paragraph stands) with bodies read on
 * demand (what it says). Imported through types.ts.
 */
import type { Language } from './text/language.js';
import type { SentenceSpan } from './text/sentences.js';

/** Front matter of an article file, validated by the loader. */
export interface ArticleMeta {
  id: string;
  title: string;
  outlet: string;
  /** ISO date (YYYY-MM-DD) of the event or publication. */
  date: string;
  language: Language;
  dateline?: string;
  sourceFile?: string;
  /** http(s) only, without tracking parameters when ingested (see knowledge/canonical-url.ts). */
  url?: string;
  /** Byline name(s) as printed ("Jane Whitfield", «مراد السيد»); several joined with ", ". */
  author?: string;
  /** First publication, ISO date or date-time as the page states it (offset kept); `date` is its day. */
  published?: string;
  /** Last update stated by the page, same form as `published`. */
  updated?: string;
}

/**
 * A paragraph as the serving index lists it: where it stands, not what it says.
 * Its words live on disk in the index's article store; read them with
 * ArticleBodies (the index's `bodies`), which says in its name that it reads.
 */
export interface ParagraphHead {
  articleId: string;
  /** 1-based position in the article, counted across sections: what "¶ 7" means. */
  number: number;
  /** Section heading as published, or null for the lead before the first heading. */
  section: string | null;
  /** The section heading in the translation's language (the article's other one), when a translation exists. */
  sectionTranslation: string | null;
}

/** What a paragraph says: its text, sentences and translation. */
export interface ParagraphBody {
  text: string;
  sentences: SentenceSpan[];
  /** The whole paragraph in the article's other language (its translation file), or null without one. */
  translation: string | null;
  /** Per-sentence renderings in that language aligned with `sentences`, or null when not aligned. */
  sentenceTranslations: string[] | null;
}

export interface Paragraph extends ParagraphHead, ParagraphBody {}

export interface Section {
  heading: string | null;
  headingTranslation: string | null;
  paragraphNumbers: number[];
}

/** An article as the serving index lists it: its record, sections and paragraph heads, no paragraph text. */
export interface ArticleHead {
  meta: ArticleMeta;
  filePath: string;
  /** sha256 of the article file and its translation file: drives incremental reindex. */
  contentHash: string;
  paragraphs: ParagraphHead[];
  sections: Section[];
  /** Its translation file, or null. With one, every paragraph has a translation (the loader checks they correspond one to one). */
  translation: { title: string; note: string; filePath: string; machine?: boolean } | null;
}

/** An article with its paragraphs' words: as the loader parses it, or as ArticleBodies reads it from an index. */
export interface Article extends ArticleHead {
  paragraphs: Paragraph[];
}

/**
 * Reads what articles say. An index generation keeps its paragraphs' words on
 * disk (its article store), so every call may read the disk (through a small
 * cache of decoded blocks); a build's freshly loaded articles answer from memory.
 */
export interface ArticleBodies {
  /** The paragraph's text, sentences and translation. */
  readParagraph(paragraph: ParagraphHead): Paragraph;
  /** Every paragraph of the article, with their words. */
  readArticle(article: ArticleHead): Article;
}
