/**
 * Splitting text to fit Discord's limits where a reader would least notice:
 * at a paragraph break, else a line break, else a sentence end, else a space;
 * a hard cut only inside one "word" longer than the limit, and never inside
 * a Markdown escape, a surrogate pair or before a combining mark.
 *
 * Linear in the text's length: the text comes in already escaped (escaped
 * once, see safe-text.ts), each piece is found with one forward measure and
 * one backward search inside its own window, and the direction isolates are
 * added once per piece. What isolates may add is bounded beforehand (two
 * characters per line and per run of letters of either script), so a piece
 * measured within the limit stays within it once directed.
 */
import { directText, type Direction } from '../../core/public.js';

const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
const LETTER = /\p{L}/u;
const SENTENCE_END = /[.!?؟۔…]["”»')]?$/u;
const COMBINING = /[\p{M}\u200C\u200D]/u;

/** Per position: an upper bound on what direction isolates add before it. */
function overheadPrefix(text: string): Int32Array {
  const prefix = new Int32Array(text.length + 1);
  let previousKind = 0;
  for (let index = 0; index < text.length; index += 1) {
    const character = text[index]!;
    const kind = RIGHT_TO_LEFT_LETTER.test(character) ? 1 : LETTER.test(character) ? 2 : character === '\n' ? 3 : 0;
    // A run of either script may be isolated (2 characters), and every line may be (2 more).
    const cost = (kind === 1 || kind === 2) && kind !== previousKind ? 2 : kind === 3 ? 2 : 0;
    prefix[index + 1] = prefix[index]! + cost;
    if (kind !== 0) previousKind = kind;
  }
  return prefix;
}

function safeCut(text: string, position: number, floor: number): number {
  let cut = position;
  const unsafe = (at: number) => {
    const code = text.charCodeAt(at);
    if (code >= 0xdc00 && code <= 0xdfff) return true; // low surrogate: inside a pair
    if (COMBINING.test(text[at] ?? '')) return true;
    let backslashes = 0;
    for (let back = at - 1; back >= floor && text[back] === '\\'; back -= 1) backslashes += 1;
    return backslashes % 2 === 1; // right after an escaping backslash
  };
  while (cut > floor + 1 && unsafe(cut)) cut -= 1;
  return cut;
}

/** Where to end the piece that starts at `start` and may run to `end` (exclusive). */
function boundary(text: string, start: number, end: number): number {
  if (end >= text.length) return text.length;
  const paragraph = text.lastIndexOf('\n\n', end - 1);
  if (paragraph > start) return paragraph;
  const line = text.lastIndexOf('\n', end - 1);
  if (line > start) return line;
  let space = -1;
  for (let index = end; index > start; index -= 1) {
    if (!/\s/u.test(text[index]!)) continue;
    if (SENTENCE_END.test(text.slice(Math.max(start, index - 2), index))) return index;
    if (space === -1) space = index;
  }
  return space > start ? space : safeCut(text, end, start);
}

/**
 * Splits already-escaped `text` into pieces of at most `limit` characters once
 * directed (`direction` for every line, or each line's own), directed.
 */
export function splitToFit(text: string, limit: number, direction?: Direction): string[] {
  const trimmed = text.trim();
  if (!trimmed) return [];
  const whole = directText(trimmed, direction);
  if (whole.length <= limit) return [whole];
  const prefix = overheadPrefix(trimmed);
  // A piece starting mid-line or mid-run may get one more isolate pair than the prefix counts.
  const cost = (start: number, end: number) => end - start + prefix[end]! - prefix[start]! + 4;
  const pieces: string[] = [];
  let start = 0;
  while (start < trimmed.length) {
    while (start < trimmed.length && /\s/u.test(trimmed[start]!)) start += 1;
    if (start >= trimmed.length) break;
    let low = start + 1;
    let high = trimmed.length;
    while (low < high) {
      const middle = Math.ceil((low + high) / 2);
      if (cost(start, middle) <= limit) low = middle;
      else high = middle - 1;
    }
    const end = boundary(trimmed, start, low);
    const piece = trimmed.slice(start, end).trim();
    if (piece) pieces.push(directText(piece, direction));
    start = end;
  }
  return pieces;
}

/**
 * Packs already-rendered blocks (source entries, paragraphs) into chunks of at
 * most `limit`, joined by `separator`. A block is never split here: callers
 * pass blocks that fit, as `splitToFit` produces.
 */
export function packBlocks(blocks: string[], limit: number, separator = '\n\n'): string[] {
  const chunks: string[] = [];
  let current = '';
  for (const block of blocks) {
    const candidate = current ? current + separator + block : block;
    if (candidate.length <= limit) {
      current = candidate;
    } else {
      if (current) chunks.push(current);
      current = block;
    }
  }
  if (current) chunks.push(current);
  return chunks;
}
