/**
 * Reported speech as the outlet marks it: a speech verb, optionally the
 * speaker's name (quoted or not), a colon, then the words in quotation marks
 * running to the paragraph's last closing mark («وقال “توكاييف”: “…”»,
 * «قال توكاييف: “…”», «وأضاف “…”», «مضيفا أنه و”…”»). The outlet nests
 * quotation marks with the same glyphs, so the speech ends at the paragraph's
 * last closing mark, not the first one.
 */
import type { Article, Paragraph } from '../types.js';
import { alternatives, nameWords, voweledAlternatives } from './name-words.js';
import { withoutLeadingWords } from './names-in-text.js';

export interface Speech {
  paragraph: Paragraph;
  /** Offsets of the spoken words in paragraph.text (quotation marks excluded). */
  start: number;
  end: number;
  speakerArabic: string | null;
  speakerEnglish: string | null;
}

const MARK = '[“”"«»]';
const MARKS = /[“”"«»]/;
const NAME = `[^\\s“”"«»:،.]+(?:\\s[^\\s“”"«»:،.]+){0,3}`;

interface SpeechPatterns {
  namedQuoted: RegExp;
  namedPlain: RegExp;
  unnamed: RegExp;
  englishSpeaker: RegExp;
  notNames: Set<string>;
}

let built: SpeechPatterns | null = null;

/** From the speech verbs of knowledge/language/name-context.tsv (with or without vowel marks). */
function speechPatterns(): SpeechPatterns {
  if (built) return built;
  const verb = `(?:و)?${voweledAlternatives(nameWords('ar', 'speech'))}`;
  built = {
    // «وقال “…”: “» or with a title first «وقال رئيس البلدية “…”: “», or unquoted «قال …: “».
    namedQuoted: new RegExp(`(?<![\\p{L}])${verb}\\s+(?:[^\\s“”"«»:،.]+\\s+){0,3}?${MARK}(${NAME})${MARK}\\s*:\\s*${MARK}`, 'gu'),
    namedPlain: new RegExp(`(?<![\\p{L}])${verb}\\s+(${NAME})\\s*:\\s*${MARK}`, 'gu'),
    unnamed: new RegExp(`(?<![\\p{L}])${verb}(?:\\s*:\\s*|\\s+|\\s+أن(?:ه|ها)?\\s*و?)${MARK}`, 'gu'),
    englishSpeaker: new RegExp(`\\b([A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+){0,2})\\s+${alternatives(nameWords('en', 'speech'))}\\b|\\b${alternatives(nameWords('en', 'speech'))}\\s+([A-Z][\\p{L}-]+(?:\\s+[A-Z][\\p{L}-]+){0,2})`, 'u'),
    notNames: new Set(nameWords('en', 'not_name')),
  };
  return built;
}

function speakerIn(text: string | null | undefined): string | null {
  const { englishSpeaker, notNames } = speechPatterns();
  const match = text ? englishSpeaker.exec(text) : null;
  const name = match?.[1] ?? match?.[2];
  return name && !notNames.has(name.toLowerCase()) ? withoutLeadingWords(name) : null;
}

function englishSpeaker(paragraph: Paragraph, offset: number): string | null {
  const index = paragraph.sentences.findIndex((sentence) => sentence.end > offset);
  return speakerIn(paragraph.sentenceTranslations?.[Math.max(0, index)] ?? paragraph.translation);
}

/** An English article: the first quoted span of 20 characters or more, the speaker from a speech verb in the paragraph. */
function findEnglishSpeech(paragraph: Paragraph): { start: number; end: number; speaker: string | null } | null {
  for (const match of paragraph.text.matchAll(/[“"]([^“”"]{20,})[”"]/gu)) {
    const start = match.index + 1;
    return { start, end: start + match[1]!.length, speaker: speakerIn(paragraph.text) };
  }
  return null;
}

/** The spoken words' end: the paragraph's last closing mark, when only punctuation follows it. */
function speechEnd(text: string, start: number): number | null {
  for (let index = text.length - 1; index >= start; index -= 1) {
    if (MARKS.test(text[index]!)) return /^[\s.،؛!؟…]*$/u.test(text.slice(index + 1)) ? index : null;
  }
  return null;
}

function findSpeech(paragraph: Paragraph): { start: number; speaker: string | null } | null {
  const text = paragraph.text;
  const { namedQuoted, namedPlain, unnamed } = speechPatterns();
  for (const pattern of [namedQuoted, namedPlain]) {
    pattern.lastIndex = 0;
    const named = pattern.exec(text);
    if (named) return { start: named.index + named[0].length, speaker: named[1]!.trim() };
  }
  unnamed.lastIndex = 0;
  for (let match = unnamed.exec(text); match; match = unnamed.exec(text)) {
    const start = match.index + match[0].length;
    // «قال “توكاييف” إن …» quotes a name, not words: a quoted span of one or two words then more narration.
    const firstClose = text.slice(start).search(MARKS);
    const quoted = firstClose === -1 ? '' : text.slice(start, start + firstClose);
    const isFinalMark = firstClose !== -1 && speechEnd(text, start) === start + firstClose;
    if (isFinalMark || quoted.trim().split(/\s+/).length > 4) return { start, speaker: null };
  }
  return null;
}

/** How far into a paragraph its opening runs: «وفي هذا الصدد أوضح: “» puts the spoken words fifth. */
const OPENING_WORDS = 5;

/**
 * The paragraph opens on reported speech whose speaker it does not name («وأضاف “…”», «مضيفا أنه و”…”»,
 * «وفي هذا الصدد أوضح: “…”»): the speaker is the one a paragraph before named, as findSpeeches reads it.
 */
export function opensWithUnnamedSpeech(paragraph: Paragraph): boolean {
  const found = findSpeech(paragraph);
  return found !== null && found.speaker === null && paragraph.text.slice(0, found.start).trim().split(/\s+/).length <= OPENING_WORDS;
}

/** Every speech of an article, speakers carried over from the last named one («وأضاف» after «قال توكاييف»). */
export function findSpeeches(article: Article): Speech[] {
  const speeches: Speech[] = [];
  let last = null as { arabic: string; english: string | null } | null;
  for (const paragraph of article.paragraphs) {
    if (article.meta.language === 'en') {
      const english = findEnglishSpeech(paragraph);
      if (!english) continue;
      if (english.speaker) last = { arabic: english.speaker, english: english.speaker };
      speeches.push({ paragraph, start: english.start, end: english.end, speakerArabic: null, speakerEnglish: last?.english ?? null });
      continue;
    }
    const found = findSpeech(paragraph);
    if (!found) continue;
    const end = speechEnd(paragraph.text, found.start);
    if (end === null || end - found.start < 20) continue;
    if (found.speaker) {
      const english = englishSpeaker(paragraph, found.start);
      last = { arabic: found.speaker, english: english ?? (last?.arabic === found.speaker ? last.english : null) };
    }
    speeches.push({ paragraph, start: found.start, end, speakerArabic: last?.arabic ?? null, speakerEnglish: last?.english ?? null });
  }
  return speeches;
}
