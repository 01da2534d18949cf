/**
 * The watch loop: polls each source every `everyMs` (a failing source waits
 * twice as long after each consecutive error, up to a cap), ingests what is
 * new, reindexes, announces one card per new article through the injected
 * `announce`, and once a day at the digest hour sends the articles added since
 * the last digest through `announceDigest`. One timer at a time, always for
 * the earliest thing due, taken from the injected clock.
 */
import type { MarsadEngine } from '../core/public.js';
import { silentLogger, type Logger } from '../logger.js';
import { buildArticleCard, type ArticleCard, type DigestCard } from './card.js';
import { isTransientFailure } from './errors.js';
import { changeState, finishRun, runTime, startRun, type IngestContext, type IngestOptions, type IngestRun } from './ingest-run.js';
import type { DigestEntry } from './ingest-state.js';
import { backoffDelay, nextDigestTime, type WatchClock } from './schedule.js';
import { sendPendingDigest } from './send-digest.js';
import { classifySource, pollSource, sourceName, type WatchSource } from './watch-sources.js';
import type { IngestOutcome } from './types.js';
import { readWatchWords } from './watch-words.js';

export interface WatcherOptions {
  sources: string[];
  everyMs: number;
  /** Longest wait after repeated errors (default 6 h). */
  maxBackoffMs?: number;
  digest: { hour: number; timeZone: string } | null;
  context: IngestContext;
  ingestOptions?: IngestOptions;
  engine: MarsadEngine;
  clock: WatchClock;
  announce(card: ArticleCard): Promise<void>;
  announceDigest?(digest: DigestCard): Promise<void>;
  /** Told about every ingestion outcome (the CLI prints them). */
  onOutcome?(source: string, outcome: IngestOutcome): void;
  logger?: Logger;
}

export interface SourceStatus {
  source: WatchSource;
  nextAt: Date;
  failures: number;
  lastError: string | null;
}

export interface Watcher {
  start(): void;
  stop(): void;
  /** Resolves when the tick in progress (if any) has finished. */
  idle(): Promise<void>;
  status(): SourceStatus[];
  nextDigestAt(): Date | null;
}

export function createWatcher(options: WatcherOptions): Watcher {
  const logger = options.logger ?? silentLogger;
  const clock = options.clock;
  const context: IngestContext = { ...options.context, now: () => clock.now() };
  const maxBackoffMs = options.maxBackoffMs ?? 6 * 3_600_000;
  const sources: SourceStatus[] = options.sources.map((source) => ({ source: classifySource(source), nextAt: clock.now(), failures: 0, lastError: null }));
  let digestAt = options.digest ? nextDigestTime(clock.now(), options.digest.hour, options.digest.timeZone) : null;
  let timer: unknown = null;
  let running: Promise<void> = Promise.resolve();
  let stopped = true;
  /** Articles written whose card is not out yet (the reindex failed, e.g. a /reindex was running): retried next tick. */
  const unannounced = new Set<string>();

  async function announceNew(): Promise<void> {
    if (unannounced.size === 0) return;
    const indexed = new Set(options.engine.articles().map((article) => article.meta.id));
    if ([...unannounced].some((id) => !indexed.has(id))) await options.engine.reindex();
    const watchWords = readWatchWords(context.dataDir);
    for (const articleId of [...unannounced]) {
      unannounced.delete(articleId);
      try {
        await options.announce(await buildArticleCard(options.engine, articleId, watchWords));
      } catch (error) {
        logger.error({ err: error, articleId }, 'could not announce a new article; it stays in the digest');
      }
    }
  }

  async function poll(status: SourceStatus): Promise<void> {
    const name = sourceName(status.source);
    let run: IngestRun | null = null;
    try {
      run = await startRun(context, options.ingestOptions);
      const outcomes = await pollSource(run, status.source);
      for (const outcome of outcomes) options.onOutcome?.(name, outcome);
      const indexed = new Set(options.engine.listArticles().map((article) => article.id));
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
      status.nextAt = new Date(clock.now().getTime() + options.everyMs);
    } catch (error) {
      status.failures += 1;
      status.lastError = (error as Error).message;
      status.nextAt = new Date(clock.now().getTime() + backoffDelay(options.everyMs, status.failures, maxBackoffMs));
      const fields = { source: name, failures: status.failures, nextAt: status.nextAt, error: status.lastError, transient: isTransientFailure(error) };
      logger.warn(fields, 'watch poll failed: backing off');
    }
    // State and files are saved even when the poll failed half-way: what was written stays written and remembered.
    if (run) await finishRun(run, null);
  }

  async function runDue(): Promise<void> {
    const now = clock.now();
    for (const status of sources) if (status.nextAt.getTime() <= now.getTime() && !stopped) await poll(status);
    try {
      await announceNew();
    } catch (error) {
      logger.error({ err: error }, 'reindex after ingestion failed; cards will be posted after the next successful reindex');
    }
    if (digestAt && digestAt.getTime() <= clock.now().getTime() && !stopped) {
      try {
        await sendPendingDigest(context.dataDir, options.digest!.timeZone, clock.now(), options.announceDigest);
        digestAt = nextDigestTime(clock.now(), options.digest!.hour, options.digest!.timeZone);
      } catch (error) {
        logger.error({ err: error }, 'daily digest could not be posted; retrying at the next poll');
        digestAt = new Date(clock.now().getTime() + options.everyMs);
      }
    }
  }

  async function tick(): Promise<void> {
    timer = null;
    try {
      await runDue();
    } catch (error) {
      // A bug in one tick (a full disk, say) must not end monitoring: log it and keep the schedule.
      logger.error({ err: error }, 'watch tick failed');
    }
    schedule();
  }

  function schedule(): void {
    if (stopped) return;
    const due = Math.min(...sources.map((status) => status.nextAt.getTime()), digestAt?.getTime() ?? Infinity);
    if (!Number.isFinite(due)) return;
    timer = clock.setTimer(() => {
      running = running.then(tick);
      return running;
    }, Math.max(0, due - clock.now().getTime()));
  }

  return {
    start() {
      if (!stopped) return;
      stopped = false;
      schedule();
    },
    stop() {
      stopped = true;
      if (timer !== null) clock.clearTimer(timer);
      timer = null;
    },
    idle: () => running,
    status: () => sources.map((status) => ({ ...status })),
    nextDigestAt: () => digestAt,
  };
}
