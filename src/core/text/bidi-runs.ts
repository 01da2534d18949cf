/**
 * Where a run of the other direction begins and ends inside a line (the runs
 * src/core/text/bidi.ts isolates): a Latin run in an Arabic line, an Arabic
 * run in an English line. The Unicode Bidirectional Algorithm lays out text
 * whose runs are marked; which neutral character belongs to which run is a
 * reading decision it leaves to the writer, so it is made here:
 * - a run starts at a letter of its direction, with the prefixes glued before
 *   it ("/ask", "@Marsad") and the opening marks it closes ("(Reuters)",
 *   «Tokayev», not the « of «Tokayev وبوتين», which the line closes);
 * - it spans neutrals and digits up to its last letter of that direction;
 * - it keeps what belongs to its text: digits glued to a Latin word ("F-16",
 *   "COVID-19", "300km/h", which would otherwise be read as Arabic numbers
 *   and drawn on the wrong side), an abbreviation's last dot ("U.S."), and
 *   the closing marks of what it opened with the punctuation before them
 *   ("“The talks resume Monday.”", "(Reuters.)");
 * - an Arabic line's own punctuation after a Latin name stays in the line:
 *   its full stop, «…» around the name, «؟», drawn at the line's left end as
 *   right-to-left text draws them («… Tokayev.» shows ".Tokayev" at the left).
 *   In an English line, an Arabic comma or question mark glued to an Arabic
 *   run stays with the run.
 */

export const LEFT_TO_RIGHT_ISOLATE = '\u2066';
export const RIGHT_TO_LEFT_ISOLATE = '\u2067';
export const POP_DIRECTIONAL_ISOLATE = '\u2069';

