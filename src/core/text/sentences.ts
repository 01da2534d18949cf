/**
 * Sentence splitting with offsets into the original text, so a chosen sentence
 * can be shown as an exact quote.
 *
 * Handles: Arabic ؟ and !, full stops followed by closing quotation marks
 * (“…لدولتنا.” ends at the ”), the outlet's habit of putting a full stop where
 * English would put a comma ("… يوم 3 يناير/كانون الثاني. تناول الرئيس …"),
 * elided text "(…).", decimal numbers and common English abbreviations. The
 * Arabic comma ، and semicolon ؛ never end a sentence.
 */

export interface SentenceSpan {
  /** The sentence exactly as in the source, trimmed of surrounding spaces. */
  text: string;
  start: number;
  end: number;
}

const TERMINATORS = new Set(['.', '!', '?', '؟', '…']);
const CLOSERS = new Set(['”', '"', '»', '’', "'", ')', ']', '›']);
const ENGLISH_ABBREVIATIONS = new Set([
  'mr', 'mrs', 'ms', 'dr', 'prof', 'st', 'jr', 'sr', 'vs', 'etc', 'e.g', 'i.e', 'u.s', 'u.k', 'u.n', 'no', 'jan',
  'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec', 'gen', 'gov', 'sen', 'rep', 'inc', 'ltd', 'co',
]);

function wordBefore(text: string, index: number): string {
  const match = /([\p{L}.]+)$/u.exec(text.slice(Math.max(0, index - 12), index));
  return (match?.[1] ?? '').toLowerCase();
}

function isBoundary(text: string, index: number): boolean {
  const mark = text[index]!;
  const previous = text[index - 1] ?? '';
  const next = text[index + 1] ?? '';
  if (mark === '.') {
    if (/\d/.test(previous) && /\d/.test(next)) return false; // 3.5
    if (next === '.' || previous === '.') return false; // part of "..."
    if (previous === '(' || next === ')') return false; // "(.)" style elisions
    const word = wordBefore(text, index);
    if (ENGLISH_ABBREVIATIONS.has(word) || /^[a-z]$/i.test(word)) return false; // Mr. / J. Smith
  }
  if (mark === '…' && (previous === '(' || next === ')')) return false; // "(…)" elision
  return true;
}

export function splitSentences(text: string): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const leading = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) spans.push({ text: trimmed, start: start + leading, end: start + leading + trimmed.length });
    start = end;
  };
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '\n') {
      push(index);
      continue;
    }
    if (!TERMINATORS.has(char) || !isBoundary(text, index)) continue;
    let end = index + 1;
    while (end < text.length && (TERMINATORS.has(text[end]!) || CLOSERS.has(text[end]!))) end += 1;
    // A boundary needs white space (or the end) after it; "U.S.A" or "x.y" does not split.
    if (end < text.length && !/\s/.test(text[end]!)) continue;
    push(end);
    index = end - 1;
  }
  push(text.length);
  return spans;
}
