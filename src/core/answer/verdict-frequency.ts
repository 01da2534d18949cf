/**
 * How often, in yes/no questions: "does the ferry run daily?" is answered "no" by a passage saying it runs three
 * times a week, "is the festival held every year?" "yes" by one saying it is held each autumn; a passage that gives no
 * frequency leaves the question open ("the article does not say"), however much else it shares with it. Frequencies
 * are read as times a year. Words: knowledge/language/frequencies.tsv.
 */
import { withoutProclitics } from '../text/arabic-clitics.js';
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { numberWordValue } from '../text/number-words.js';
import { isArabicToken, stemToken } from '../text/tokenize.js';
import type { Verdict } from '../types.js';

let words: Map<string, { kind: string; value: number }> | undefined;

function wordOf(token: string | undefined): { kind: string; value: number } | undefined {
  if (!words) {
    words = new Map();
    for (const [form, , kind, value] of languageTable('frequencies.tsv')) words.set(normalizeText(form!), { kind: kind!, value: Number(value ?? 0) });
  }
  if (token === undefined) return undefined;
  const forms = isArabicToken(token) ? withoutProclitics(token, 2) : [token];
  return forms.map((form) => words!.get(form)).find(Boolean);
}

const kindOf = (token: string | undefined) => wordOf(token)?.kind;
const numeric = (token: string | undefined) => (token === undefined ? undefined : /^\d/.test(token) ? Number(token.replaceAll(',', '')) : numberWordValue(token));
/** A period followed by one of these, or by a number, is a date, not a frequency: "a week later", «في العام الماضي». */
const DATING = new Set(['ago', 'later', 'earlier', 'after', 'before', 'of', 'الماضي', 'المقبل', 'القادم', 'الحالي', 'الجاري', 'المنصرم', 'التالي', 'السابق']);
/** …and one these stand before is a length of time: "for a year", "in a week", "more than a month". */
const SPAN = new Set(['for', 'in', 'within', 'than', 'about', 'nearly', 'almost', 'over', 'under', 'only', 'just', 'half', 'first', 'last']);

/** How many times `text` says a thing happens, each as times a year. */
export function frequenciesOf(text: string): number[] {
  const tokens = normalizeText(text).match(/\d+(?:[.,]\d+)*|%|[\p{L}\p{M}]+/gu) ?? [];
  const found: number[] = [];
  tokens.forEach((token, position) => {
    const word = wordOf(token);
    if (word?.kind === 'rate') found.push(word.value);
    if (word?.kind !== 'period') return;
    const after = tokens[position + 1];
    if (after !== undefined && (DATING.has(after) || /^\d/.test(after))) return;
    const before = tokens[position - 1];
    if (kindOf(before) === 'every') {
      found.push(word.value);
      return;
    }
    if (kindOf(before) !== 'per' || SPAN.has(tokens[position - 2] ?? '')) return;
    // "twice a year", «ثلاث مرات في الأسبوع», "three days a week", "three a week": the count times the period;
    // "40,000 passengers a day": the period alone (the number counts the passengers); "a year late": no frequency.
    const counted = tokens[position - 2];
    if (counted === undefined || counted === '%' || tokens[position - 3] === '%') return;
    const countWord = wordOf(counted)?.kind === 'count' ? wordOf(counted)!.value : undefined;
    const number = numeric(kindOf(counted) === 'times' || counted === 'days' || counted === 'ايام' ? tokens[position - 3] : counted);
    if (countWord !== undefined) found.push(countWord * word.value);
    else if (number !== undefined) found.push((number < 100 ? number : 1) * word.value);
    else if (tokens.slice(Math.max(0, position - 5), position - 2).some((near) => numeric(near) !== undefined)) found.push(word.value);
  });
  return found;
}

/** The verdict once the frequency the question asks is checked against those the passage gives. */
export function byFrequency(verdict: Verdict, question: string, texts: readonly string[]): Verdict {
  const asked = frequenciesOf(question);
  if (asked.length === 0 || verdict === 'not_said') return verdict;
  const given = texts.flatMap(frequenciesOf);
  if (given.length === 0) return 'not_said';
  return asked.every((value) => given.includes(value)) ? verdict : 'no';
}

let rates: Set<string> | undefined;
let periods: Set<string> | undefined;

/** Whether a stem names a period of time ("week", «يوم»). */
export function isPeriodStem(stem: string): boolean {
  wordOf(undefined);
  periods ??= new Set([...words!.entries()].filter(([, word]) => word.kind === 'period').flatMap(([form]) => [stemToken(form), stemToken(`${form}s`)]));
  return periods.has(stem);
}

/** A word giving a frequency by itself ("daily", «سنويا»): the verdict checks it, a passage need not hold it. */
export function isRateWord(group: string): boolean {
  wordOf(undefined);
  rates ??= new Set([...words!.entries()].filter(([, word]) => word.kind === 'rate').map(([form]) => stemToken(form)));
  return rates.has(group);
}
