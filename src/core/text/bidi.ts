/**
 * Bidirectional text for mixed Arabic/English lines.
 *
 * A line such as `[1] “توكاييف” said: …` is laid out by the client's bidi
 * algorithm, which moves neutral characters (brackets, quotes, digits, full
 * stops) to surprising sides when an Arabic run touches Latin text. Wrapping
 * each right-to-left run in FIRST STRONG ISOLATE … POP DIRECTIONAL ISOLATE
 * (U+2068 … U+2069) makes the run one opaque unit: it reads right to left
 * inside, and its neighbours keep their own order outside.
 *
 * Pure and idempotent: isolates already present are removed before wrapping,
 * so wrapping twice gives the same text.
 */

export const FIRST_STRONG_ISOLATE = '\u2068';
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended, presentation forms.
const RIGHT_TO_LEFT = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
const LETTER = /\p{L}/u;
// Punctuation that opens before a run ( “توكاييف ) or closes after it ( ” . ، ؟ ).
const OPENING = /[“«‹"'(\[]/u;
const CLOSING = /[”»›"')\].,;:!?،؛؟…]/u;
const ISOLATES = /[\u2068\u2069]/gu;

function isRightToLeft(character: string): boolean {
  return RIGHT_TO_LEFT.test(character);
}

function isLeftToRightLetter(character: string): boolean {
  return LETTER.test(character) && !isRightToLeft(character);
}

/** Wraps every right-to-left run of `text` in Unicode isolates, line by line. */
export function wrapRightToLeftRuns(text: string): string {
  return text
    .replace(ISOLATES, '')
    .split('\n')
    .map(wrapLine)
    .join('\n');
}

/** Removes the isolates this module adds (for comparing displayed text with its source). */
export function stripIsolates(text: string): string {
  return text.replace(ISOLATES, '');
}

function wrapLine(line: string): string {
  const characters = Array.from(line);
  let output = '';
  let index = 0;
  while (index < characters.length) {
    const start = findRunStart(characters, index);
    if (start === -1) {
      output += characters.slice(index).join('');
      break;
    }
    const end = findRunEnd(characters, start);
    output += characters.slice(index, start).join('');
    output += FIRST_STRONG_ISOLATE + characters.slice(start, end).join('') + POP_DIRECTIONAL_ISOLATE;
    index = end;
  }
  return output;
}

/** Index where the next run begins (an opening quote glued to it included), or -1. */
function findRunStart(characters: string[], from: number): number {
  for (let index = from; index < characters.length; index += 1) {
    if (!isRightToLeft(characters[index]!)) continue;
    let start = index;
    while (start > from && OPENING.test(characters[start - 1]!)) start -= 1;
    return start;
  }
  return -1;
}

/**
 * Exclusive end of the run starting at `start`. The run spans neutrals between
 * right-to-left letters and stops before the next left-to-right letter. When
 * nothing left-to-right follows on the line, the trailing neutrals (" [2].")
 * belong to the Arabic sentence and stay inside; otherwise only the
 * punctuation glued to the last letter does.
 */
function findRunEnd(characters: string[], start: number): number {
  let lastRightToLeft = start;
  let index = start;
  for (; index < characters.length; index += 1) {
    const character = characters[index]!;
    if (isLeftToRightLetter(character)) break;
    if (isRightToLeft(character)) lastRightToLeft = index;
  }
  if (index === characters.length) {
    let end = characters.length;
    while (end > lastRightToLeft + 1 && /\s/u.test(characters[end - 1]!)) end -= 1;
    return end;
  }
  let end = lastRightToLeft + 1;
  while (end < index && CLOSING.test(characters[end]!)) end += 1;
  return end;
}
