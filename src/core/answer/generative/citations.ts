/**
 * Checking a generated answer against the sources it was given: every [n] must
 * name one of them. Markers that name nothing are removed; the rest are
 * renumbered 1..m in order of first appearance.
 */
import { toAsciiDigits } from '../../text/normalize.js';

const DIGITS = '0-9\\u0660-\\u0669\\u06F0-\\u06F9';
/** `[1]`, `[1, 2]`, `[١]`, `[1،2]` with the horizontal space before it (removed with a dropped marker). */
const MARKER = new RegExp(`([ \\t\\u00A0]*)\\[\\s*([${DIGITS}]+(?:\\s*[,،;]\\s*[${DIGITS}]+)*)\\s*\\]`, 'g');

export interface CitationRewrite {
  /** The text with valid markers renumbered and invalid ones removed. */
  text: string;
  /** Source numbers as given, in order of first citation: new number i+1 ↔ order[i]. */
  order: number[];
  /** Numbers the model cited that name no source (each once, in order). */
  dropped: number[];
}

export function rewriteCitations(text: string, validNumbers: ReadonlySet<number>): CitationRewrite {
  const renumbered = new Map<number, number>();
  const dropped: number[] = [];
  const rewritten = text.replace(MARKER, (_whole, space: string, list: string) => {
    const numbers = list.split(/\s*[,،;]\s*/).map((digits) => Number.parseInt(toAsciiDigits(digits), 10));
    const kept: number[] = [];
    for (const number of numbers) {
      if (!validNumbers.has(number)) {
        if (!dropped.includes(number)) dropped.push(number);
        continue;
      }
      if (!renumbered.has(number)) renumbered.set(number, renumbered.size + 1);
      const next = renumbered.get(number)!;
      if (!kept.includes(next)) kept.push(next);
    }
    return kept.length === 0 ? '' : `${space}${kept.map((n) => `[${n}]`).join('')}`;
  });
  return { text: tidy(rewritten), order: [...renumbered.keys()], dropped };
}

/** Whitespace left behind by removed markers. */
function tidy(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/[ \t]{2,}/g, ' ')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** The prompt's fixed marker for "the sources do not answer this", tolerant of markdown around it. */
export function isNotCovered(text: string): boolean {
  return /(?:^|\n)[\s*_`"'>#-]*NOT[_ ]COVERED\b/.test(text);
}
