/**
 * The words of a yes/no question that its verdict checks as values, not as what a passage must say: numbers, ranks,
 * shares and their bounds ("more than half", «أقل من خمسمائة»), frequencies ("daily"). A passage giving another
 * value answers "no" (verdict.ts), so such a word missing from it is no sign that it does not answer.
 */
import { isNumberToken, ordinalWordValue } from '../text/number-words.js';
import { stemToken } from '../text/tokenize.js';
import { isRateWord } from './verdict-frequency.js';
import { isShareOrBoundWord } from './verdict-shares.js';

/** Whether a normalised question token is a value the verdict checks. */
export function isCheckedWord(token: string): boolean {
  return isNumberToken(token) || ordinalWordValue(token) !== undefined || isShareOrBoundWord(stemToken(token)) || isRateWord(stemToken(token));
}

/** The stems of the question's tokens the verdict checks as values («خمسمائة» as its stem «خمسما»). */
export function checkedStems(questionTokens: Iterable<string>): Set<string> {
  return new Set([...questionTokens].filter(isCheckedWord).map(stemToken));
}
