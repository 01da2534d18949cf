/**
 * The words of a yes/no question that its verdict checks as values, not as what a passage must say: numbers, ranks,
 * shares and their bounds ("more than half", «أقل من خمسمائة»), frequencies ("daily"), comparatives ("cheaper",
 * whose comparison the number or share after it makes). A passage giving another
 * value answers "no" (verdict.ts), so such a word missing from it is no sign that it does not answer.
 */
import { isNumberToken, ordinalWordValue } from '../text/number-words.js';
import { stemToken } from '../text/tokenize.js';
import type { Verdict } from '../types.js';
import { isComparative } from './verdict-comparatives.js';
import { byFrequency, isRateWord } from './verdict-frequency.js';
import { byShares, isShareOrBoundWord } from './verdict-shares.js';
import { bySuperlative } from './verdict-superlatives.js';
import { byDisclosure } from './verdict-disclosure.js';

/** Whether a normalised question token is a value the verdict checks. */
export function isCheckedWord(token: string): boolean {
  return isNumberToken(token) || ordinalWordValue(token) !== undefined || isComparative(token) || isShareOrBoundWord(stemToken(token)) || isRateWord(stemToken(token));
}

/** The stems of the question's tokens the verdict checks as values («خمسمائة» as its stem «خمسما»). */
export function checkedStems(questionTokens: Iterable<string>): Set<string> {
  return new Set([...questionTokens].filter(isCheckedWord).map(stemToken));
}

/** How the question's words are read against the passage's: `isNamed`, one of its names; `otherNoun`, another thing it names than the asked one. */
export interface CheckedReading {
  isNamed?: (token: string) => boolean;
  otherNoun?: (asked: string | null, given: string | null) => boolean;
}

/** The verdict once the question's share, frequency, superlative and asking whether a value was told are checked against the passage. */
export function byCheckedValues(verdict: Verdict, question: string, texts: readonly string[], { isNamed, otherNoun }: CheckedReading = {}): Verdict {
  const checked = bySuperlative(byFrequency(byShares(verdict, question, texts), question, texts), question, texts, otherNoun);
  // "Do we know when…?" over "he did not say when": not told (verdict-disclosure.ts).
  return byDisclosure(checked, question, texts, isNamed);
}
