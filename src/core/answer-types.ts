/**
 * What an answer is to the core and its edges: its text, the citations that
 * ground it (exact quotes of paragraphs or of an article's record), its verdict
 * and confidence, and the options a question is asked with. Imported through types.ts.
 */
import type { Language } from './text/language.js';

/** A field of an article's record that a question can ask about. */
export type MetadataField = 'outlet' | 'author' | 'published' | 'dateline' | 'title';

export interface Citation {
  n: number;
  /** What is quoted: a paragraph (default), or the article's record (outlet, author, date, dateline, title). */
  kind?: 'paragraph' | 'metadata';
  /** For a metadata citation: the field quoted. */
  field?: MetadataField;
  articleId: string;
  articleTitle: string;
  section: string | null;
  paragraph: number;
  /** Exact substring of `text` (enforced by verifyCitation). */
  quote: string;
  /** The whole cited paragraph as published. */
  text: string;
  /** The paragraph in the article's other language (its translation file), or null. */
  translation: string | null;
  /** The quoted sentence(s) in that language when aligned, else null. */
  quoteTranslation: string | null;
  /** The language of `translation` and `quoteTranslation` (the article's other language); absent without a translation. */
  translationLanguage?: Language;
  score: number;
  url: string | null;
  /** The title and section in the translation's language, when the article has a translation. */
  articleTitleTranslation?: string | null;
  sectionTranslation?: string | null;
  /** An English reader's word-by-word dictionary gloss of an Arabic quote that has no English rendering. */
  gloss?: GlossEntry[];
  /** The rendering is a machine translation (the article's translation file says so). */
  machineTranslation?: boolean;
}

/** One word of a gloss: as written in the quote, and what the dictionary gives (or its transliteration, for a name). */
export interface GlossEntry {
  word: string;
  meaning: string;
  name?: boolean;
}

export type AnswerMode = 'offline' | 'openai' | 'offline-fallback';

/** The kind of answer a question asks for (src/core/question/read-question.ts). */
export type AnswerType = 'number' | 'date' | 'person' | 'place' | 'organisation' | 'yes_no' | 'reason' | 'stance' | 'quote' | 'definition' | 'other' | 'metadata' | 'article_list';

/** A yes/no question's answer: the article says so, says not, or does not say. */
export type Verdict = 'yes' | 'no' | 'not_said';

export interface Answer {
  question: string;
  lang: Language;
  answerable: boolean;
  mode: AnswerMode;
  answer: string;
  /** Every retrieved excerpt, numbered [1]…[k] in rank order; the answer text cites some of them. */
  citations: Citation[];
  /** The citations the answer text does not cite ("More excerpts"): a subset of `citations`. */
  moreCitations?: Citation[];
  /** A user-facing remark about how the answer was produced (fallback, unsupported language…). */
  notice?: string;
  /** The kind of answer the question asks for. */
  answerType?: AnswerType;
  /** Yes/no questions: what the cited unit says (the answer text opens with it). */
  verdict?: Verdict;
  /** Probability that the evidence answers the question (the answerability model), 0..1. */
  confidence?: number;
  /** The numbers of the citations the answer text cites ([n] markers), in order. */
  cites?: number[];
  /** A follow-up ("and the US?") as it was read against the conversation, when it was: show it beside the answer. */
  readAs?: string;
  /** The period of publication the question was limited to (its words, or `since`), when it was. */
  period?: { since: string; until: string };
}

/** A previous question/answer in a conversation (threads, chat). */
export interface ConversationTurn {
  question: string;
  answer: string;
}

export interface AskOptions {
  lang?: Language;
  /** Only articles published on or after this day (YYYY-MM-DD), as /ask since: gives it. */
  since?: string;
  k?: number;
  history?: ConversationTurn[];
  signal?: AbortSignal;
}
