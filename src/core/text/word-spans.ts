/**
 * The words of a text as typed, each with its place and its normalised form (apostrophes dropped, as
 * the readers of questions compare words): a phrase found on the normalised words can be cut from the
 * text itself, whose casing ("Haifa" is a name) and punctuation stay.
 */
import { normalizeText } from './normalize.js';

export interface WordSpan {
  start: number;
  end: number;
  /** The word normalised. */
  word: string;
}

export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(/[\p{L}\p{M}\p{N}'’-]+/gu)].map((match) => ({
    start: match.index,
    end: match.index + match[0].length,
    word: normalizeText(match[0]).replace(/[^\p{L}\p{N}-]/gu, ''),
  }));
}

/** The text without `count` words from word `from` on, spaces before punctuation and a comma left before the end closed up. */
export function withoutWords(text: string, spans: WordSpan[], from: number, count: number): string {
  const cut = text.slice(0, spans[from]!.start) + text.slice(spans[from + count - 1]!.end);
  return cut.replace(/\s+([?؟.,،!])/gu, '$1').replace(/[,،]+([?؟.!])/gu, '$1').replace(/\s+/g, ' ').trim();
}

/** Where the normalised words `wanted` first follow one another, or -1. */
export function findWords(spans: WordSpan[], wanted: readonly string[]): number {
  return spans.findIndex((_, position) => wanted.every((word, offset) => spans[position + offset]?.word === word));
}
