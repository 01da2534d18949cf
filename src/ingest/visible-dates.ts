/**
 * Dates as pages print them: "March 2, 2025", "Wed 2 Mar 2025 10:15 GMT",
 * «14 فبراير 2025», «الأحد 14 شباط 2025 - 10:15 ص», «2 مارس/آذار 2025»,
 * 14/02/2025. Month and weekday names come from knowledge/language/ (English
 * and the Egyptian/Gulf, Levantine/Iraqi and Maghrebi Arabic sets). Text is
 * compared in matching form, so Arabic-Indic digits and hamza spellings fold.
 */
import { monthNumbers, normalizeText, readWordList } from '../core/public.js';

export interface VisibleDate {
  /** YYYY-MM-DD; null for a time alone when no day is known. */
  date: string | null;
  /** HH:MM (24-hour) when the text gives a time. */
  time: string | null;
  /** "Z" or "+03:00" when the text names GMT/UTC or an offset. */
  offset: string | null;
}

const alternation = (words: readonly string[]) => [...new Set(words)].sort((a, b) => b.length - a.length).map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
const END = '(?=$|[\\s\\p{P}])';

interface DatePatterns {
  months: ReadonlyMap<string, number>;
  dayMonthYear: RegExp;
  monthDayYear: RegExp;
  numeric: RegExp;
  weekday: RegExp;
}

let patterns: DatePatterns | null = null;

