/**
 * The direction rule for every line Marsad shows (Discord and the terminal),
 * written once here and checked with the Unicode Bidirectional Algorithm
 * itself in test/discord/render-bidi.test.ts and render-latin-runs.test.ts.
 *
 * Discord (and most terminals that apply bidi at all) lays every line out with
 * a left-to-right base direction, so:
 * - an Arabic line (a header, a footer, an Arabic answer or quote) is made ONE
 *   right-to-left unit: its content goes inside RIGHT-TO-LEFT ISOLATE … POP
 *   DIRECTIONAL ISOLATE (U+2067 … U+2069), so its first word is at the right,
 *   its full stop at the left and «الفقرة 24» reads in Arabic order. Latin runs
 *   inside it ("/ask", "Tokayev", "F-16", an English quotation with its own
 *   full stop) are isolated left-to-right (U+2066 … U+2069), so "/ask" keeps
 *   its slash in front, and so are dates and times written with separators
 *   (2025-02-10), which Arabic digit rules would otherwise reverse;
 * - an English line stays left-to-right and each Arabic run in it is isolated
 *   right-to-left, ending at its last Arabic letter: the neutrals after it
 *   (" · ¶ 11", "),") keep the English order.
 * Where a run begins and ends is decided in bidi-runs.ts. Discord applies the
 * algorithm itself (bidi-js is its stand-in in the tests); no library inserts
 * isolates for a fixed left-to-right base, and which punctuation belongs to a
 * run is a reading decision the algorithm leaves to the text's writer.
 * A Markdown block marker at the start of a line ("> " in any line; "1. ", "- "
 * in English lines) stays in front of the isolate, where Discord reads it.
 *
 * Pure and idempotent: isolates already present are removed before wrapping.
 */
import { isolateLatinRuns, isolateRightToLeftRuns, isRightToLeftLetter, LEFT_TO_RIGHT_ISOLATE, POP_DIRECTIONAL_ISOLATE, RIGHT_TO_LEFT_ISOLATE } from './bidi-runs.js';
import { detectLanguage } from './language.js';

export type Direction = 'rtl' | 'ltr';

/** Embeddings, overrides and isolates: never taken from article or model text (U+202A–U+202E, U+2066–U+2069). */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/gu;
const ISOLATES = /[\u2066-\u2069]/gu;
// Markdown block markers Discord reads only at the very start of a line. An Arabic line keeps
// only the quote bar in front: its list number goes inside the isolate, so it sits at the right.
const BLOCK_MARKER = /^(?:\s*(?:>>> |> |-# |#{1,3} |[-*] |\d{1,3}[.)] ))*/u;
const QUOTE_MARKER = /^(?:\s*(?:>>> |> ))*/u;

/** Removes embeddings, overrides and isolates: article and model text never steers the layout. */
export function stripBidiControls(text: string): string {
  return text.replace(BIDI_CONTROLS, '');
}

/** Removes the isolates this module adds (to compare displayed text with its source). */
export function stripIsolates(text: string): string {
  return text.replace(ISOLATES, '');
}

// A title or quotation inside a sentence: “…”, «…», "…".
const QUOTED_SPAN = /“[^”]*”|«[^»]*»|"[^"]*"/gu;

/**
 * The direction a line of content reads in: right to left when it is mostly Arabic words. A sentence that quotes
 * a title or words in the other language reads in its own language ("“الأردن يطلق…” was filed from Amman."), so the
 * first letter outside quotation marks decides when there is one; a line that is all quotation reads as its content.
 */
export function lineDirection(line: string): Direction {
  const outside = line.replace(QUOTED_SPAN, ' ');
  // The frame's first letter, as the Unicode algorithm reads a paragraph's first strong character: "… was filed from عمّان".
  const frameLetter = outside === line ? undefined : /\p{L}/u.exec(outside)?.[0];
  if (frameLetter) return isRightToLeftLetter(frameLetter) ? 'rtl' : 'ltr';
  return detectLanguage(line).language === 'ar' ? 'rtl' : 'ltr';
}

/** Every line of `text` given its direction: `direction` for all, or each line's own. */
export function directText(text: string, direction?: Direction): string {
  return text
    .split('\n')
    .map((line) => directLine(line, direction))
    .join('\n');
}

// The target of a Markdown link is never shown: set aside while runs are found, so no isolate lands inside it.
const LINK_TARGET = /\]\((https?:\/\/[^\s)]+)\)/gu;
const HIDDEN = '\u0001';

/** One line laid out by the rule above. */
export function directLine(line: string, direction: Direction = lineDirection(stripIsolates(line).replace(LINK_TARGET, ']()'))): string {
  const targets: string[] = [];
  const clean = stripIsolates(line)
    .replace(/\u0001/gu, '')
    .replace(LINK_TARGET, (_, target: string) => {
      targets.push(target);
      return `](${HIDDEN})`;
    });
  const marker = (direction === 'rtl' ? QUOTE_MARKER : BLOCK_MARKER).exec(clean)?.[0] ?? '';
  const content = clean.slice(marker.length);
  let directed = clean;
  if (content.trim() !== '') {
    directed =
      direction === 'rtl'
        ? `${marker}${RIGHT_TO_LEFT_ISOLATE}${isolateNumbers(outsideLinks(content, isolateLatinRuns))}${POP_DIRECTIONAL_ISOLATE}`
        : marker + outsideLinks(content, isolateRightToLeftRuns);
  }
  let next = 0;
  return targets.length === 0 ? directed : directed.replace(/\u0001/gu, () => targets[next++] ?? '');
}

// A link's text with its target set aside: "[…](\u0001)".
const LINK = /\[([^\]]*)\]\(\u0001\)/gu;

/**
 * Runs isolated within a link's text and outside it, never across its "](": an isolate opened in the text and closed
 * after the link (an Arabic title linked in an English line, then an Arabic section name) breaks the link in Discord.
 */
function outsideLinks(content: string, isolate: (text: string) => string): string {
  let directed = '';
  let last = 0;
  for (const link of content.matchAll(LINK)) {
    directed += `${isolate(content.slice(last, link.index))}[${isolate(link[1]!)}](${HIDDEN})`;
    last = link.index + link[0].length;
  }
  return directed + isolate(content.slice(last));
}

// A date, time or range written with separators (2025-02-10, 12:30, 1/2): in Arabic text its digits
// become Arabic numbers, which a "-" or "/" does not join, so «2025-02-10» would show as 10-02-2025.
const SEPARATED_NUMBER = /(?<![\p{L}\p{N}])\d+(?:[-/.:]\d+)+(?![\p{L}\p{N}])/gu;
const LEFT_TO_RIGHT_ISOLATED = /(\u2066[^\u2069]*\u2069)/u;

/** Outside the left-to-right isolates already made, numbers with separators are isolated left to right. */
function isolateNumbers(text: string): string {
  return text
    .split(LEFT_TO_RIGHT_ISOLATED)
    .map((part) => (part.startsWith(LEFT_TO_RIGHT_ISOLATE) ? part : part.replace(SEPARATED_NUMBER, `${LEFT_TO_RIGHT_ISOLATE}$&${POP_DIRECTIONAL_ISOLATE}`)))
    .join('');
}
