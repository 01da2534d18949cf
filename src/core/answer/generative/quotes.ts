/**
 * Quotes in a generated answer are checked like the citations: every quoted
 * span ("…", “…”, «…», „…“) of two words or more must be found, after
 * normalisation, in one of the cited sources (the paragraph, its English
 * rendering, or the excerpts). A sentence carrying a quote found nowhere is
 * removed, so "quotes verified" stays true of everything shown.
 */
import { normalizeText } from '../../text/normalize.js';
import type { Citation } from '../../types.js';

const QUOTED = /"([^"\n]+)"|“([^”\n]+)”|«([^»\n]+)»|„([^“”\n]+)[“”]/gu;
/** Where a sentence ends: its terminator, then any [n] markers after it. */
const SENTENCE_END = /[.!?؟…](?:\s*\[[^\]\n]*\])*/gu;

function comparable(text: string): string {
  return normalizeText(text).replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/** The quoted spans of `text` with where they lie. */
export function quotedSpans(text: string): { quote: string; start: number; end: number }[] {
  return [...text.matchAll(QUOTED)].map((match) => ({ quote: match.slice(1).find((group) => group !== undefined)!, start: match.index, end: match.index + match[0].length }));
}

/** True when every part of the quote (split at ellipses) is in one of the cited texts. */
export function isVerifiedQuote(quote: string, cited: Citation[]): boolean {
  const parts = quote.split(/\.\.\.|…/u).map(comparable).filter((part) => part.split(' ').length >= 2);
  if (parts.length === 0) return true; // a quoted word or name is a term, not a quote
  const haystacks = cited.flatMap((source) => [source.text, source.translation, source.quote, source.quoteTranslation]).filter((text): text is string => Boolean(text)).map(comparable);
  return parts.every((part) => haystacks.some((haystack) => ` ${haystack} `.includes(` ${part} `)));
}

/** The text without the sentences whose quotes are not in the cited sources, and those quotes. */
export function dropUnverifiedQuotes(text: string, cited: Citation[]): { text: string; dropped: string[] } {
  const dropped: string[] = [];
  const cuts: [number, number][] = [];
  for (const span of quotedSpans(text)) {
    if (isVerifiedQuote(span.quote, cited)) continue;
    dropped.push(span.quote);
    cuts.push(sentenceAround(text, span.start, span.end));
  }
  if (cuts.length === 0) return { text, dropped };
  let kept = '';
  let position = 0;
  for (const [start, end] of cuts.sort((left, right) => left[0] - right[0])) {
    if (start >= position) kept += text.slice(position, start);
    position = Math.max(position, end);
  }
  kept += text.slice(position);
  return { text: kept.replace(/[ \t]{2,}/g, ' ').replace(/\n{3,}/g, '\n\n').trim(), dropped };
}

function sentenceAround(text: string, start: number, end: number): [number, number] {
  let sentenceStart = 0;
  for (const match of text.slice(0, start).matchAll(SENTENCE_END)) sentenceStart = match.index + match[0].length;
  const newline = text.lastIndexOf('\n', start);
  sentenceStart = Math.max(sentenceStart, newline + 1);
  const after = new RegExp(SENTENCE_END.source, 'gu');
  after.lastIndex = end;
  const next = after.exec(text);
  const lineEnd = text.indexOf('\n', end);
  let sentenceEnd = next ? next.index + next[0].length : text.length;
  if (lineEnd >= 0 && lineEnd < sentenceEnd) sentenceEnd = lineEnd;
  // A sentence that was a whole line goes with its line break.
  if ((sentenceStart === 0 || text[sentenceStart - 1] === '\n') && text[sentenceEnd] === '\n') sentenceEnd += 1;
  return [sentenceStart, sentenceEnd];
}
