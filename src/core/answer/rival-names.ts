/**
 * Whether an answer unit speaks of a person the question does not name: the
 * people the press introduces by title, speech verb or quoted full name
 * (summary/names-in-text.ts), none of whose words the question holds. With a
 * name of the question missing from the paragraph, that is the trap of a
 * question about one person answered with another's deeds.
 */
import { normalizeText } from '../text/normalize.js';
import { rawTokens, stemToken } from '../text/tokenize.js';
import { peopleInText } from '../summary/names-in-text.js';
import type { Paragraph } from '../types.js';
import { quoteOf, type SentenceRange } from './citations.js';

export function namesSomeoneElse(paragraph: Paragraph, range: SentenceRange, language: 'ar' | 'en', questionWords: ReadonlySet<string>): boolean {
  const asked = new Set([...questionWords].map(stemToken));
  return peopleInText(quoteOf(paragraph, range), language).some((person) =>
    rawTokens(normalizeText(person)).every((word) => !questionWords.has(word) && !asked.has(stemToken(word))),
  );
}
