/**
 * Publication times from metadata to the front matter's form: an ISO date, or
 * an ISO date and time with the page's own offset kept ("2025-03-12T01:30+05:00"
 * is 12 March where it was published, though 11 March in UTC). Machine forms
 * (ISO 8601, RSS's RFC 822) and printed ones ("March 2, 2025") are accepted.
 */
import { parseDateText, timestampOf } from './visible-dates.js';

const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})(?:[T\s](\d{2}):(\d{2})(?::(\d{2}))?(?:[.,]\d+)?\s*(Z|[+-]\d{2}(?::?\d{2})?)?)?\s*$/i;

function isCalendarDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2200 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function offsetOf(zone: string | undefined): string {
  if (!zone) return '';
  if (/^z$/i.test(zone)) return 'Z';
  const digits = zone.replace(':', '');
  return `${digits.slice(0, 3)}:${digits.slice(3, 5) || '00'}`;
}

/** "2025-03-02", "2025-03-02T10:15", "2025-03-02T10:15:30+05:00" or null for anything that is not a real date. */
export function normalizeTimestamp(value: string | null | undefined): string | null {
  if (!value?.trim() || value.length > 100) return null;
  const iso = ISO.exec(value);
  if (iso) {
    const [, year, month, day, hours, minutes, seconds, zone] = iso;
    if (!isCalendarDate(Number(year), Number(month), Number(day))) return null;
    const date = `${year}-${month}-${day}`;
    if (hours === undefined) return date;
    if (Number(hours) > 23 || Number(minutes) > 59 || Number(seconds ?? 0) > 59) return date;
    return `${date}T${hours}:${minutes}${seconds && seconds !== '00' ? `:${seconds}` : ''}${offsetOf(zone)}`;
  }
  const printed = parseDateText(value, {});
  if (printed?.date) return timestampOf(printed);
  const parsed = Date.parse(value);
  if (Number.isNaN(parsed)) return null;
  const utc = new Date(parsed).toISOString();
  const year = Number(utc.slice(0, 4));
  return year >= 1900 && year <= 2200 ? utc.replace(/\.000Z$/, 'Z') : null;
}
