/**
 * A lexicon file's entry lines, found by headword without building a Map: the
 * file's text is kept as read, with the offset of each entry line in headword
 * order, and a lookup is a binary search comparing the headword in place.
 *
 * Why hand-written: every `npm run ask` loads the lexicon before it answers,
 * and a Map of every entry (two strings per line, then hashed, then collected)
 * was the largest part of that start in a CPU profile (README, Performance).
 * The built files are sorted by headword in code-unit order with unique
 * headwords (scripts/build-lexicon.ts), so one scan that records where each
 * line starts is enough. A hand-edited file may be unsorted or repeat a
 * headword: the scan notices, and the lines are then sorted once, the last
 * line of a repeated headword kept (as a Map would).
 *
 * An entry line is `headword<TAB>sense<TAB>…`; `#` lines, lines without a
 * headword and lines whose senses are all empty are not entries.
 */

import { grownArray } from '../index/format/grown-array.js';

const TAB = 9;
const HASH = 35;

export class HeadwordLines {
  private constructor(
    private readonly text: string,
    /** Where each entry line starts, in headword order. */
    private readonly starts: Uint32Array,
    /** The most space-separated words in one headword. */
    readonly maxWords: number,
  ) {}

  get size(): number {
    return this.starts.length;
  }

  /** The tab-separated senses of `headword` as they stand in the file, or undefined. */
  sensesText(headword: string): string | undefined {
    let low = 0;
    let high = this.starts.length - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const start = this.starts[middle]!;
      const order = compareWithLine(headword, this.text, start);
      if (order === 0) return this.sensesAt(start + headword.length + 1);
      if (order < 0) high = middle - 1;
      else low = middle + 1;
    }
    return undefined;
  }

  /** Every headword, in order (sliced from the text on demand). */
  *headwords(): Generator<string> {
    for (const start of this.starts) yield this.text.slice(start, this.text.indexOf('\t', start));
  }

  private sensesAt(from: number): string {
    const end = this.text.indexOf('\n', from);
    return this.text.slice(from, end < 0 ? this.text.length : end);
  }

  static scan(text: string): HeadwordLines {
    let starts = new Uint32Array(1024);
    let count = 0;
    let sorted = true;
    let previous = -1;
    let maxWords = 1;
    for (let start = 0; start < text.length; ) {
      let end = text.indexOf('\n', start);
      if (end < 0) end = text.length;
      const tab = text.indexOf('\t', start);
      if (text.charCodeAt(start) !== HASH && tab > start && tab < end && hasSense(text, tab, end)) {
        if (previous >= 0 && sorted && compareLines(text, previous, start) >= 0) sorted = false;
        if (count === starts.length) starts = grownArray(starts, count + 1);
        starts[count++] = start;
        previous = start;
        let words = 1;
        for (let space = text.indexOf(' ', start); space >= 0 && space < tab; space = text.indexOf(' ', space + 1)) words += 1;
        if (words > maxWords) maxWords = words;
      }
      start = end + 1;
    }
    const lines = starts.slice(0, count);
    return new HeadwordLines(text, sorted ? lines : Uint32Array.from(sortKeepingLast(text, [...lines])), maxWords);
  }
}

/** Whether the senses after `tab` hold anything but tabs (a hand-edited line may have empty fields). */
function hasSense(text: string, tab: number, end: number): boolean {
  for (let at = tab + 1; at < end; at += 1) if (text.charCodeAt(at) !== TAB) return true;
  return false;
}

/** The order of `headword` against the headword of the line at `start` (negative: before it). */
function compareWithLine(headword: string, text: string, start: number): number {
  for (let at = 0; ; at += 1) {
    const lineCode = text.charCodeAt(start + at);
    if (at === headword.length) return lineCode === TAB ? 0 : -1;
    if (lineCode === TAB) return 1;
    const difference = headword.charCodeAt(at) - lineCode;
    if (difference !== 0) return difference;
  }
}

/** The order of two lines' headwords, the tab ending each one sorting first (so "ab" comes before "abc"). */
function compareLines(text: string, first: number, second: number): number {
  for (let at = 0; ; at += 1) {
    const firstCode = text.charCodeAt(first + at);
    const secondCode = text.charCodeAt(second + at);
    if (firstCode !== secondCode) return firstCode === TAB ? -1 : secondCode === TAB ? 1 : firstCode - secondCode;
    if (firstCode === TAB) return 0;
  }
}

/** A hand-edited file's lines in headword order, one line per headword: the last, as when a Map is filled line by line. */
function sortKeepingLast(text: string, starts: number[]): number[] {
  const order = starts.map((start, position) => ({ start, position })).sort((a, b) => compareLines(text, a.start, b.start) || a.position - b.position);
  return order.filter((line, at) => at + 1 === order.length || compareLines(text, line.start, order[at + 1]!.start) !== 0).map((line) => line.start);
}
