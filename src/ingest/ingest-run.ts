/**
 * One ingestion run: the known articles and the ingest state read once, every
 * input of the run (a page, a Markdown file, each item of a feed, each file of
 * a folder) stored against them, then the state changes saved and one
 * incremental reindex. The CLI, the Discord /ingest command and the watch loop
 * all go through here, so they dedupe and name articles the same way.
 *
 * The run never writes its snapshot of the state back: each change it makes is
 * recorded and replayed on the current file under the state lock at the end
 * (updateIngestState), so concurrent runs merge.
 */
import path from 'node:path';
import type { MarsadConfig } from '../config.js';
import { type Language, type MarsadEngine, translateArticles, type TranslationReport } from '../core/public.js';
import { MarsadError } from '../errors.js';
import { budgetWith, type IngestBudget } from './budget.js';
import { MIN_TEXT_LENGTH } from './extract-article.js';
import { extractPageInWorker } from './extraction-pool.js';
import { IngestError } from './errors.js';
import type { FetchLimits } from './read-response.js';
import { storeArticle } from './ingest-article.js';
import { readIngestState, updateIngestState, type IngestState } from './ingest-state.js';
import { readKnownArticles, type KnownArticles } from './known-articles.js';
import { articleFromMarkdown } from './markdown-input.js';
import type { OutboundPolicy } from './outbound/address-policy.js';
import type { LoadedInput } from './read-input.js';
import type { IngestOutcome } from './types.js';
import type { Logger } from '../logger.js';

export interface IngestContext {
  knowledgeDir: string;
  dataDir: string;
  /** Outbound rule: INGEST_ALLOW_HOSTS (and, in tests, a DNS lookup). Default: public addresses only. */
  policy?: OutboundPolicy;
  limits?: FetchLimits;
  /** Safety limits (budget.ts); tests pass small ones. */
  budget?: Partial<IngestBudget>;
  /** The clock: "today" for pages without a date, times in the state file, retry times and poll budgets. */
  now?: () => Date;
  minTextLength?: number;
  /** Machine translation of new Arabic articles before the reindex (OPENAI_API_KEY set); absent offline. */
  translate?: (articleIds: string[]) => Promise<TranslationReport>;
}

/** The context every entry point (CLI, /ingest, the bot's monitor) builds from the configuration. */
export function ingestContextFor(config: Pick<MarsadConfig, 'knowledgeDir' | 'dataDir' | 'ingest' | 'openai'>, logger?: Logger): IngestContext {
  const context: IngestContext = { knowledgeDir: config.knowledgeDir, dataDir: config.dataDir, policy: { allowHosts: config.ingest.allowHosts } };
  const openai = config.openai;
  if (!openai) return context;
  return {
    ...context,
    translate: async (articleIds) => {
      const { loadOpenAIChatModel } = await import('../core/public.js');
      const model = await loadOpenAIChatModel(openai, { logger });
      return translateArticles({ knowledgeDir: config.knowledgeDir, model, modelName: openai.chatModel }, articleIds);
    },
  };
}

export interface IngestOptions {
  lang?: Language;
  dryRun?: boolean;
}

export interface IngestRun {
  context: IngestContext;
  options: IngestOptions;
  budget: IngestBudget;
  known: KnownArticles;
  /** The state as read at the start, with this run's own changes applied. */
  state: IngestState;
  /** This run's changes, replayed on the current file when the run finishes. */
  changes: ((state: IngestState) => void)[];
  today: string;
  /** Every outcome of the run, in order (callers record them); finishRun reindexes when one is "added". */
  outcomes: IngestOutcome[];
  /** What the machine translation of the run's new articles did, when it ran. */
  translation?: TranslationReport;
}

export type ReindexingEngine = Pick<MarsadEngine, 'reindex' | 'listArticles'>;

