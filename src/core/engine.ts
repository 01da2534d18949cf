/**
 * The Marsad engine: loads (or first builds) the index, answers questions,
 * reindexes beside the serving index and swaps on success. Edges (CLI, Discord)
 * receive it ready-made; it knows nothing of them.
 */
import path from 'node:path';
import type { MarsadConfig } from '../config.js';
import { MarsadError } from '../errors.js';
import { silentLogger, type Logger } from '../logger.js';
import type { GenerativeAnswerer } from './answer/generative.js';
import { checkDataDir, dataDirError } from './data-folder.js';
import type { EmbedderChoice } from './embeddings/dense-embedder.js';
import { EngineInstance, type Engine, type IndexBuilder } from './engine-instance.js';
import { chooseEmbedder, chooseGenerative } from './engine-providers.js';
import type { ReindexSummary } from './engine-types.js';
import { buildIndex } from './index/build/build-index.js';
import type { BuildIndexOptions } from './index/build/build-options.js';
import { loadParagraphIndex } from './index/load-index.js';
import type { ParagraphIndex } from './index/paragraph-index.js';
import type { OpenAIProviderOptions } from './providers/openai/requests.js';

export type { Engine };

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
  /** The clock questions about time ("this week") are read against (tests fix it). */
  now?: () => Date;
}

/**
 * Opens the engine: the serving index is loaded, or built first when there is
 * none (or, for the reindex script, when it cannot be used).
 */
export async function createEngine(config: MarsadConfig, options: EngineOptions = {}): Promise<Engine> {
  const logger = options.logger ?? silentLogger;
  const embedder = options.embedder ?? (await chooseEmbedder(config, logger, options.openai));
  const generative = options.generative === undefined ? await chooseGenerative(config, logger, options.openai) : options.generative;
  const indexDir = path.join(config.dataDir, 'index');
  checkDataDir(config.dataDir);
  const build: IndexBuilder = (previous, reindexOptions) =>
    buildIndex({ knowledgeDir: config.knowledgeDir, indexDir, embedder, previous, full: reindexOptions.full, onProgress: reindexOptions.onProgress, logger, onStage: options.onBuildStage }).catch(
      (error: unknown) => {
        throw dataDirError(config.dataDir, error) ?? error;
      },
    );
  const load: EngineInstance['load'] = (handoff) => loadParagraphIndex(indexDir, embedder, handoff);

  let index: ParagraphIndex | null;
  try {
    index = load();
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
    index = load(built.handoff)!;
  }
  return new EngineInstance({ index, initialBuild, build, load, generative, logger, now: options.now ?? (() => new Date()) });
}
