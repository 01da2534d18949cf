/**
 * A clock for the watch loop that moves only when the test says so. advance()
 * fires every timer that falls due in order, setting the time to each timer's
 * moment and awaiting the work it started, so a test can say "15 minutes
 * later" and then inspect the result with no real waiting.
 */
import type { WatchClock } from '../../src/ingest/schedule.js';

interface Timer {
  at: number;
  callback: () => Promise<void>;
}

export class FakeClock implements WatchClock {
  private time: number;
  private readonly timers = new Map<number, Timer>();
  private nextHandle = 1;

  constructor(start: string | Date) {
    this.time = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.time);
  }

  setTimer(callback: () => Promise<void>, delayMs: number): number {
    const handle = this.nextHandle++;
    this.timers.set(handle, { at: this.time + Math.max(0, delayMs), callback });
    return handle;
  }

  clearTimer(handle: unknown): void {
    this.timers.delete(handle as number);
  }

  /** Moves time forward by `milliseconds`, running (and awaiting) every timer due on the way. */
  async advance(milliseconds: number): Promise<void> {
    const target = this.time + milliseconds;
    for (;;) {
      const due = [...this.timers.entries()].filter(([, timer]) => timer.at <= target).sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.timers.delete(due[0]);
      this.time = Math.max(this.time, due[1].at);
      await due[1].callback();
    }
    this.time = target;
  }

  /** Moment of the earliest pending timer (what the loop is waiting for), or null. */
  nextTimerAt(): Date | null {
    const times = [...this.timers.values()].map((timer) => timer.at);
    return times.length > 0 ? new Date(Math.min(...times)) : null;
  }
}