export async function startRun(context: IngestContext, options: IngestOptions = {}): Promise<IngestRun> {
  return {
    context,
    options,
    budget: budgetWith(context.budget),
    known: await readKnownArticles(context.knowledgeDir),
    state: readIngestState(context.dataDir),
    changes: [],
    today: runNow(context).toISOString().slice(0, 10),
    outcomes: [],
  };
}

export function runNow(context: IngestContext): Date {
  return (context.now ?? (() => new Date()))();
}

export function runTime(run: IngestRun): string {
  return runNow(run.context).toISOString();
}

/** Applies a change to the run's view of the state now and records it for the file. */
export function changeState(run: IngestRun, change: (state: IngestState) => void): void {
  change(run.state);
  run.changes.push(change);
}

/** Extracts (on the worker) and stores one page or Markdown article. Expected failures are thrown as IngestError/MarsadError. */
export async function storeLoaded(run: IngestRun, loaded: LoadedInput, input: string, fallback?: { title?: string | null; date?: string | null; outlet?: string | null }): Promise<IngestOutcome> {
  const common = { input, today: run.today, lang: run.options.lang };
  const article =
    loaded.kind === 'markdown'
      ? articleFromMarkdown(loaded.text, { ...common, fileName: loaded.fileName })
      : await extractPageInWorker(loaded.text, { ...common, url: loaded.url, fileName: loaded.fileName, fallback, minTextLength: run.context.minTextLength ?? MIN_TEXT_LENGTH }, run.budget);
  return storeArticle(article, { input, fetchedUrl: loaded.url }, { knowledgeDir: run.context.knowledgeDir, known: run.known, dryRun: run.options.dryRun ?? false });
}

/** An expected failure as an outcome (feed items, folder files: one bad item must not stop the rest). */
export function failedOutcome(input: string, error: unknown): IngestOutcome {
  if (!(error instanceof MarsadError)) throw error;
  return { status: 'failed', input, message: error.message, messageAr: error.localizedMessage('ar'), transient: error instanceof IngestError && error.transient };
}

/**
 * Saves the state changes and reindexes when something was written, or when an
 * article this run found already in knowledge/ is missing from the index (a
 * run killed between writing it and indexing it: the next run finishes the
 * job). Returns the ids the reindex added. A dry run changes nothing on disk.
 */
export async function finishRun(run: IngestRun, engine: ReindexingEngine | null): Promise<string[]> {
  if (run.options.dryRun) return [];
  if (run.changes.length > 0) await updateIngestState(run.context.dataDir, (state) => run.changes.forEach((change) => change(state)), runNow(run.context));
  if (!engine) return [];
  const written = run.outcomes.flatMap((outcome) => (outcome.status === 'added' ? [outcome] : []));
  const indexed = new Set(engine.listArticles().map((article) => article.id));
  const stranded = run.outcomes.flatMap((outcome) => (outcome.status === 'duplicate' && !indexed.has(outcome.match.articleId) ? [outcome.match.articleId] : []));
  if (written.length === 0 && stranded.length === 0) return [];
  // New articles get their view in the other language first (English for Arabic press, Arabic for English), so
  // the one reindex indexes both; a failed translation leaves the article as published (reported, not fatal).
  const added = written.map((outcome) => outcome.articleId);
  if (run.context.translate && added.length > 0) run.translation = await run.context.translate(added);
  const summary = await engine.reindex();
  const ids = new Set([...written.map((outcome) => outcome.articleId), ...stranded]);
  const problems = summary.skipped.filter((skipped) => written.some((outcome) => outcome.filePath === skipped.filePath));
  // File names only: the message can reach a Discord reply, which must not show host paths.
  const reasons = problems.map((problem) => problem.message.replaceAll(problem.filePath, path.basename(problem.filePath)));
  if (problems.length > 0) throw new MarsadError('article_invalid', `written but not indexed: ${reasons.join('; ')}`);
  return [...summary.added, ...summary.changed].filter((id) => ids.has(id));
}
