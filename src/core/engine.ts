/**
 * The Marsad engine: loads (or first builds) the index, answers questions,
 * reindexes beside the serving index and swaps on success. Edges (CLI, Discord)
 * receive it ready-made; it knows nothing of them.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import type { MarsadConfig } from '../config.js';
import { ConfigError, MarsadError, reindexRunningError } from '../errors.js';
import { diskFullError } from './storage/atomic-write.js';
import { silentLogger, type Logger } from '../logger.js';
import { keepVerifiedCitations } from './answer/citations.js';
import { answerQuestion, explainQuestion, type QuestionExplanation, type QuestionOptions } from './answer/answer-question.js';
import { checkQuestion, UNSUPPORTED_LANGUAGE_NOTICE } from './answer/question-input.js';
import type { GenerativeAnswerer } from './answer/generative.js';
import type { OpenAIProviderOptions } from './providers/openai/requests.js';
import { localEmbedderChoice, remoteEmbedderChoice, type DenseEmbedder, type EmbedderChoice } from './embeddings/dense-embedder.js';
import type { ArticleListing, MarsadEngine, ReindexOptions, ReindexSummary } from './engine-types.js';
import { buildIndex } from './index/build/build-index.js';
import type { BuildIndexOptions } from './index/build/build-options.js';
import { loadParagraphIndex } from './index/load-index.js';
import type { ParagraphIndex } from './index/paragraph-index.js';
import { analyseQuestion } from './question/analyse-question.js';
import { retrieveParagraphs } from './retrieval/retriever.js';
import { detectLanguage, type Language } from './text/language.js';
import type { Answer, Article, AskOptions, Citation } from './types.js';

export interface EngineOptions {
  logger?: Logger;
  /** Overrides the embedder chosen from config (tests). */
  embedder?: EmbedderChoice;
  /** Overrides the generative answerer chosen from config (tests); null forces offline. */
  generative?: GenerativeAnswerer | null;
  /** Options of the OpenAI provider when config enables it (tests inject the wait between retries). */
  openai?: Omit<OpenAIProviderOptions, 'logger'>;
  /** Test hook passed to every build. */
  onBuildStage?: BuildIndexOptions['onStage'];
  /**
   * What to do with an index that cannot be used (corrupt, or built by another
   * embedder): refuse with the error (default: serving must not guess), or
   * rebuild it from the articles (the reindex script: it is the remedy).
   */
  unreadableIndex?: 'refuse' | 'rebuild';
}

export interface Engine extends MarsadEngine {
  readonly index: ParagraphIndex;
  /** The build this engine made when it found no usable index (null when it loaded one). */
  readonly initialBuild: ReindexSummary | null;
  /** What ask() decides answerability from (the fitting and evaluation scripts). */
  explain(question: string, options?: { k?: number; lang?: Language; skip?: QuestionOptions['skip'] }): Promise<QuestionExplanation>;
}

async function chooseEmbedder(config: MarsadConfig, logger: Logger, options: EngineOptions['openai']): Promise<EmbedderChoice> {
  if (config.embeddings === 'local' || !config.openai) return localEmbedderChoice();
  const { createOpenAIEmbedder } = await import('./providers/openai/embeddings.js');
  return remoteEmbedderChoice(explainRemoteFailures(createOpenAIEmbedder(config.openai, { ...options, logger }), config.openai));
}

/**
 * A remote embeddings service that cannot be used (a bad OPENAI_BASE_URL, a
 * wrong key, the network down) fails after its bounded retries with the SDK's
 * own error; without this, the first build printed a stack trace. Say instead
 * which settings to check. The API key is masked out of the reason.
 */
