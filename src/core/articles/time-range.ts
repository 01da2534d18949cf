/**
 * Time in a question, read as a period of dates: "this week", "since Monday",
 * «منذ يناير», «الأسبوع الماضي», "last 3 days". Only relative expressions that
 * can point at the news flow are read: "in May" says when something happened and
 * is left to the question. Whether the period limits the articles read or is a
 * word of the question's content is decided in article-questions.ts, from
 * `aboutNews` (a word of news or publication beside it). Days are calendar days
 * (YYYY-MM-DD) of the clock the engine is given.
 * Expressions: knowledge/language/time-expressions.tsv; month names there too
 * (months.tsv); weekday names from CLDR (Intl).
 */
import { normalizeText } from '../text/normalize.js';
import { languageTable } from '../text/language-data.js';
import { monthNumbers } from '../text/month-names.js';
import { findWords, withoutWords, wordSpans } from '../text/word-spans.js';

export interface TimeRange {
  /** First day included, YYYY-MM-DD. */
  since: string;
  /** Last day included, YYYY-MM-DD. */
  until: string;
  /** The words of the question that said it (normalised), to be left out of the search. */
  expression: string;
  /** The question also names the news or publishing ("news", "published", «أخبار», «نُشر»): it asks about the articles. */
  aboutNews: boolean;
}

const DAY = 86_400_000;
const LAST_DAYS = /(?:^| )(?:last|past|اخر|خلال اخر|خلال) (\d{1,3}) (?:days|ايام|يوم|يوما)(?: |$)/;
/** The question's normalised words between single spaces, with one before and after, so a phrase is matched as ` ${words} `. */
const spacedWords = (question: string) => ` ${normalizeText(question).replace(/[^\p{L}\p{N}\s-]/gu, ' ').replace(/\s+/g, ' ').trim()} `;
const isoDay = (time: number) => new Date(time).toISOString().slice(0, 10);
const startOfDay = (now: Date) => Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());

let phrases: { words: string; period: string }[] | undefined;
let months: ReadonlyMap<string, number> | undefined;
let weekdays: Map<string, number> | undefined;

function tables() {
  phrases ??= languageTable('time-expressions.tsv')
    .map(([form, , period]) => ({ words: normalizeText(form!), period: period! }))
    .sort((a, b) => b.words.length - a.words.length);
  months ??= monthNumbers();
  if (!weekdays) {
    weekdays = new Map();
    // 2024-01-01 was a Monday: seven days give each weekday's name (getUTCDay numbering).
    for (const locale of ['en', 'ar']) {
      for (const style of ['long', 'short'] as const) {
        const format = new Intl.DateTimeFormat(locale, { weekday: style, timeZone: 'UTC' });
        for (let offset = 0; offset < 7; offset += 1) {
          const day = new Date(Date.UTC(2024, 0, 1 + offset));
          weekdays.set(normalizeText(format.format(day)), day.getUTCDay());
        }
      }
    }
  }
  return { phrases, months, weekdays };
}

function period(name: string, today: number): [number, number] | null {
  const date = new Date(today);
  const year = date.getUTCFullYear();
  const month = date.getUTCMonth();
  switch (name) {
    case 'today': return [today, today];
    case 'yesterday': return [today - DAY, today - DAY];
    case 'this_week': return [today - 6 * DAY, today];
    case 'last_week': return [today - 13 * DAY, today - 7 * DAY];
    case 'this_month': return [Date.UTC(year, month, 1), today];
    case 'last_month': return [Date.UTC(year, month - 1, 1), Date.UTC(year, month, 0)];
    case 'this_year': return [Date.UTC(year, 0, 1), today];
    case 'last_year': return [Date.UTC(year - 1, 0, 1), Date.UTC(year - 1, 11, 31)];
    default: return null;
  }
}

