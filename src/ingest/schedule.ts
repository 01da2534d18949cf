/**
 * Time for the watch loop, injected: the loop only ever asks a WatchClock for
 * the time and for one timer, so tests drive it with a fake clock (advance 15
 * minutes, instantly) and nothing in it reads Date.now() or calls setTimeout.
 */
import { parsePollInterval, POLL_INTERVAL_RULE } from '../durations.js';
import { MarsadError } from '../errors.js';

export interface WatchClock {
  now(): Date;
  /**
   * Runs `callback` after `delayMs` and returns a handle for clearTimer. The
   * callback returns the promise of the work it started: a real clock ignores
   * it, a fake clock awaits it before moving time on.
   */
  setTimer(callback: () => Promise<void>, delayMs: number): unknown;
  clearTimer(handle: unknown): void;
}

export const systemClock: WatchClock = {
  now: () => new Date(),
  setTimer: (callback, delayMs) => setTimeout(() => void callback(), delayMs),
  clearTimer: (handle) => clearTimeout(handle as NodeJS.Timeout),
};

/** `--every`: "15m", "1h", "90s", "1d" → milliseconds, by the same rule as WATCH_EVERY (src/durations.ts). */
export function parseInterval(text: string): number {
  const milliseconds = parsePollInterval(text);
  if (milliseconds === null) {
    throw new MarsadError('invalid_input', `--every "${text}": give ${POLL_INTERVAL_RULE}`, { messageAr: `--every "${text}": اكتب مدة مثل 15m أو 1h (10 ثوانٍ على الأقل)` });
  }
  return milliseconds;
}

/** Wait after `failures` consecutive errors: the interval doubled each time, capped. */
export function backoffDelay(everyMs: number, failures: number, maxMs: number): number {
  if (failures <= 0) return everyMs;
  return Math.min(everyMs * 2 ** failures, Math.max(maxMs, everyMs));
}

function zonedParts(instant: Date, timeZone: string): { day: string; hour: number; minute: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' })
      .formatToParts(instant)
      .map((part) => [part.type, part.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, hour: Number(parts.hour), minute: Number(parts.minute) };
}

/** YYYY-MM-DD of an instant in a time zone. */
export function zonedDay(instant: Date, timeZone: string): string {
  return zonedParts(instant, timeZone).day;
}

/**
 * The first instant strictly after `after` when the clock on the wall in
 * `timeZone` reads hour:00. Every zone's offset is a multiple of 15 minutes, so
 * stepping by quarter hours from a quarter-hour boundary finds it (DST included).
 */
export function nextDigestTime(after: Date, hour: number, timeZone: string): Date {
  const quarter = 15 * 60_000;
  let candidate = Math.floor(after.getTime() / quarter) * quarter + quarter;
  for (let step = 0; step < 4 * 49; step += 1, candidate += quarter) {
    const parts = zonedParts(new Date(candidate), timeZone);
    if (parts.hour === hour && parts.minute === 0) return new Date(candidate);
  }
  // A zone that skips this hour on a DST day: the next day's run catches up.
  return new Date(Math.floor(after.getTime() / quarter) * quarter + 24 * 3_600_000);
}
