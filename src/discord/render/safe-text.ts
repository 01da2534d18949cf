/**
 * Text from articles and models is shown, never obeyed. Before it reaches a
 * payload it loses bidi controls (U+202A–U+202E, U+2066–U+2069: only Marsad's
 * own isolates lay lines out) and its Markdown is escaped, once, in one linear
 * pass: a masked link `[verify here](https://…)`, `**bold**`, a code fence, a
 * heading, a list or a quote bar in an article shows as the characters it is.
 * (discord.js's escapeMarkdown runs a dozen regular expressions, some of them
 * quadratic on long unbroken text; this one is a single character class plus
 * a line-start pass.) Mentions are broken visibly as well as disabled by
 * `allowedMentions: { parse: [] }`, which keeps holding if a reply path ever
 * forgets that option.
 */
import { directText, stripBidiControls } from '../../core/public.js';

export const ZERO_WIDTH_SPACE = '\u200B';

// Inline Markdown of Discord: emphasis, code, strike, spoiler, masked links, <…> tokens (emoji, timestamps).
const INLINE_MARKDOWN = /[\\*_`~|[\]<>]/gu;
// Block Markdown read only at a line's start: headings and subtext (#, -#), lists (-, +, 1.).
const LINE_START_MARKDOWN = /^([ \t]*)(#|-(?=[ \t#])|\+(?=[ \t])|\d+(?=[.)][ \t]))/gmu;
const NUMBERED = /^([ \t]*\d+)([.)])(?=[ \t])/gmu;
// A citation-like marker in article text ("… the tickets [2]") would point at another source.
const MARKER_IN_TEXT = /\s*\[\s*[0-9٠-٩]{1,3}\s*\]/gu;

/** Every Markdown character escaped with a backslash: Discord shows it as typed. Linear. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INLINE_MARKDOWN, '\\$&')
    .replace(NUMBERED, '$1\\$2')
    .replace(LINE_START_MARKDOWN, (whole, indent: string, marker: string) => (/\d/u.test(marker) ? whole : `${indent}\\${marker}`));
}

/** Breaks @everyone, @here and <@id>/<@&id>/<#id> tokens with a zero-width space. */
export function neutralizeMentions(text: string): string {
  return text
    .replace(/@(everyone|here)\b/giu, `@${ZERO_WIDTH_SPACE}$1`)
    .replace(/<(@[!&]?|#)(\d+)>/gu, `<$1${ZERO_WIDTH_SPACE}$2>`)
    .replace(/\\<(@[!&]?|#)(\d+)\\>/gu, `\\<$1${ZERO_WIDTH_SPACE}$2\\>`);
}

/** Text cut from an article (quote, title, point, outlet): inert, without bidi controls or [n] markers. */
export function articleText(text: string): string {
  return neutralizeMentions(escapeMarkdown(stripBidiControls(text).replace(MARKER_IN_TEXT, '')));
}

/**
 * An answer's text (offline or a model's): inert, and its `[n]` markers kept
 * only for the citations the answer cites, so a "[2]" carried in from article
 * text cannot point at a source the answer does not use.
 */
export function answerText(text: string, cited: ReadonlySet<number>): string {
  // A cited marker is joined to the word before it by a no-break space: a narrow embed never wraps "[1]" onto a line alone.
  const markers = stripBidiControls(text).replace(/[ \t]*\[(\d{1,3})\]/gu, (_marker, n: string) => (cited.has(Number(n)) ? `\u00A0[${n}]` : ''));
  return neutralizeMentions(escapeMarkdown(markers));
}

/** Our own text with a value from outside in it (a watch word, a topic): the value made inert. */
export function plainValue(text: string): string {
  return neutralizeMentions(escapeMarkdown(stripBidiControls(text)));
}

/**
 * A quote shown in at most `limit` characters: the verified span's beginning,
 * cut at a word, and an ellipsis after it (outside the span: the shown words
 * are still an exact substring of the paragraph).
 */
export function capQuote(quote: string, limit: number): { shown: string; capped: boolean } {
  const text = quote.trim();
  if (text.length <= limit) return { shown: text, capped: false };
  let cut = text.lastIndexOf(' ', limit);
  if (cut < limit / 2) cut = limit;
  while (cut > 0 && /[\uDC00-\uDFFF\p{M}]/u.test(text[cut] ?? '')) cut -= 1;
  return { shown: text.slice(0, cut).trimEnd(), capped: true };
}

/** The options every message Marsad sends carries: nobody is ever pinged. */
export const NO_MENTIONS = { parse: [] as never[], repliedUser: false } as const;

/** Article or outside text as one displayed value: inert, each line laid out in its own direction. */
export function displayText(text: string): string {
  return directText(articleText(text));
}
