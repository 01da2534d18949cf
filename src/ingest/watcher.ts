/**
 * The watch loop: polls each source every `everyMs` (a failing source waits
 * twice as long after each consecutive error, up to a cap), ingests what is
 * new, reindexes, announces one card per new article through the injected
 * `announce`, and once a day at the digest hour sends the articles added since
 * the last digest through `announceDigest`. One timer at a time, always for
 * the earliest thing due, taken from the injected clock. One poll is
 * watch-poll.ts, the cards announce-new.ts, the digest send-digest.ts.
 */
import type { MarsadEngine } from '../core/public.js';
import { silentLogger, type Logger } from '../logger.js';
import { announceNewArticles } from './announce-new.js';
import type { ArticleCard, DigestCard } from './card.js';
import type { IngestContext, IngestOptions } from './ingest-run.js';
import { nextDigestTime, type WatchClock } from './schedule.js';
import { sendPendingDigest } from './send-digest.js';
import type { IngestOutcome } from './types.js';
import { pollWatchedSource, type PollSettings, type SourceStatus } from './watch-poll.js';
import { classifySource } from './watch-sources.js';

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

  const pollSettings: PollSettings = {
    context,
    ingestOptions: options.ingestOptions,
    engine: options.engine,
    clock,
    everyMs: options.everyMs,
    maxBackoffMs,
    onOutcome: (source, outcome) => options.onOutcome?.(source, outcome),
    logger,
  };
  const announce = (card: ArticleCard) => options.announce(card);

  async function runDue(): Promise<void> {
    const now = clock.now();
    for (const status of sources) if (status.nextAt.getTime() <= now.getTime() && !stopped) await pollWatchedSource(status, pollSettings, unannounced);
    try {
      await announceNewArticles(unannounced, options.engine, context.dataDir, announce, logger);
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