// Hebrew, Arabic, Syriac, Thaana, NKo, Samaritan, Mandaic, Arabic Extended, presentation forms.
const RIGHT_TO_LEFT_LETTER = /[\u0590-\u08FF\uFB1D-\uFDFF\uFE70-\uFEFC]/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ARABIC_PUNCTUATION = /[،؛؟۔]/u;
const OPENERS: Record<string, string> = { '“': '”', '«': '»', '(': ')', '[': ']', '‹': '›', '"': '"' };
// Characters glued in front of a Latin word that belong to it: "/ask", "@user", "#tag", "(Reuters", «Tokayev».
// Not "[": a Markdown link's text must keep its isolate inside the brackets.
const LATIN_PREFIX = /[/@#$(`"“'‘«‹]/u;
const RIGHT_TO_LEFT_PREFIX = /[“«‹"(\[]/u;
// Punctuation that ends the quoted or bracketed text before its closing mark: "Monday.”", "paid,"", "\]" escaped.
const BEFORE_CLOSER = /[.,!?;:…\\؟،؛]/u;
const DIGIT = /[0-9]/u;
// What joins the digits of a model or version name: "F-16", "v2.0", "A4/5".
const DIGIT_JOINER = /[-/.:+]/u;
// An abbreviation of single letters, "U.S", "a.m": the dot after it is the abbreviation's.
const ABBREVIATION_END = /(?<![\p{L}\p{N}])(?:\p{L}\.)+\p{L}$/u;

export function isRightToLeftLetter(character: string): boolean {
  return RIGHT_TO_LEFT_LETTER.test(character);
}

function isLatinLetter(character: string): boolean {
  return LETTER_OR_DIGIT.test(character) && !RIGHT_TO_LEFT_LETTER.test(character) && !/\p{N}/u.test(character);
}

/** Isolates every Latin run of an Arabic line left to right. */
export function isolateLatinRuns(text: string): string {
  return isolateRuns(Array.from(text), true);
}

/** Isolates every Arabic run of an English line right to left. */
export function isolateRightToLeftRuns(text: string): string {
  return isolateRuns(Array.from(text), false);
}

function isolateRuns(characters: string[], latin: boolean): string {
  const inRun = latin ? isLatinLetter : isRightToLeftLetter;
  const isOther = latin ? isRightToLeftLetter : isLatinLetter;
  let output = '';
  let index = 0;
  while (index < characters.length) {
    let start = index;
    while (start < characters.length && !inRun(characters[start]!)) start += 1;
    if (start === characters.length) {
      output += characters.slice(index).join('');
      break;
    }
    if (latin) start = gluedDigitsBefore(characters, start, index);
    const body = start;
    while (start > index && (latin ? LATIN_PREFIX : RIGHT_TO_LEFT_PREFIX).test(characters[start - 1]!)) start -= 1;
    let end = start;
    for (let scan = start; scan < characters.length && !isOther(characters[scan]!); scan += 1) if (inRun(characters[scan]!)) end = scan + 1;
    if (latin) end = latinEnd(characters, start, gluedDigitsAfter(characters, end));
    end = closedEnd(characters, start, end);
    if (!latin) while (end < characters.length && ARABIC_PUNCTUATION.test(characters[end]!)) end = closedEnd(characters, start, end + 1);
    start = withoutUnclosedOpeners(characters, start, body, end);
    output += `${characters.slice(index, start).join('')}${latin ? LEFT_TO_RIGHT_ISOLATE : RIGHT_TO_LEFT_ISOLATE}${characters.slice(start, end).join('')}${POP_DIRECTIONAL_ISOLATE}`;
    index = end;
  }
  return output;
}

/** "300km/h", "5G": digits written against the word's first letter (not against an Arabic word) start the run. */
function gluedDigitsBefore(characters: string[], start: number, floor: number): number {
  let first = start;
  while (first > floor && (DIGIT.test(characters[first - 1]!) || (first - 1 > floor && DIGIT_JOINER.test(characters[first - 1]!) && DIGIT.test(characters[first - 2]!)))) first -= 1;
  if (first === start || !DIGIT.test(characters[first]!)) return start;
  return first > floor && isRightToLeftLetter(characters[first - 1]!) ? start : first;
}

/** "COVID-19", "G20": digits written against the word's last letter end the run. */
function gluedDigitsAfter(characters: string[], end: number): number {
  let last = end;
  while (last < characters.length && (DIGIT.test(characters[last]!) || (DIGIT_JOINER.test(characters[last]!) && DIGIT.test(characters[last + 1] ?? '')))) last += 1;
  return last;
}

/** The dot of an abbreviation ("U.S.") belongs to the Latin run; a full stop after a name is the Arabic sentence's. */
function latinEnd(characters: string[], start: number, end: number): number {
  return characters[end] === '.' && ABBREVIATION_END.test(characters.slice(start, end).join('')) ? end + 1 : end;
}

/**
 * The run grows over the closing marks of the marks it opened, with the punctuation before them
 * ("“The talks resume Monday.”"): punctuation not followed by such a mark stays outside.
 */
function closedEnd(characters: string[], start: number, end: number): number {
  const open: string[] = [];
  for (const character of characters.slice(start, end)) track(open, character);
  let closed = end;
  for (let probe = end; probe < characters.length && open.length > 0; probe += 1) {
    const character = characters[probe]!;
    if (OPENERS[open.at(-1)!] === character) {
      open.pop();
      closed = probe + 1;
    } else if (!BEFORE_CLOSER.test(character)) break;
  }
  return closed;
}

/**
 * An opening mark glued before the run whose closing mark is not in it («Tokayev وبوتين») opens the line's own
 * quotation: it stays outside, where the closing mark is, so the two are drawn around the same words.
 */
function withoutUnclosedOpeners(characters: string[], start: number, body: number, end: number): number {
  const open: number[] = [];
  for (let position = start; position < end; position += 1) {
    const character = characters[position]!;
    if (open.length > 0 && OPENERS[characters[open.at(-1)!]!] === character) open.pop();
    else if (character in OPENERS) open.push(position);
  }
  const unclosed = open.filter((position) => position < body);
  return unclosed.length === 0 ? start : unclosed.at(-1)! + 1;
}

/** Opening marks still open: a closing mark closes the innermost; a straight quotation mark closes one left open. */
function track(open: string[], character: string): void {
  if (open.length > 0 && OPENERS[open.at(-1)!] === character) open.pop();
  else if (character in OPENERS) open.push(character);
}
