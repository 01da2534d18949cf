/**
 * Whether a paragraph defines a word, so that it answers what the word means (question/outside-reports.ts): the word
 * (or its plural, or behind the Arabic article) right before a defining word ("twin primes are…", «الرواية هي…») or
 * an apposition ("twin primes, pairs of primes…"). An encyclopaedia article does so; a report that only uses the word
 * ("talks between the union and the company") does not answer "what's a union?".
 */
import { definingWords } from '../question/outside-reports.js';
import { normalizeText } from '../text/normalize.js';
import type { Paragraph } from '../types.js';
import { normalizedText } from './normalized-paragraph.js';

function escaped(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export function definesTerm(paragraph: Paragraph, term: readonly string[]): boolean {
  const text = ` ${normalizedText(paragraph)} ${paragraph.translation ? normalizeText(paragraph.translation) : ''} `;
  const words = [...definingWords()].map(escaped).join('|');
  const pattern = new RegExp(`[\\s(](?:ال|وال|بال)?${term.map(escaped).join('\\s+')}(?:s|es)?(?:\\s?[,(]|\\s(?:${words})\\s)`);
  return pattern.test(text);
}
