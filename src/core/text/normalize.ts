/**
 * Text normalisation for matching (never for display: quotes shown to users are
 * always cut from the original text).
 *
 * Arabic press text mixes several spellings of the same word (أ/إ/آ/ا, ى/ي, ة/ه),
 * optional diacritics, tatweel used for justification, Arabic-Indic digits and
 * Persian/Urdu code points typed on non-Arabic keyboards. Folding them lets a
 * question typed one way find a paragraph printed another.
 */

// Harakat, tanwin, shadda, sukun, superscript alef and Quranic annotation marks.
const ARABIC_DIACRITICS = /[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g;
const TATWEEL = /\u0640/g;
// Zero-width and bidirectional controls: invisible, but they break token matching.
const INVISIBLE_CONTROLS = /[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g;

const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك',
  // Iraqi and Gulf Arabic write چ for the ك they say «ch» (چان «كان»، چم «كم»، عليچ «عليك»); the press writes the
  // «ch» of foreign names ج or تش, so no fold of چ meets those.
  'پ': 'ب', 'چ': 'ك', 'ژ': 'ز', 'ڤ': 'ف', 'ڨ': 'ق',
};

/** Arabic-Indic (U+0660–0669) and Extended/Persian (U+06F0–06F9) digits to ASCII. */
export function toAsciiDigits(text: string): string {
  return text.replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => {
    const code = digit.charCodeAt(0);
    return String(code >= 0x06f0 ? code - 0x06f0 : code - 0x0660);
  });
}

/** Removes diacritics and tatweel only: the letters stay as written. */
export function stripArabicMarks(text: string): string {
  return text.replace(ARABIC_DIACRITICS, '').replace(TATWEEL, '');
}

/** Removes zero-width and bidi control characters. */
export function stripInvisibleControls(text: string): string {
  return text.replace(INVISIBLE_CONTROLS, '');
}

/**
 * Full matching form: NFKC, no controls, no diacritics or tatweel, folded letter
 * variants, ASCII digits, no quotation marks, lower-case Latin, single spaces.
 */
/**
 * The matching form of a text: NFKC; invisible controls, diacritics, tatweel, quotation marks and a possessive 's after an s dropped; letter
 * variants folded; Arabic-Indic digits as ASCII; Arabic comma, semicolon and question mark as ASCII; lower case;
 * whitespace runs as one space, trimmed. One pass over the characters, by a table of what each code unit becomes,
 * as the chain of regular-expression replacements it stands for (normalize.test.ts checks that the two agree) made
 * a new string per step, and every question normalises hundreds of texts.
 */
export function normalizeText(text: string): string {
  const source = text.normalize('NFKC');
  const parts: string[] = [];
  let runStart = 0;
  let lastWasSpace = true; // at the start: leading whitespace is dropped
  for (let position = 0; position < source.length; position += 1) {
    const code = source.charCodeAt(position);
    const action = CHARACTER_ACTIONS[code]!;
    if (action === KEEP) {
      lastWasSpace = false;
      continue;
    }
    // A space is kept as it is when it starts a run; anything else changed is cut around.
    if (action === SPACE && !lastWasSpace && code === 32) {
      lastWasSpace = true;
      continue;
    }
    if (position > runStart) parts.push(source.slice(runStart, position));
    // A possessive "'s" after an s goes whole: "Damascus's" is Damascus, not "damascuss", which no suffix cut undoes
    // ("Georgia's", as "georgias", already stems to Georgia; kept so, as every article is indexed this way).
    if (action === DROP && isPossessive(source, position)) position += 1;
    runStart = position + 1;
    if (action === SPACE) {
      if (!lastWasSpace) parts.push(' ');
      lastWasSpace = true;
    } else if (action === REPLACE) {
      parts.push(REPLACEMENTS.get(code)!);
      lastWasSpace = false;
    }
  }
  if (runStart < source.length) parts.push(runStart === 0 ? source : source.slice(runStart));
  const joined = parts.length === 1 ? parts[0]! : parts.join('');
  return (joined.endsWith(' ') ? joined.slice(0, -1) : joined).toLowerCase();
}

const WORD_CHARACTER = /[\p{L}\p{M}\p{N}]/u;

/** Whether the apostrophe at `position` starts a possessive "'s" ending an English word that ends in s. */
function isPossessive(source: string, position: number): boolean {
  const code = source.charCodeAt(position);
  if (code !== 0x27 && code !== 0x2019) return false;
  const next = source[position + 1];
  if (next !== 's' && next !== 'S') return false;
  const previous = source[position - 1];
  const after = source[position + 2];
  return (previous === 's' || previous === 'S') && (after === undefined || !WORD_CHARACTER.test(after));
}

const KEEP = 0;
const DROP = 1;
const REPLACE = 2;
const SPACE = 3;

/** What each code unit becomes: the classes of ARABIC_DIACRITICS, TATWEEL, INVISIBLE_CONTROLS, QUOTATION_MARKS and `\s`. */
const CHARACTER_ACTIONS = new Uint8Array(0x10000);
const REPLACEMENTS = new Map<number, string>([
  ...Object.entries(LETTER_FOLDS).map(([letter, folded]): [number, string] => [letter.charCodeAt(0), folded]),
  ...Array.from({ length: 10 }, (_, digit): [number, string] => [0x660 + digit, String(digit)]),
  ...Array.from({ length: 10 }, (_, digit): [number, string] => [0x6f0 + digit, String(digit)]),
  [0x60c, ','],
  [0x61b, ';'],
  [0x61f, '?'],
]);
// Filled from the ranges of those patterns (not by testing every code unit against them: that cost start-up time).
const DROPPED_RANGES: [number, number][] = [
  [0x610, 0x61a], [0x64b, 0x65f], [0x670, 0x670], [0x6d6, 0x6dc], [0x6df, 0x6e8], [0x6ea, 0x6ed], // diacritics
  [0x640, 0x640], // tatweel
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2069], [0xfeff, 0xfeff], [0xad, 0xad], // invisible controls
];
const WHITESPACE_RANGES: [number, number][] = [[9, 13], [32, 32], [0xa0, 0xa0], [0x1680, 0x1680], [0x2000, 0x200a], [0x2028, 0x2029], [0x202f, 0x202f], [0x205f, 0x205f], [0x3000, 0x3000]];
for (const [low, high] of WHITESPACE_RANGES) CHARACTER_ACTIONS.fill(SPACE, low, high + 1);
for (const code of REPLACEMENTS.keys()) CHARACTER_ACTIONS[code] = REPLACE;
for (const [low, high] of DROPPED_RANGES) CHARACTER_ACTIONS.fill(DROP, low, high + 1);
for (const mark of '"“”„‟«»‹›\'‘’‚‛`´') CHARACTER_ACTIONS[mark.charCodeAt(0)] = DROP;

export function normalizeForGoldMatch(text: string): string {
  return stripArabicMarks(text)
    .replace(/[“”"]/g, '')
    .replace(/[أإآٱ]/g, 'ا');
}
