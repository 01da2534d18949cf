/**
 * A running engine: one serving index at a time, questions answered from the
 * index they started on, a reindex built beside it and swapped in on success
 * (a second reindex meanwhile is refused). Its state lives on the instance,
 * so two engines in one process share nothing.
 */
import { reindexRunningError } from '../errors.js';
import type { Logger } from '../logger.js';
import { answerQuestion, explainQuestion, type QuestionExplanation, type QuestionOptions } from './answer/answer-question.js';
import type { GenerativeAnswerer } from './answer/generative.js';
import { checkQuestion } from './answer/question-input.js';
import { verifiedAnswer } from './answer/verified-answer.js';
import type { ArticleListing, MarsadEngine, ReindexOptions, ReindexSummary } from './engine-types.js';
import type { BuildResult } from './index/build/build-index.js';
import type { BuildHandoff } from './index/build/handoff.js';
import type { ParagraphIndex } from './index/paragraph-index.js';
import { analyseQuestion } from './question/analyse-question.js';
import { retrieveParagraphs, type RetrievedParagraph } from './retrieval/retriever.js';
import { detectLanguage, type Language } from './text/language.js';
import type { Answer, Article, ArticleHead, AskOptions } from './types.js';

/** The engine as the core's own scripts see it: the edges' MarsadEngine plus the index and the answerability explanation. */
export interface Engine extends MarsadEngine {
  readonly index: ParagraphIndex;
  /** The build this engine made when it found no usable index (null when it loaded one). */
  readonly initialBuild: ReindexSummary | null;
  /** What ask() decides answerability from (the fitting and evaluation scripts). */
  explain(question: string, options?: { k?: number; lang?: Language; skip?: QuestionOptions['skip']; keepArticle?: QuestionOptions['keepArticle'] }): Promise<QuestionExplanation>;
}

export type IndexBuilder = (previous: ParagraphIndex | null, options: ReindexOptions) => Promise<BuildResult>;

interface EngineParts {
  index: ParagraphIndex;
  initialBuild: ReindexSummary | null;
  build: IndexBuilder;
  /** Loads the current generation (taking over what the build just made, when given). */
  load: (handoff?: BuildHandoff) => ParagraphIndex | null;
  generative: GenerativeAnswerer | null;
  logger: Logger;
  /** The clock "this week" and "since Monday" are read against. */
  now: () => Date;
}

export class EngineInstance implements Engine {
  readonly initialBuild: ReindexSummary | null;
  readonly load: EngineParts['load'];
  private serving: ParagraphIndex;
  private running = false;
  private readonly listeners: (() => void)[] = [];

  constructor(private readonly parts: EngineParts) {
    this.serving = parts.index;
    this.initialBuild = parts.initialBuild;
    this.load = parts.load;
  }

  get index(): ParagraphIndex {
    return this.serving;
  }

  get reindexing(): boolean {
    return this.running;
  }

  private readonly onDenseFailure = (error: unknown) =>
    this.parts.logger.warn({ embedder: this.serving.dense.id, error: error instanceof Error ? error.message : String(error) }, 'the question could not be embedded: searching by keywords and the lexicon alone');

  async ask(question: string, options: AskOptions = {}): Promise<Answer> {
    const checked = checkQuestion(question, options.lang);
    const serving = this.serving; // a reindex swapping mid-question must not mix two indexes
    let answer = await answerQuestion(serving, checked.text, checked.lang, {
      k: options.k ?? 5,
      history: options.history,
      since: options.since,
      now: this.parts.now(),
      onDenseFailure: this.onDenseFailure,
    });
    const { generative } = this.parts;
    if (generative && answer.citations.length > 0) {
      answer = await generative.answer({ question: checked.text, lang: checked.lang, sources: answer.citations, offline: answer, history: options.history, signal: options.signal });
    }
    return verifiedAnswer(answer, checked, this.parts.logger);
  }

  async explain(question: string, options: { k?: number; lang?: Language; skip?: QuestionOptions['skip']; keepArticle?: QuestionOptions['keepArticle'] } = {}): Promise<QuestionExplanation> {
    const checked = checkQuestion(question, options.lang);
    return explainQuestion(this.serving, checked.text, checked.lang, { k: options.k ?? 5, skip: options.skip, keepArticle: options.keepArticle, onDenseFailure: this.onDenseFailure });
  }

  async retrieveParagraphs(text: string, k: number, context: { history?: AskOptions['history'] } = {}): Promise<RetrievedParagraph[]> {
    const serving = this.serving;
    return retrieveParagraphs(serving, { ...analyseQuestion(serving, text, detectLanguage(text).language, context.history), k, onDenseFailure: this.onDenseFailure });
  }

  listArticles(): ArticleListing[] {
    return this.serving.articles.map((article) => ({
      id: article.meta.id,
      title: article.meta.title,
      outlet: article.meta.outlet,
      date: article.meta.date,
      language: article.meta.language,
      paragraphs: article.paragraphs.length,
      hasTranslation: article.translation !== null,
      titleTranslation: article.translation?.title ?? null,
      url: article.meta.url ?? null,
    }));
  }

  articles(): ArticleHead[] {
    return this.serving.articles;
  }

  readArticle(articleId: string): Article | null {
    const serving = this.serving;
    const article = serving.bodies.findArticle(articleId);
    return article && serving.bodies.readArticle(article);
  }

  async reindex(options: ReindexOptions = {}): Promise<ReindexSummary> {
    if (this.running) throw reindexRunningError();
    this.running = true;
    try {
      const { summary, handoff } = await this.parts.build(this.serving, options);
      this.serving = this.load(handoff)!;
      for (const listener of this.listeners) listener();
      return summary;
    } finally {
      this.running = false;
    }
  }

  onReindexed(listener: () => void): void {
    this.listeners.push(listener);
  }
}
