/**
 * Whether a passage names a date after its article's own: what it tells is still to come, however it is worded. A
 * report writes its plans in the present («خطة تقنين جديدة تبدأ يوم الأحد 12 تموز»), with a scheduling adjective
 * («المقرر انعقادهما في فبراير 2027») or "are to be handed out … in March 2027", none of them a future marker
 * (future-tense.ts); the date says it: a year after the article's, a month and year after its month, or a month
 * without a year within the months ahead (a report of March saying "in November" tells last November's events).
 * Month names: knowledge/language/months.tsv; the reach ahead: TUNING.answer.laterMonths.
 */
import type { ParagraphIndex } from '../index/paragraph-index.js';
import { withoutProclitics } from '../text/arabic-clitics.js';
import { monthNumbers } from '../text/month-names.js';
import { normalizeText } from '../text/normalize.js';
import { isArabicToken, rawTokens } from '../text/tokenize.js';
import { TUNING } from '../tuning.js';
import { speaksOfFuture } from '../question/future-tense.js';
import { languageMap } from '../text/language-data.js';

const YEAR = /^(?:19|20)\d\d$/;
const DAY = /^(?:[1-9]|[12]\d|3[01])$/;

interface Word {
  token: string;
  /** Written with a capital: an English month name is one only so ("May", not the modal "may"). */
  capitalised: boolean;
}

function wordsOf(text: string): Word[] {
  const words: Word[] = [];
  for (const match of text.normalize('NFKC').matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const capitalised = /^\p{Lu}/u.test(match[0]);
    for (const token of rawTokens(normalizeText(match[0]))) words.push({ token, capitalised });
  }
  return words;
}

/** The month a word opens (with the next word for «تشرين الثاني», «كانون الأول»), or null. */
function monthAt(words: Word[], at: number): { month: number; length: number } | null {
  const names = monthNumbers();
  const word = words[at]!;
  const next = words[at + 1];
  const forms = isArabicToken(word.token) ? withoutProclitics(word.token, 2) : word.capitalised ? [word.token] : [];
  for (const form of forms) {
    const pair = next ? names.get(`${form} ${next.token}`) : undefined;
    if (pair !== undefined) return { month: pair, length: 2 };
    const single = names.get(form);
    if (single !== undefined) return { month: single, length: 1 };
  }
  return null;
}

/** Forms of the auxiliaries, and "to", before which a past participle is passive or planned ("was scheduled for May"). */
const BEFORE_PARTICIPLE = new Set(['is', 'are', 'was', 'were', 'be', 'been', 'being', 'will', 'to', 'has', 'have', 'had']);

let irregular: Map<string, string> | undefined;

/**
 * Whether an English text tells what it says in the past ("In March, the minister opened the clinic", "visited"): a
 * verb's past form not after an auxiliary, and no future marker (future-tense.ts) nor a future told in the past
 * ("would"). A translation tells it so for its Arabic source.
 */
export function toldInPast(text: string): boolean {
  if (speaksOfFuture(text)) return false;
  irregular ??= languageMap('english-irregular-verbs.tsv');
  const tokens = rawTokens(normalizeText(text));
  // "announced that it would launch in March": a future told in the past; its month may be still to come.
  if (tokens.includes('would')) return false;
  return tokens.some((token, position) => {
    if (BEFORE_PARTICIPLE.has(tokens[position - 1] ?? '')) return false;
    const lemma = irregular!.get(token);
    if (lemma !== undefined) return lemma !== token && !['be', 'have', 'do'].includes(lemma);
    return /^[a-z]{3,}[^e]ed$/.test(token);
  });
}

/**
 * Whether `text` names a date after `articleDate` (YYYY-MM-DD). `pastTold`: the text tells its event in the past, so a
 * month without a year is the last one of that name («في آذار/مارس، افتتح الوزير…», "In March, the minister opened…").
 */
export function namesLaterDate(text: string, articleDate: string, pastTold = false): boolean {
  const [year, month, day] = articleDate.split('-').map(Number) as [number, number, number];
  if (!year || !month) return false;
  const words = wordsOf(text);
  for (let at = 0; at < words.length; at += 1) {
    const token = words[at]!.token;
    if (YEAR.test(token) && Number(token) > year) return true;
    const named = monthAt(words, at);
    if (!named) continue;
    const after = words.slice(at + named.length, at + named.length + 2).find((word) => YEAR.test(word.token));
    // «يوم الأحد 12 تموز» in a report of 8 July; "on 20 July", "July 20, 2026".
    const dayOf = [words[at - 1], words[at + named.length]].find((word) => word !== undefined && DAY.test(word.token));
    const laterDay = Boolean(dayOf && day && Number(dayOf.token) > day);
    if (after) {
      const given = Number(after.token);
      if (given > year || (given === year && (named.month > month || (named.month === month && laterDay)))) return true;
      continue;
    }
    if (pastTold) continue;
    const ahead = (named.month - month + 12) % 12;
    if ((ahead >= 1 && ahead <= TUNING.answer.laterMonths) || (ahead === 0 && laterDay)) return true;
  }
  return false;
}

const datesByIndex = new WeakMap<ParagraphIndex, Map<string, string>>();

/** The date of the article a paragraph belongs to (its front matter's `date`), or null. */
export function articleDateOf(index: ParagraphIndex, articleId: string): string | null {
  let dates = datesByIndex.get(index);
  if (!dates) datesByIndex.set(index, (dates = new Map(index.articles.map((article) => [article.meta.id, article.meta.date]))));
  return dates.get(articleId) ?? null;
}
