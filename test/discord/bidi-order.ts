/**
 * How a line looks once laid out by the Unicode Bidirectional Algorithm
 * (bidi-js, a conformant implementation), with the base direction Discord
 * gives every line (left to right), and how a reader reads it back.
 */
import * as bidiModule from 'bidi-js';
import type { Bidi } from 'bidi-js';

// bidi-js ships CommonJS whose module.exports is the factory: under NodeNext it is the namespace's default.
const bidiFactory = (bidiModule as unknown as { default: () => Bidi }).default;
const bidi = bidiFactory();
const CONTROLS = /[\u2066-\u2069\u200B\u200E\u200F\u2060]/u;

interface VisualWord {
  text: string;
  /** Leftmost visual position of the word's characters. */
  position: number;
  level: number;
}

/** Whitespace-separated words, controls left out, in logical (typed) order. */
export function logicalWords(line: string): string[] {
  return line.split(/\s+/u).map((word) => [...word].filter((character) => !CONTROLS.test(character)).join('')).filter(Boolean);
}

function visualWords(line: string): VisualWord[] {
  const levels = bidi.getEmbeddingLevels(line, 'ltr');
  const order = bidi.getReorderedIndices(line, levels);
  const positionOf = new Array<number>(line.length);
  order.forEach((logical: number, visual: number) => (positionOf[logical] = visual));
  const words: VisualWord[] = [];
  for (const match of line.matchAll(/\S+/gu)) {
    const indexes = Array.from({ length: match[0].length }, (_, offset) => match.index + offset).filter((index) => !CONTROLS.test(line[index]!));
    if (indexes.length === 0) continue;
    words.push({ text: indexes.map((index) => line[index]).join(''), position: Math.min(...indexes.map((index) => positionOf[index]!)), level: levels.levels[indexes[0]!]! });
  }
  return words.sort((left, right) => left.position - right.position);
}

/** The line as shown, left to right, controls removed (brackets mirrored where the algorithm mirrors them). */
export function visualText(line: string): string {
  const levels = bidi.getEmbeddingLevels(line, 'ltr');
  const mirrored = bidi.getMirroredCharactersMap(line, levels.levels);
  return bidi
    .getReorderedIndices(line, levels)
    .map((index: number) => mirrored.get(index) ?? line[index]!)
    .filter((character: string) => !CONTROLS.test(character))
    .join('');
}

const reverseStretches = (words: VisualWord[], inStretch: (word: VisualWord) => boolean, inner?: (stretch: VisualWord[]) => VisualWord[]): VisualWord[] => {
  const out: VisualWord[] = [];
  for (let index = 0; index < words.length; ) {
    let end = index + 1;
    const stretchy = inStretch(words[index]!);
    if (stretchy) while (end < words.length && inStretch(words[end]!)) end += 1;
    const stretch = words.slice(index, end);
    out.push(...(stretchy ? (inner ? inner(stretch.reverse()) : stretch.reverse()) : stretch));
    index = end;
  }
  return out;
};

/**
 * The words in the order a reader meets them on screen. An Arabic reader
 * starts at the right and reads each left-to-right island (a Latin name, a
 * number: an even level) from its left. An English reader starts at the left
 * and reads each right-to-left passage (an odd level or above) from its right,
 * the numbers and names inside it from their left. Two levels of nesting, as
 * people read: a line laid out right reads back as its logical words; an
 * Arabic line left in left-to-right order, or a number pulled into the wrong
 * run, does not.
 */
export function readingOrder(line: string, direction: 'rtl' | 'ltr'): string[] {
  const words = visualWords(line);
  if (direction === 'rtl') return reverseStretches([...words].reverse(), (word) => word.level % 2 === 0).map((word) => word.text);
  return reverseStretches(words, (word) => word.level >= 1, (passage) => reverseStretches(passage, (word) => word.level % 2 === 0)).map((word) => word.text);
}