function explainRemoteFailures(embedder: DenseEmbedder, openai: NonNullable<MarsadConfig['openai']>): DenseEmbedder {
  const where = openai.baseURL ?? 'https://api.openai.com/v1';
  const explain = (error: unknown): never => {
    if (error instanceof MarsadError) throw error;
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.split(openai.apiKey).join('[redacted]').slice(0, 200);
    throw new MarsadError(
      'service_unavailable',
      `The embeddings service at ${where} failed (${reason}): check OPENAI_BASE_URL and OPENAI_API_KEY, or set EMBEDDINGS=local and run \`npm run reindex -- --full\`.`,
      { messageAr: `تعذّر استخدام خدمة التضمينات في ${where} (${reason}): تحقّق من OPENAI_BASE_URL وOPENAI_API_KEY، أو اضبط EMBEDDINGS=local وشغّل \`npm run reindex -- --full\`.`, cause: error },
    );
  };
  return {
    ...embedder,
    dimension: () => embedder.dimension().catch(explain),
    embedTexts: (texts, onBatch) => embedder.embedTexts(texts, onBatch).catch(explain),
    embedQuery: (text) => embedder.embedQuery(text).catch(explain),
  };
}

const FOLDER_ERRORS = new Set(['ENOTDIR', 'EEXIST', 'EISDIR', 'EACCES', 'EPERM', 'EROFS']);

/**
 * The data folder must be a folder Marsad can use. A file in its place (or in
 * the place of data/index), or a folder it may not write, used to surface as a
 * raw ENOTDIR/EEXIST stack trace; it is a configuration problem, named by its
 * variable and path. Returns null for errors that are not about the folders.
 */
function dataDirError(dataDir: string, error: unknown): MarsadError | null {
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const where = (error as NodeJS.ErrnoException | null)?.path;
  // A full disk is not a misconfigured folder: say so (the previous index keeps serving).
  if (code === 'ENOSPC' || code === 'EDQUOT') return diskFullError(where ?? path.join(dataDir, 'index'), error);
  const inDataDir = where === undefined || path.resolve(where) === dataDir || path.resolve(where).startsWith(`${dataDir}${path.sep}`);
  if (!code || !FOLDER_ERRORS.has(code) || !inDataDir) return null;
  return new ConfigError(
    'MARSAD_DATA_DIR',
    `${dataDir} cannot hold the index (${code}${where ? ` on ${where}` : ''}): point MARSAD_DATA_DIR at a folder Marsad can write, and remove any file standing where a folder should be`,
  );
}

function checkDataDir(dataDir: string): void {
  let isFolder: boolean;
  try {
    isFolder = statSync(dataDir).isDirectory();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return; // created by the first build
    throw dataDirError(dataDir, error) ?? error;
  }
  if (!isFolder) throw new ConfigError('MARSAD_DATA_DIR', `${dataDir} is a file, not a folder: point MARSAD_DATA_DIR at a folder Marsad can write (the index is kept there)`);
}

async function chooseGenerative(config: MarsadConfig, logger: Logger, options: EngineOptions['openai']): Promise<GenerativeAnswerer | null> {
  if (!config.openai) return null;
  const [{ createGenerativeAnswerer }, { createOpenAIChatModel }] = await Promise.all([import('./answer/generative.js'), import('./providers/openai/chat.js')]);
  const logContext = { model: config.openai.chatModel, endpoint: config.openai.baseURL ? new URL(config.openai.baseURL).host : 'api.openai.com' };
  return createGenerativeAnswerer(createOpenAIChatModel(config.openai, { ...options, logger }), { logger, logContext });
}

