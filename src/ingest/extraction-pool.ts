/**
 * Extraction and feed parsing on a worker thread (piscina), so a slow or
 * hostile page holds that thread, never the one answering Discord. Each task
 * has a time budget: past it the worker is terminated (piscina aborts a running
 * task that way) and the page is refused; the worker's heap is capped too, so
 * a document built to exhaust memory kills only the worker. One thread: the
 * machine has two cores and the index build uses the other.
 */
import { Piscina } from 'piscina';
import { budgetWith, type IngestBudget } from './budget.js';
import { IngestError, reviveIngestError } from './errors.js';
import type { ExtractOptions } from './extract-article.js';
import type { ParsedFeed } from './feeds.js';
import type { ExtractedArticle } from './types.js';
import type { ExtractionResult, ExtractionTask } from './worker/extraction-tasks.js';

let pool: Piscina<ExtractionTask, ExtractionResult> | null = null;

/** From the sources (tsx, vitest) the .mjs entry compiles the tasks; a compiled build has them bundled beside this chunk. */
function workerFile(): string {
  const here = import.meta.url;
  return here.endsWith('.ts') ? new URL('./worker/extraction-worker.mjs', here).href : new URL('./extraction-worker.js', here).href;
}

function extractionPool(): Piscina<ExtractionTask, ExtractionResult> {
  pool ??= new Piscina<ExtractionTask, ExtractionResult>({
    filename: workerFile(),
    minThreads: 0,
    maxThreads: 1,
    idleTimeout: 60_000,
    resourceLimits: { maxOldGenerationSizeMb: 768 },
  });
  return pool;
}

async function run(task: ExtractionTask, input: string, budget: IngestBudget): Promise<ExtractionResult> {
  const signal = AbortSignal.timeout(budget.extractTimeoutMs);
  try {
    const result = await extractionPool().run(task, { signal });
    if (!result.ok) throw reviveIngestError(result.error);
    return result;
  } catch (error) {
    if (error instanceof IngestError) throw error;
    if (signal.aborted) {
      throw new IngestError(input, `took longer than ${budget.extractTimeoutMs / 1000} s to process: not processed`, 'استغرقت معالجته وقتًا أطول من المسموح: لم يُعالَج', { cause: error });
    }
    // The worker died (out of its memory cap) or the task failed unexpectedly: refuse this input, keep the monitor running.
    throw new IngestError(input, 'could not be processed', 'تعذّرت معالجته', { cause: error });
  }
}

const shapeOf = (budget: IngestBudget) => ({ maxNestingDepth: budget.maxNestingDepth, maxElements: budget.maxElements });

export async function extractPageInWorker(html: string, options: ExtractOptions, overrides?: Partial<IngestBudget>): Promise<ExtractedArticle> {
  const budget = budgetWith(overrides);
  const result = await run({ kind: 'page', html, options, limits: shapeOf(budget) }, options.input, budget);
  if (result.ok && result.kind === 'page') return result.article;
  throw new Error('extraction worker answered a page task with something else');
}

export async function parseFeedInWorker(xml: string, input: string, baseUrl: string | null, overrides?: Partial<IngestBudget>): Promise<ParsedFeed> {
  const budget = budgetWith(overrides);
  const result = await run({ kind: 'feed', xml, input, baseUrl, maxItems: budget.maxFeedItems, limits: shapeOf(budget) }, input, budget);
  if (result.ok && result.kind === 'feed') return result.feed;
  throw new Error('extraction worker answered a feed task with something else');
}

/** Ends the worker (a CLI run that is done; tests). The next task starts a new one. */
export async function closeExtractionPool(): Promise<void> {
  const closing = pool;
  pool = null;
  await closing?.destroy();
}
