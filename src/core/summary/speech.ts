/**
 * Reported speech as the outlet marks it: a speech verb, optionally the
 * speaker's name (quoted or not), a colon, then the words in quotation marks
 * running to the paragraph's last closing mark («وقال “توكاييف”: “…”»,
 * «قال توكاييف: “…”», «وأضاف “…”», «مضيفا أنه و”…”»). The outlet nests
 * quotation marks with the same glyphs, so the speech ends at the paragraph's
 * last closing mark, not the first one.
 */
import type { Article, Paragraph } from '../types.js';

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
const HARAKAT = '[\\u064B-\\u0652]*';
const VERB = `(?:و)?(?:قال|قالت|أضاف|أضافت|أكد|أكدت|أوضح|أوضحت|صرح|صرّح|تابع|شدد|مضيفا|مضيفًا|قائلا|قائلاً)${HARAKAT}`;
const NAME = `[^\\s“”"«»:،.]+(?:\\s[^\\s“”"«»:،.]+){0,3}`;
// «وقال “توكاييف”: “» or with a title first «وقال رئيس البلدية “…”: “», or unquoted «قال توكاييف: “».
const NAMED_QUOTED = new RegExp(`(?<![\\p{L}])${VERB}\\s+(?:[^\\s“”"«»:،.]+\\s+){0,3}?${MARK}(${NAME})${MARK}\\s*:\\s*${MARK}`, 'gu');
const NAMED_PLAIN = new RegExp(`(?<![\\p{L}])${VERB}\\s+(${NAME})\\s*:\\s*${MARK}`, 'gu');
const UNNAMED = new RegExp(`(?<![\\p{L}])${VERB}(?:\\s*:\\s*|\\s+|\\s+أن(?:ه|ها)?\\s*و?)${MARK}`, 'gu');
const ENGLISH_SPEAKER = /\b([A-Z][\p{L}-]+(?:\s+[A-Z][\p{L}-]+){0,2})\s+(?:said|added|stressed|explained|noted|affirmed|emphasi[sz]ed)\b/u;
const PRONOUNS = new Set(['He', 'She', 'They', 'It', 'We', 'I']);

function englishSpeaker(paragraph: Paragraph, offset: number): string | null {
  const index = paragraph.sentences.findIndex((sentence) => sentence.end > offset);
  const sentence = paragraph.sentenceTranslations?.[Math.max(0, index)] ?? paragraph.translation;
  const name = sentence ? ENGLISH_SPEAKER.exec(sentence)?.[1] : undefined;
  return name && !PRONOUNS.has(name) ? name : null;
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
  for (const pattern of [NAMED_QUOTED, NAMED_PLAIN]) {
    pattern.lastIndex = 0;
    const named = pattern.exec(text);
    if (named) return { start: named.index + named[0].length, speaker: named[1]!.trim() };
  }
  UNNAMED.lastIndex = 0;
  for (let match = UNNAMED.exec(text); match; match = UNNAMED.exec(text)) {
    const start = match.index + match[0].length;
    // «قال “توكاييف” إن …» quotes a name, not words: a quoted span of one or two words then more narration.
    const firstClose = text.slice(start).search(MARKS);
    const quoted = firstClose === -1 ? '' : text.slice(start, start + firstClose);
    const isFinalMark = firstClose !== -1 && speechEnd(text, start) === start + firstClose;
    if (isFinalMark || quoted.trim().split(/\s+/).length > 4) return { start, speaker: null };
  }
  return null;
}

/** Every speech of an article, speakers carried over from the last named one («وأضاف» after «قال توكاييف»). */
export function findSpeeches(article: Article): Speech[] {
  const speeches: Speech[] = [];
  let last = null as { arabic: string; english: string | null } | null;
  for (const paragraph of article.paragraphs) {
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
