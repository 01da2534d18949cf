/**
 * Lines that are about the article rather than part of it: bylines ("By Jane
 * Whitfield · March 2, 2025 · 4 min read", «بقلم مراد السيد · 14 فبراير 2025 ·
 * آخر تحديث: 10:15»), date and time lines, reading-time notes and credit lines.
 * Each is read into facts (author, published, updated) so the line can leave
 * the text while what it says stays in the front matter.
 */
import { readWordList, readWordPairs, stripArabicMarks } from '../core/public.js';
import { phraseList, phraseListFrom, type PhraseList } from './chrome-phrases.js';
import { parseDateText, timestampOf } from './visible-dates.js';

export interface LineFacts {
  author?: string;
  published?: string;
  updated?: string;
}

export interface MetaLine {
  facts: LineFacts;
  /**
   * Trusted only around the article text, not inside it: a line opening with a
   * byline word ("By", «كتب»), or one with a bare name beside its metadata
   * ("Steppe Wire · 4 min read").
   */
  aroundTextOnly: boolean;
}

export interface DateContext {
  defaultYear: number | null;
  /** The publication day known so far: a time alone ("Updated 10:15") is on it. */
  defaultDate: string | null;
}

export const MAX_META_LINE = 200;
// Parts of one byline line: "·", "|", "•", ";" and spaced dashes.
// "Posted on March 5, 2025 by Daniyar Omarov": a byline word right after a date starts a part too.
const PART_SEPARATORS = /\s*[·|•;]\s*|\s+[-–—]\s+|(?<=\d)\s+(?=(?:by|بواسطة)\s)/iu;
// "A and B", «أ و ب», «أ وب»: Arabic joins "and" to the next word. A name that itself starts with و
// (وليد) is split only after another name, a cost accepted for the common «فلان وفلان».
const NAME_SEPARATORS = /\s*(?:,|،|&|\band\b)\s*|\s+و\s*(?=\p{Script=Arabic})/u;

/** "Published …" and "Updated …" labels: the two roles share one file, each gets its own matcher. */
function dateLabels(): { role: 'published' | 'updated'; list: PhraseList }[] {
  return (['published', 'updated'] as const).map((role) => ({
    role,
    list: phraseListFrom(`date-labels.tsv:${role}`, () => readWordPairs('date-labels.tsv').filter(([key]) => key === role).map(([, label]) => label), { labels: false }),
  }));
}

// Hamza forms folded, ى kept: «على» (on) and «علي» (Ali) must stay apart, which normalizeText would merge.
const lightFold = (word: string) => stripArabicMarks(word).replace(/[أإآٱ]/g, 'ا').toLowerCase().replace(/[.'’-]/g, '');
let functionWords: Set<string> | null = null;

function isFunctionWord(word: string): boolean {
  functionWords ??= new Set(readWordList('not-in-names.txt').map(lightFold));
  const folded = lightFold(word);
  // A single letter is an initial ("Jane A. Whitfield").
  return folded.length > 1 && functionWords.has(folded);
}

/** Names as a byline prints them: a few words each, no digits, no sentence words or final full stop. */
export function namesIn(text: string): string[] | null {
  const trimmed = text.trim().replace(/[.,،:]+$/u, '');
  if (!trimmed || trimmed.length > 80 || /[\d?!؟"“”«»()]/u.test(trimmed)) return null;
  const names = trimmed.split(NAME_SEPARATORS).map((name) => name.trim()).filter(Boolean);
  const plausible = names.every((name) => {
    const words = name.split(/\s+/);
    return words.length <= 5 && !words.some(isFunctionWord);
  });
  return plausible && names.length > 0 && names.length <= 6 ? names : null;
}

export function joinNames(names: readonly string[]): string {
  return names.join(names.some((name) => /\p{Script=Arabic}/u.test(name)) ? '، ' : ', ');
}

/** One part of a byline line into facts; false when the part is not metadata. */
function readPart(part: string, facts: LineFacts, context: DateContext, line: { aroundTextOnly: boolean }): boolean {
  if (!part) return true;
  if (phraseList('reading-time.txt').isWholeLine(part) || phraseList('ad-labels.txt').isWholeLine(part) || phraseList('share-labels.txt').isWholeLine(part)) return true;
  if (phraseList('credit-prefixes.txt', { labels: false }).restAfterOpening(part) !== null) return true;
  for (const { role, list } of dateLabels()) {
    const rest = list.restAfterOpening(part);
    const date = rest === null ? null : parseDateText(rest, { defaultYear: context.defaultYear, defaultDate: facts.published?.slice(0, 10) ?? context.defaultDate });
    if (date) {
      const timestamp = timestampOf(date);
      if (timestamp) facts[role] ??= timestamp;
      return true;
    }
  }
  const date = parseDateText(part, { defaultYear: context.defaultYear, defaultDate: facts.published?.slice(0, 10) ?? context.defaultDate });
  if (date) {
    const timestamp = timestampOf(date);
    if (timestamp) facts.published ??= timestamp;
    return true;
  }
  const rest = phraseList('byline-prefixes.txt', { labels: false }).restAfterOpening(part);
  const names = rest === null ? null : namesIn(rest);
  if (!names) return false;
  facts.author ??= joinNames(names);
  line.aroundTextOnly = true;
  return true;
}

const MAX_UNSEPARATED_WORDS = 16;
const MAX_BARE_NAME_WORDS = 4;

function isBareName(part: string): boolean {
  return part.split(/\s+/).length <= MAX_BARE_NAME_WORDS && !/[\d.!?؟:;,،]/u.test(part);
}

/** Parts printed side by side with no separator ("By Jane Whitfield 5 min read", spans run together): the first split where both sides read. */
function readUnseparated(part: string, facts: LineFacts, context: DateContext, line: { aroundTextOnly: boolean }): boolean {
  const words = part.split(/\s+/);
  if (words.length > MAX_UNSEPARATED_WORDS) return false;
  for (let cut = 1; cut < words.length; cut += 1) {
    const trial: LineFacts = {};
    const trialLine = { aroundTextOnly: false };
    if (readPart(words.slice(0, cut).join(' '), trial, context, trialLine) && readPart(words.slice(cut).join(' '), trial, context, trialLine)) {
      Object.entries(trial).forEach(([key, value]) => (facts[key as keyof LineFacts] ??= value));
      line.aroundTextOnly ||= trialLine.aroundTextOnly;
      return true;
    }
  }
  return false;
}

/** The facts of a byline, date or credit line; null for anything else (article text, a kicker). */
export function readMetaLine(text: string, context: DateContext): MetaLine | null {
  if (text.length > MAX_META_LINE || !/[\p{L}\p{N}]/u.test(text)) return null;
  const facts: LineFacts = {};
  const line = { aroundTextOnly: false };
  if (readPart(text, facts, context, line)) return { facts, aroundTextOnly: line.aroundTextOnly };
  const parts = text.split(PART_SEPARATORS).map((part) => part.trim());
  const unread = parts.filter((part) => !(readPart(part, facts, context, line) || readUnseparated(part, facts, context, line)));
  // One bare name (the source, a section) may stand beside metadata the other parts carried.
  if (unread.length > 1 || (unread.length === 1 && (parts.length === 1 || !isBareName(unread[0]!)))) return null;
  return { facts, aroundTextOnly: line.aroundTextOnly || unread.length === 1 };
}
