/**
 * One ingestion run: the known articles and the ingest state read once, every
 * input of the run (a page, a Markdown file, each item of a feed, each file of
 * a folder) stored against them, then the state written and one incremental
 * reindex. The CLI, the Discord /ingest command and the watch loop all go
 * through here, so they dedupe and name articles the same way.
 */
import type { MarsadEngine } from '../core/engine-types.js';
import type { Language } from '../core/types.js';
import { MarsadError } from '../errors.js';
import { extractArticle, MIN_TEXT_LENGTH } from './extract-article.js';
import { IngestError } from './errors.js';
import type { FetchFunction, FetchLimits } from './fetch-resource.js';
import { storeArticle } from './ingest-article.js';
import { readIngestState, writeIngestState, type IngestState } from './ingest-state.js';
import { readKnownArticles, type KnownArticles } from './known-articles.js';
import { articleFromMarkdown } from './markdown-input.js';
import type { LoadedInput } from './read-input.js';
import type { IngestOutcome } from './types.js';

export interface IngestContext {
  knowledgeDir: string;
  dataDir: string;
  fetch?: FetchFunction;
  limits?: FetchLimits;
  /** The clock: "today" for pages without a date, and times in the state file. */
  now?: () => Date;
  minTextLength?: number;
}

export interface IngestOptions {
  lang?: Language;
  dryRun?: boolean;
}

export interface IngestRun {
  context: IngestContext;
  options: IngestOptions;
  known: KnownArticles;
  state: IngestState;
  today: string;
  /** Every outcome of the run, in order (callers record them); finishRun reindexes when one is "added". */
  outcomes: IngestOutcome[];
}

export function startRun(context: IngestContext, options: IngestOptions = {}): IngestRun {
  const now = (context.now ?? (() => new Date()))();
  return {
    context,
    options,
    known: readKnownArticles(context.knowledgeDir),
    state: readIngestState(context.dataDir),
    today: now.toISOString().slice(0, 10),
    outcomes: [],
  };
}

export function runTime(run: IngestRun): string {
  return (run.context.now ?? (() => new Date()))().toISOString();
}

/** Extracts and stores one page or Markdown article. Expected failures are thrown as IngestError/MarsadError. */
export function storeLoaded(run: IngestRun, loaded: LoadedInput, input: string, fallback?: { title?: string | null; date?: string | null; outlet?: string | null }): IngestOutcome {
  const common = { input, today: run.today, lang: run.options.lang };
  const article =
    loaded.kind === 'markdown'
      ? articleFromMarkdown(loaded.text, { ...common, fileName: loaded.fileName })
      : extractArticle(loaded.text, { ...common, url: loaded.url, fileName: loaded.fileName, fallback, minTextLength: run.context.minTextLength ?? MIN_TEXT_LENGTH });
  return storeArticle(article, { input, fetchedUrl: loaded.url }, { knowledgeDir: run.context.knowledgeDir, known: run.known, dryRun: run.options.dryRun ?? false });
}

/** An expected failure as an outcome (feed items, folder files: one bad item must not stop the rest). */
export function failedOutcome(input: string, error: unknown): IngestOutcome {
  if (!(error instanceof MarsadError)) throw error;
  return { status: 'failed', input, message: error.message, messageAr: error.localizedMessage('ar'), transient: error instanceof IngestError && error.transient };
}

/**
 * Saves the state and reindexes when something was written. Returns the ids the
 * reindex added. A dry run changes nothing on disk.
 */
export async function finishRun(run: IngestRun, engine: Pick<MarsadEngine, 'reindex'> | null): Promise<string[]> {
  if (run.options.dryRun) return [];
  writeIngestState(run.context.dataDir, run.state);
  const written = run.outcomes.filter((outcome) => outcome.status === 'added');
  if (written.length === 0 || !engine) return [];
  const summary = await engine.reindex();
  const ids = new Set(written.map((outcome) => (outcome.status === 'added' ? outcome.articleId : '')));
  const problems = summary.skipped.filter((skipped) => written.some((outcome) => outcome.status === 'added' && outcome.filePath === skipped.filePath));
  if (problems.length > 0) throw new MarsadError('article_invalid', `written but not indexed: ${problems.map((problem) => problem.message).join('; ')}`);
  return [...summary.added, ...summary.changed].filter((id) => ids.has(id));
}
