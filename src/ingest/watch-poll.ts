/**
 * One poll of one watched source (the watch loop's step, watcher.ts): its
 * outcomes are told to `onOutcome`, each article it adds is queued for its card
 * and for the day's digest, and the source's next poll is set: after `everyMs`,
 * or after a wait that doubles with each consecutive failure, up to a cap.
 */
import type { MarsadEngine } from '../core/public.js';
import type { Logger } from '../logger.js';
import { isTransientFailure } from './errors.js';
import { changeState, finishRun, runTime, startRun, type IngestContext, type IngestOptions, type IngestRun } from './ingest-run.js';
import type { DigestEntry } from './ingest-state.js';
import { backoffDelay, type WatchClock } from './schedule.js';
import type { IngestOutcome } from './types.js';
import { pollSource, sourceName, type WatchSource } from './watch-sources.js';

export interface SourceStatus {
  source: WatchSource;
  nextAt: Date;
  failures: number;
  lastError: string | null;
}

export interface PollSettings {
  context: IngestContext;
  ingestOptions?: IngestOptions;
  engine: MarsadEngine;
  clock: WatchClock;
  everyMs: number;
  maxBackoffMs: number;
  onOutcome?(source: string, outcome: IngestOutcome): void;
  logger: Logger;
}

/** Polls `status.source` once; the ids of articles whose card is due go into `unannounced`. */
export async function pollWatchedSource(status: SourceStatus, settings: PollSettings, unannounced: Set<string>): Promise<void> {
  const { clock, logger } = settings;
  const name = sourceName(status.source);
  let run: IngestRun | null = null;
  try {
    run = await startRun(settings.context, settings.ingestOptions);
    const outcomes = await pollSource(run, status.source);
    for (const outcome of outcomes) settings.onOutcome?.(name, outcome);
    const indexed = new Set(settings.engine.listArticles().map((article) => article.id));
    for (const outcome of outcomes) {
      // An article written by a run that was killed before its reindex: index and announce it now.
      if (outcome.status === 'duplicate' && !indexed.has(outcome.match.articleId)) unannounced.add(outcome.match.articleId);
      if (outcome.status !== 'added') continue;
      unannounced.add(outcome.articleId);
      const { article } = outcome;
      const entry: DigestEntry = { articleId: outcome.articleId, title: article.title, outlet: article.outlet, date: article.date, url: article.url, addedAt: runTime(run) };
      changeState(run, (state) => void state.digest.pending.push(entry));
    }
    status.failures = 0;
    status.lastError = null;
    status.nextAt = new Date(clock.now().getTime() + settings.everyMs);
  } catch (error) {
    status.failures += 1;
    status.lastError = (error as Error).message;
    status.nextAt = new Date(clock.now().getTime() + backoffDelay(settings.everyMs, status.failures, settings.maxBackoffMs));
    const fields = { source: name, failures: status.failures, nextAt: status.nextAt, error: status.lastError, transient: isTransientFailure(error) };
    logger.warn(fields, 'watch poll failed: backing off');
  }
  // State and files are saved even when the poll failed half-way: what was written stays written and remembered.
  if (run) await finishRun(run, null);
}