export async function createEngine(config: MarsadConfig, options: EngineOptions = {}): Promise<Engine> {
  const logger = options.logger ?? silentLogger;
  const embedder = options.embedder ?? (await chooseEmbedder(config, logger, options.openai));
  const generative = options.generative === undefined ? await chooseGenerative(config, logger, options.openai) : options.generative;
  const indexDir = path.join(config.dataDir, 'index');
  checkDataDir(config.dataDir);
  const build = (previous: ParagraphIndex | null, reindexOptions: ReindexOptions) =>
    buildIndex({ knowledgeDir: config.knowledgeDir, indexDir, embedder, previous, full: reindexOptions.full, onProgress: reindexOptions.onProgress, logger, onStage: options.onBuildStage }).catch(
      (error: unknown) => {
        throw dataDirError(config.dataDir, error) ?? error;
      },
    );

  let index: ParagraphIndex | null;
  try {
    index = loadParagraphIndex(indexDir, embedder);
  } catch (error) {
    const unusable = error instanceof MarsadError && (error.code === 'index_corrupt' || error.code === 'index_incompatible');
    if (!unusable || options.unreadableIndex !== 'rebuild') throw dataDirError(config.dataDir, error) ?? error;
    logger.warn({ reason: error.message }, 'the index cannot be used: rebuilding it from the articles');
    index = null;
  }
  let initialBuild: ReindexSummary | null = null;
  if (!index) {
    logger.info({ indexDir }, 'no index yet: building it');
    const built = await build(null, {});
    initialBuild = built.summary;
    index = loadParagraphIndex(indexDir, embedder, built.handoff)!;
  }
  const onDenseFailure = (error: unknown) =>
    logger.warn({ embedder: index?.dense.id, error: error instanceof Error ? error.message : String(error) }, 'the question could not be embedded: searching by keywords and the lexicon alone');
  let reindexing = false;
  const listeners: (() => void)[] = [];

  const engine: Engine = {
    initialBuild,
    get index() {
      return index!;
    },
    get reindexing() {
      return reindexing;
    },

    async ask(question: string, askOptions: AskOptions = {}): Promise<Answer> {
      const checked = checkQuestion(question, askOptions.lang);
      const serving = index!; // a reindex swapping mid-question must not mix two indexes
      let answer = await answerQuestion(serving, checked.text, checked.lang, { k: askOptions.k ?? 5, history: askOptions.history, onDenseFailure });
      if (generative && answer.citations.length > 0) {
        answer = await generative.answer({ question: checked.text, lang: checked.lang, sources: answer.citations, offline: answer, history: askOptions.history, signal: askOptions.signal });
      }
      const rejected: number[] = [];
      const reject = (citation: Citation) => {
        rejected.push(citation.n);
        logger.error({ articleId: citation.articleId, paragraph: citation.paragraph }, 'dropped a citation whose quote is not in its paragraph');
      };
      answer = { ...answer, citations: keepVerifiedCitations(answer.citations, reject) };
      // A dropped citation's marker goes too: the text never points at a source it does not show.
      for (const n of rejected) answer.answer = answer.answer.replaceAll(`[${n}]`, '').replace(/ +\n/g, '\n').trim();
      if (answer.moreCitations) answer.moreCitations = keepVerifiedCitations(answer.moreCitations, reject);
      if (answer.cites) answer.cites = answer.cites.filter((n) => !rejected.includes(n));
      if (checked.unsupportedLanguage) answer.notice = [UNSUPPORTED_LANGUAGE_NOTICE, answer.notice].filter(Boolean).join(' ');
      return answer;
    },

    async explain(question: string, explainOptions: { k?: number; lang?: Language; skip?: QuestionOptions['skip'] } = {}) {
      const checked = checkQuestion(question, explainOptions.lang);
      return explainQuestion(index!, checked.text, checked.lang, { k: explainOptions.k ?? 5, skip: explainOptions.skip, onDenseFailure });
    },

    async retrieveParagraphs(text: string, k: number, context = {}) {
      const serving = index!;
      return retrieveParagraphs(serving, { ...analyseQuestion(serving, text, detectLanguage(text).language, context.history), k, onDenseFailure });
    },

    listArticles(): ArticleListing[] {
      return index!.articles.map((article) => ({
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
    },

    articles(): Article[] {
      return index!.articles;
    },

    async reindex(reindexOptions: ReindexOptions = {}): Promise<ReindexSummary> {
      if (reindexing) {
        throw reindexRunningError();
      }
      reindexing = true;
      try {
        const { summary, handoff } = await build(index, reindexOptions);
        index = loadParagraphIndex(indexDir, embedder, handoff)!;
        for (const listener of listeners) listener();
        return summary;
      } finally {
        reindexing = false;
      }
    },

    onReindexed(listener: () => void) {
      listeners.push(listener);
    },
  };
  return engine;
}
