/**
 * Display form of a span. A span cut from a longer quotation carries one half
 * of a pair of quotation marks (“…أخرى”.); shown as a point that reads as a
 * stray mark, so it is removed or closed. Only the displayed text changes: the
 * citation keeps the exact span.
 */
const MARKS = /[“”"«»]/g;
const TRAILING_MARK = /[“”"»](\s*[.؟?!…]*)$/;
const LEADING_MARK = /^[“”"«]\s*/;

export function balanceQuotationMarks(text: string, closing: '”' | '"'): string {
  const trimmed = text.trim();
  const count = trimmed.match(MARKS)?.length ?? 0;
  if (count % 2 === 0) return trimmed;
  if (TRAILING_MARK.test(trimmed)) return trimmed.replace(TRAILING_MARK, '$1');
  if (LEADING_MARK.test(trimmed)) return trimmed.replace(LEADING_MARK, '');
  return `${trimmed}${closing}`;
}

/** Joins aligned sentences of a rendering into one display string. */
export function joinSentences(sentences: string[]): string {
  return balanceQuotationMarks(sentences.join(' ').replace(/\s+/g, ' '), '"');
}

export function spanDisplay(span: string): string {
  // A span cut before its closing mark may end on the comma that led to "…, he said".
  return balanceQuotationMarks(span.replace(/\s+/g, ' ').replace(/[,،;؛]\s*$/u, ''), '”');
}

/** Cuts a display string to one line of at most `limit` characters, at a word boundary. */
export function clipLine(text: string, limit: number): string {
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= limit) return line;
  const cut = line.slice(0, limit - 1);
  const space = cut.lastIndexOf(' ');
  return `${space > limit / 2 ? cut.slice(0, space) : cut}…`;
}