function datePatterns(): DatePatterns {
  if (patterns) return patterns;
  const months = monthNumbers();
  // A month, optionally with its other name after a slash or in brackets, as Arab papers print «مارس/آذار».
  const month = `(${alternation([...months.keys()])})\\.?(?:\\s?[/(]\\s?(?:${alternation([...months.keys()])})\\)?)?${END}`;
  const year = '(\\d{4})';
  patterns = {
    months,
    dayMonthYear: new RegExp(`(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?${month}(?:,?\\s*${year})?`, 'u'),
    monthDayYear: new RegExp(`${month}\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s*${year})?(?![\\d:])`, 'u'),
    numeric: /(?<!\d)(?:(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4}))(?!\d)/u,
    weekday: new RegExp(`(?:^|\\s)(?:${alternation(readWordList('weekdays.txt').map(normalizeText))})${END}`, 'gu'),
  };
  return patterns;
}

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (year < 1900 || year > 2200 || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** The first calendar date in normalised text, and where it stood. Day first for all-digit dates (the Arab and European custom) unless only month-first makes sense. */
function matchDate(text: string, defaultYear: number | null): { date: string; index: number; length: number } | null {
  const { months, dayMonthYear, monthDayYear, numeric } = datePatterns();
  const found: { date: string | null; index: number; length: number }[] = [];
  const dmy = dayMonthYear.exec(text);
  if (dmy) found.push({ date: isoDate(Number(dmy[3] ?? defaultYear ?? NaN), months.get(dmy[2]!)!, Number(dmy[1])), index: dmy.index, length: dmy[0].length });
  const mdy = monthDayYear.exec(text);
  if (mdy) found.push({ date: isoDate(Number(mdy[3] ?? defaultYear ?? NaN), months.get(mdy[1]!)!, Number(mdy[2])), index: mdy.index, length: mdy[0].length });
  const digits = numeric.exec(text);
  if (digits) {
    const [first, second] = [Number(digits[4]), Number(digits[5])];
    const date = digits[1] ? isoDate(Number(digits[1]), Number(digits[2]), Number(digits[3])) : (isoDate(Number(digits[6]), second, first) ?? isoDate(Number(digits[6]), first, second));
    found.push({ date, index: digits.index, length: digits[0].length });
  }
  const valid = found.filter((candidate): candidate is { date: string; index: number; length: number } => candidate.date !== null);
  return valid.sort((a, b) => a.index - b.index)[0] ?? null;
}

const CLOCK = /(?<![\d:])(\d{1,2}):(\d{2})(?::\d{2})?\s*(am|pm|a\.m\.?|p\.m\.?|ص|م|صباحا|مساء|مساءا)?(?=$|[\s\p{P}\p{S}])/u;
const ZONE = /(?:^|\s)(?:(gmt|utc|z|بتوقيت غرينتش|بتوقيت جرينتش|ت غ|تغ)\s*(?:([+-])\s*(\d{1,2})(?::?(\d{2}))?)?|([+-])(\d{2}):?(\d{2}))(?=$|[\s\p{P}])/u;

function readClock(text: string): { time: string; offset: string | null; rest: string } | null {
  const clock = CLOCK.exec(text);
  if (!clock) return null;
  let hours = Number(clock[1]);
  const minutes = Number(clock[2]);
  const meridiem = clock[3] ?? '';
  if (/^(pm|p\.m|م|مساء)/.test(meridiem) && hours < 12) hours += 12;
  if (/^(am|a\.m|ص|صباح)/.test(meridiem) && hours === 12) hours = 0;
  if (hours > 23 || minutes > 59) return null;
  let rest = text.slice(0, clock.index) + ' ' + text.slice(clock.index + clock[0].length);
  const zone = ZONE.exec(rest);
  let offset: string | null = null;
  if (zone) {
    const sign = zone[2] ?? zone[5];
    const zoneHours = zone[3] ?? zone[6];
    offset = sign ? `${sign}${zoneHours!.padStart(2, '0')}:${zone[4] ?? zone[7] ?? '00'}` : 'Z';
    rest = rest.slice(0, zone.index) + ' ' + rest.slice(zone.index + zone[0].length);
  }
  return { time: `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`, offset, rest };
}

// Words that join the parts of a printed date ("on", "at", «الساعة», «الموافق») and time-zone names with no offset.
const CONNECTORS = new RegExp(`(?:^|\\s)(?:${['on', 'at', 'the', 'في', 'على', 'الساعة', 'الموافق', 'يوم', 'est', 'edt', 'cet', 'cest', 'bst', 'ast', 'msk'].map(normalizeText).join('|')}|${normalizeText('بتوقيت')} \\S+)(?=$|\\s)`, 'gu');

/**
 * A text that is nothing but a date and/or a time (weekday, "at", time zone
 * allowed), e.g. one part of a byline. A time alone is on `defaultDate`
 * (null when unknown); a date without a year takes `defaultYear`.
 */
export function parseDateText(text: string, context: { defaultYear?: number | null; defaultDate?: string | null } = {}): VisibleDate | null {
  // An ISO date-time's "T" (lower-cased by normalising) stands between date and time.
  let rest = normalizeText(text).replace(/[,|·•]/g, ' ').replace(/(\d{4}-\d{2}-\d{2})t(?=\d)/, '$1 ').replace(/(\d)z$/, '$1 z');
  const date = matchDate(rest, context.defaultYear ?? null);
  if (date) rest = rest.slice(0, date.index) + ' ' + rest.slice(date.index + date.length);
  const clock = readClock(rest);
  if (clock) rest = clock.rest;
  if (!date && !clock) return null;
  rest = rest.replace(datePatterns().weekday, ' ').replace(CONNECTORS, ' ').replace(/[\p{P}\p{S}\s]+/gu, '');
  if (rest.length > 0) return null;
  return { date: date?.date ?? context.defaultDate ?? null, time: clock?.time ?? null, offset: clock?.offset ?? null };
}

/** The first date mentioned in a sentence ("updated on March 2 to correct…"). */
export function findDate(text: string, defaultYear: number | null): string | null {
  return matchDate(normalizeText(text).replace(/[,|·•]/g, ' '), defaultYear)?.date ?? null;
}

/** "2025-03-02", "2025-03-02T10:15" or "2025-03-02T10:15+03:00": the front matter's published/updated form. */
export function timestampOf(value: VisibleDate): string | null {
  if (!value.date) return null;
  return value.time ? `${value.date}T${value.time}${value.offset ?? ''}` : value.date;
}
