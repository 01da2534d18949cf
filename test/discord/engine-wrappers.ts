/**
 * Thin wrappers around the real engine for the flows a test must control:
 * record what the bot asked or read, or hold a reindex open. Everything not
 * overridden goes to the real engine unchanged.
 */
import type { MarsadEngine } from '../../src/core/engine-types.js';

export function delegateTo(engine: MarsadEngine, overrides: Partial<Pick<MarsadEngine, 'ask' | 'reindex' | 'readArticle'>> & { reindexing?: () => boolean } = {}): MarsadEngine {
  return {
    ask: overrides.ask ?? ((question, options) => engine.ask(question, options)),
    listArticles: () => engine.listArticles(),
    articles: () => engine.articles(),
    readArticle: overrides.readArticle ?? ((articleId) => engine.readArticle(articleId)),
    reindex: overrides.reindex ?? ((options) => engine.reindex(options)),
    retrieveParagraphs: (text, k, context) => engine.retrieveParagraphs(text, k, context),
    onReindexed: (listener) => engine.onReindexed(listener),
    get reindexing() {
      return overrides.reindexing?.() ?? engine.reindexing;
    },
  };
}

/** A reindex that waits for `release()` before running the real one, reporting `reindexing` meanwhile. */
export function gatedReindex() {
  let release: () => void = () => undefined;
  let gate = Promise.resolve();
  let waiting = false;
  let started = 0;
  return {
    close() {
      gate = new Promise((resolve) => (release = resolve));
    },
    release: () => release(),
    get started() {
      return started;
    },
    wrap: (engine: MarsadEngine) =>
      delegateTo(engine, {
        reindexing: () => waiting || engine.reindexing,
        reindex: async (options) => {
          started += 1;
          waiting = true;
          await gate;
          waiting = false;
          return engine.reindex(options);
        },
      }),
  };
}
