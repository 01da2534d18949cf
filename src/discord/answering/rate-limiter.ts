/**
 * Per-user sliding window: at most `perMinute` questions in any 60 seconds.
 * A sliding window (not a fixed minute) so a burst straddling a minute
 * boundary cannot double the allowance.
 */
import { MarsadError } from '../../errors.js';
import { labelsFor } from '../render/labels.js';

const WINDOW_MS = 60_000;
// Beyond this many tracked users, idle ones are swept so memory stays bounded.
const SWEEP_THRESHOLD = 10_000;

export class RateLimiter {
  private readonly recent = new Map<string, number[]>();

  constructor(
    private readonly perMinute: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Counts a question for `userId`, or throws MarsadError('rate_limited') without counting it. */
  take(userId: string): void {
    const now = this.now();
    const timestamps = (this.recent.get(userId) ?? []).filter((time) => now - time < WINDOW_MS);
    if (timestamps.length >= this.perMinute) {
      const seconds = Math.max(1, Math.ceil((timestamps[0]! + WINDOW_MS - now) / 1000));
      const [en, ar] = [labelsFor('en'), labelsFor('ar')];
      throw new MarsadError('rate_limited', en.rateLimited(seconds, this.perMinute), {
        messageAr: ar.rateLimited(seconds, this.perMinute),
      });
    }
    timestamps.push(now);
    this.recent.set(userId, timestamps);
    if (this.recent.size > SWEEP_THRESHOLD) this.sweep(now);
  }

  private sweep(now: number): void {
    for (const [userId, timestamps] of this.recent) {
      if (timestamps.every((time) => now - time >= WINDOW_MS)) this.recent.delete(userId);
    }
  }
}