/** The day a "since …" word names: the last such weekday or month (or a date written out), before today. */
function sinceDay(words: string[], today: number): { day: number; used: number } | null {
  const { months: monthNames, weekdays: weekdayNames } = tables();
  const [first, second] = words;
  if (!first) return null;
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(words.slice(0, 1).join(''));
  if (iso) return { day: Date.UTC(Number(iso[1]), Number(iso[2]) - 1, Number(iso[3])), used: 1 };
  const name = first === 'يوم' && second ? second : first;
  const used = name === first ? 1 : 2;
  const weekday = weekdayNames.get(name);
  if (weekday !== undefined) {
    const back = (new Date(today).getUTCDay() - weekday + 7) % 7;
    return { day: today - back * DAY, used };
  }
  const month = monthNames.get(name);
  if (month !== undefined) {
    const now = new Date(today);
    const year = /^\d{4}$/.test(words[used] ?? '') ? Number(words[used]) : month - 1 <= now.getUTCMonth() ? now.getUTCFullYear() : now.getUTCFullYear() - 1;
    return { day: Date.UTC(year, month - 1, 1), used: used + (/^\d{4}$/.test(words[used] ?? '') ? 1 : 0) };
  }
  return null;
}

/**
 * The words of the relative periods a question names ("last year", «هذا العام», "last 3 days"), normalised:
 * in a question about what happened they say when, relative to a day the article need not share (its "last
 * year" may be written "in 2024"), so they steer the search but are not what a paragraph must hold.
 */
export function relativeTimeWords(question: string): Set<string> {
  const text = spacedWords(question);
  const found = tables().phrases.filter(({ words, period: name }) => name !== 'news' && name !== 'since' && text.includes(` ${words} `)).map(({ words }) => words);
  const lastDays = LAST_DAYS.exec(text);
  if (lastDays) found.push(lastDays[0].trim());
  return new Set(found.flatMap((words) => words.split(' ')));
}

/** The period a question names, or null when it names none. */
export function readTimeRange(question: string, now: Date): TimeRange | null {
  const today = startOfDay(now);
  const text = spacedWords(question);
  const lastDays = LAST_DAYS.exec(text);
  const aboutNews = tables().phrases.some(({ words, period: name }) => name === 'news' && text.includes(` ${words} `));
  if (lastDays) {
    const count = Math.max(1, Number(lastDays[1]));
    return { since: isoDay(today - (count - 1) * DAY), until: isoDay(today), expression: lastDays[0].trim(), aboutNews };
  }
  for (const { words, period: name } of tables().phrases) {
    if (name === 'news' || !text.includes(` ${words} `)) continue;
    if (name === 'since') {
      const after = text.slice(text.indexOf(` ${words} `) + words.length + 2).trim().split(' ');
      const since = sinceDay(after, today);
      if (!since || since.day > today) continue;
      return { since: isoDay(since.day), until: isoDay(today), expression: `${words} ${after.slice(0, since.used).join(' ')}`, aboutNews };
    }
    const range = period(name, today);
    if (range) return { since: isoDay(range[0]), until: isoDay(range[1]), expression: words, aboutNews };
  }
  return null;
}

/**
 * The question as it was typed, without the words that named the period: its
 * casing stays ("Haifa" is still read as a name), its punctuation too.
 */
export function withoutTimeExpression(question: string, range: TimeRange): string {
  const spans = wordSpans(question);
  const wanted = range.expression.split(' ');
  const at = findWords(spans, wanted);
  return at < 0 ? question : withoutWords(question, spans, at, wanted.length);
}

/** A `since` day as the user typed it (YYYY-MM-DD, a real date, not after today), or null. */
export function sinceDayOf(text: string, now: Date): string | null {
  const match = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/u.exec(text);
  if (!match) return null;
  const day = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  const iso = day.toISOString().slice(0, 10);
  return iso === `${match[1]}-${match[2]}-${match[3]}` && iso <= now.toISOString().slice(0, 10) ? iso : null;
}
