/**
 * A value asked against a reference ("was rainfall above average?", «هل كانت الأمطار فوق المعدل؟») is answered by the
 * share of the reference the passage gives: «42 في المئة فقط من المعدل السنوي» is below it (no), "20 percent above
 * the norm" above it. The passage naming the rainfall and the average says neither. Words:
 * knowledge/language/reference-values.tsv.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { rawTokens } from '../text/tokenize.js';
import type { Verdict } from '../types.js';

type Side = 'above' | 'below';
let words: { references: Set<string>; sides: [string[], Side][] } | undefined;

function table() {
  if (!words) {
    const references = new Set<string>();
    const sides: [string[], Side][] = [];
    for (const [written, , kind] of languageTable('reference-values.tsv')) {
      const form = rawTokens(normalizeText(written!));
      if (kind === 'reference') references.add(form.join(' '));
      else if (kind === 'above' || kind === 'below') sides.push([form, kind]);
    }
    words = { references, sides };
  }
  return words;
}

/** The side a phrase ending right before `position` (a word or two of "the" aside) gives, if any. */
function sideBefore(tokens: readonly string[], position: number): Side | null {
  const start = tokens[position - 1] === 'the' ? position - 1 : position;
  return table().sides.find(([form]) => form.every((word, offset) => tokens[start - form.length + offset] === word))?.[1] ?? null;
}

/** The side of a reference a yes/no question asks ("above average": above), or null. */
export function askedSide(question: string): Side | null {
  const tokens = rawTokens(normalizeText(question));
  for (const [position, token] of tokens.entries()) if (table().references.has(token)) return sideBefore(tokens, position) ?? null;
  return null;
}

const PERCENT = /^(\d+(?:[.,]\d+)?) (?:percent|في الميه|بالميه)$/;

/** The values `text` gives as a share of a reference: "42 percent of the average" 0.42, "20 percent below the norm" 0.8. */
function sharesOfReference(text: string): number[] {
  const tokens = rawTokens(normalizeText(text.replace(/(\d)\s*%/g, '$1 percent')));
  return tokens.flatMap((token, position) => {
    if (!table().references.has(token)) return [];
    for (let start = Math.max(0, position - 7); start < position; start += 1) {
      const span = [2, 3].map((length) => tokens.slice(start, start + length).join(' ')).find((words) => PERCENT.test(words));
      if (!span) continue;
      const share = Number(PERCENT.exec(span)![1]!.replace(',', '.')) / 100;
      const side = sideBefore(tokens, position);
      return [side === 'above' ? 1 + share : side === 'below' ? 1 - share : share];
    }
    return [];
  });
}

/** The verdict once a side of a reference asked is checked against the share of it the passage gives. */
export function byReference(verdict: Verdict, question: string, texts: readonly string[]): Verdict {
  const side = verdict === 'yes' ? askedSide(question) : null;
  if (side === null) return verdict;
  const given = texts.flatMap(sharesOfReference);
  if (given.length === 0) return verdict;
  return given.every((value) => (side === 'above' ? value <= 1 : value >= 1)) ? 'no' : verdict;
}
