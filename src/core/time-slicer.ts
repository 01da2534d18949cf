/**
 * Long synchronous work, such as a full reindex of a large archive, would hold
 * the event loop for seconds; a bot answering from the same process could then
 * not acknowledge an interaction within Discord's 3 s. Loops ask `due()` (cheap)
 * and, when it says so, `await pause()`: timers and I/O run, then the work goes
 * on where it was. Nothing else changes: the same steps, in the same order.
 */
import { setImmediate } from 'node:timers/promises';

/** Longest stretch of synchronous work between two pauses. */
export const DEFAULT_SLICE_MS = 25;

export class TimeSlicer {
  private last: number;

  /** `now` is the clock (injected by tests). */
  constructor(
    private readonly sliceMs = DEFAULT_SLICE_MS,
    private readonly now: () => number = () => performance.now(),
  ) {
    this.last = now();
  }

  due(): boolean {
    return this.now() - this.last >= this.sliceMs;
  }

  async pause(): Promise<void> {
    await setImmediate();
    this.last = this.now();
  }

  /** Runs a generator of steps to its result, pausing between steps whenever a slice is used up. */
  async drain<Result>(steps: Generator<unknown, Result>): Promise<Result> {
    for (;;) {
      const next = steps.next();
      if (next.done) return next.value;
      if (this.due()) await this.pause();
    }
  }
}

/** Runs a generator of steps to its result without pausing (the synchronous callers). */
export function drainNow<Result>(steps: Generator<unknown, Result>): Result {
  for (;;) {
    const next = steps.next();
    if (next.done) return next.value;
  }
}
