/**
 * Content words of a heading, topic or paragraph, as stems, and a forgiving
 * comparison: light stemming leaves "Russian"/"Russia" and
 * "اللبنانية"/"لبنان" apart, so a stem that begins the other (four
 * letters at least) counts as the same word.
 */
import { normalizeText } from '../text/normalize.js';
import { isStopWord, rawTokens, stemToken } from '../text/tokenize.js';
import type { Paragraph } from '../types.js';

const MIN_PREFIX = 4;

export function contentTerms(text: string | null | undefined): string[] {
  if (!text) return [];
  return [...new Set(rawTokens(normalizeText(text)).filter((token) => !isStopWord(token)).map(stemToken))];
}

export function sameTerm(left: string, right: string): boolean {
  if (left === right) return true;
  const [short, long] = left.length <= right.length ? [left, right] : [right, left];
  return short.length >= MIN_PREFIX && long.startsWith(short);
}

export function containsTerm(terms: Iterable<string>, term: string): boolean {
  for (const candidate of terms) if (sameTerm(candidate, term)) return true;
  return false;
}

/** The content words of both views of a paragraph (its text and English rendering), as the summariser matches topics; retrieval reads index stems from the keyword rows instead. */
export function paragraphContentTerms(paragraph: Paragraph): Set<string> {
  return new Set([...contentTerms(paragraph.text), ...contentTerms(paragraph.translation)]);
}
