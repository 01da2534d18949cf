/**
 * Durations as people write them in .env and on the command line ("15m",
 * "1h", "90s", "1d"), for WATCH_EVERY and `ingest --watch --every`: one parser
 * and one minimum, so the bot and the CLI accept exactly the same values.
 */
const UNITS: Record<string, number> = { s: 1000, m: 60_000, h: 3_600_000, d: 86_400_000 };

/** The shortest poll interval: polling a site more often than this is not polite (and 0 would poll in a loop). */
export const MIN_POLL_INTERVAL_MS = 10_000;

export const POLL_INTERVAL_RULE = 'a duration such as 15m, 1h or 90s (at least 10s)';

/** Milliseconds, or null when the text is not a number followed by s, m, h or d. */
export function parseDuration(text: string): number | null {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([smhd])\s*$/i.exec(text);
  return match ? Number(match[1]) * UNITS[match[2]!.toLowerCase()]! : null;
}

/** A poll interval, or null when it is malformed or shorter than the minimum. */
export function parsePollInterval(text: string): number | null {
  const milliseconds = parseDuration(text);
  return milliseconds !== null && milliseconds >= MIN_POLL_INTERVAL_MS ? milliseconds : null;
}
