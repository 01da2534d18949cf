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
const QUOTATION_MARKS = /["“”„‟«»‹›'‘’‚‛`´]/g;

const LETTER_FOLDS: Record<string, string> = {
  'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا',
  'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ئ': 'ي',
  'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ہ': 'ه', 'ھ': 'ه',
  'ؤ': 'و',
  'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك',
  'پ': 'ب', 'چ': 'ج', 'ژ': 'ز', 'ڤ': 'ف', 'ڨ': 'ق',
};
const LETTER_FOLD_PATTERN = new RegExp(`[${Object.keys(LETTER_FOLDS).join('')}]`, 'g');

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
export function normalizeText(text: string): string {
  return stripArabicMarks(stripInvisibleControls(text.normalize('NFKC')))
    .replace(LETTER_FOLD_PATTERN, (letter) => LETTER_FOLDS[letter] ?? letter)
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => toAsciiDigits(digit))
    .replace(QUOTATION_MARKS, '')
    .replace(/[\u060C]/g, ',')
    .replace(/[\u061B]/g, ';')
    .replace(/[\u061F]/g, '?')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

/**
 * The evaluation README's normalisation for gold matching: quotation marks and
 * diacritics removed, alef forms unified. Kept separate from normalizeText so the
 * eval measures exactly what the README defines.
 */
export function normalizeForGoldMatch(text: string): string {
  return stripArabicMarks(text)
    .replace(/[“”"]/g, '')
    .replace(/[أإآٱ]/g, 'ا');
}
