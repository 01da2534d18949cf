/**
 * The transliterated Arabic article before a name ("al-Hadidi", "el sisi", "Al Jazeera"): Arabic writes it joined
 * to the name («الحديدي») and an English text may drop it ("Hadidi said…"), so a question's "al" is no word of its own
 * that a paragraph must hold — counted so, it sinks the paragraph writing «الحديدي» and a corpus without any "al"
 * reads as not covering the question. It is read with the name that follows: left out of the question's words.
 * The list: knowledge/language/name-particles.txt.
 */
import { isStopWord } from './tokenize.js';
import { readWordList } from './word-lists.js';

let particles: Set<string> | undefined;

const LATIN_WORD = /^[a-z]{2,}$/;

/** Whether the normalised token at `position` is the article of the Latin-letter word after it. */
export function isNameArticle(tokens: readonly string[], position: number): boolean {
  particles ??= new Set(readWordList('name-particles.txt'));
  const next = tokens[position + 1];
  return particles.has(tokens[position]!) && next !== undefined && LATIN_WORD.test(next) && !particles.has(next) && !isStopWord(next);
}

/** The tokens without the articles of the names they hold ("al hadidi" → "hadidi"). */
export function withoutNameArticles(tokens: readonly string[]): string[] {
  return tokens.filter((_, position) => !isNameArticle(tokens, position));
}
