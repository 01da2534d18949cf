/**
 * Whether normalised tokens hold a listed phrase (normalised words in a row), each word matched as typed or, in
 * Arabic, without the article or attached preposition («بالطقس» holds «طقس»): the readers of data-driven phrase lists
 * (deed-words.ts, live-question.ts) compare words this way.
 */
import { withoutProclitics } from './arabic-clitics.js';
import { isArabicToken } from './tokenize.js';

// Every form withoutProclitics gives ends the token, so a token not ending in the word is ruled out before its
// forms are built: these lists are matched against every word of every unit read, and most words share nothing.
function wordMatches(token: string, word: string): boolean {
  return token === word || (token.endsWith(word) && isArabicToken(token) && withoutProclitics(token, 2).includes(word));
}

export function holdsPhrase(tokens: readonly string[], phrase: readonly string[]): boolean {
  return tokens.some((_, start) => phrase.every((word, offset) => start + offset < tokens.length && wordMatches(tokens[start + offset]!, word)));
}
