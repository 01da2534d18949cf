/**
 * A yes/no question asked of everyone or any time ("can every rider get the grant?", "can fishers go out any day in
 * December?", «هل يحق لكل السائقين…؟») is answered "no" by a passage that restricts what it says to some ("limited to
 * the first 10,000 applicants", "allowed only at weekends", «يقتصر على…»): the passage telling the grant is no "yes"
 * to whether every rider gets it. Only the passage's sentences naming what the question asks about count. Words:
 * knowledge/language/restrictions.tsv.
 */
import { languageTable } from '../text/language-data.js';
import { normalizeText } from '../text/normalize.js';
import { isNumberToken } from '../text/number-words.js';
import { withoutProclitics } from '../text/arabic-clitics.js';
import { isArabicToken, rawTokens } from '../text/tokenize.js';
import type { Verdict } from '../types.js';
import { sentencesTelling } from './verdict-predicate.js';

let words: { universal: string[]; restriction: string[] } | undefined;

function table() {
  if (!words) {
    words = { universal: [], restriction: [] };
    for (const [written, , kind] of languageTable('restrictions.tsv')) {
      const form = ` ${rawTokens(normalizeText(written!)).join(' ')} `;
      if (kind === 'universal') words.universal.push(form);
      else if (kind === 'restriction') words.restriction.push(form);
    }
  }
  return words;
}

/** Whether the question asks of everyone or any time: a universal word not before a number («كل ست دقائق» is how often). */
export function asksOfAll(question: string): boolean {
  const tokens = rawTokens(normalizeText(question));
  return table().universal.some((form) => {
    const words = form.trim().split(' ');
    // «لكل السائقين»: the first word with a preposition or conjunction on it.
    const matches = (token: string | undefined, offset: number) => token !== undefined && (token === words[offset] || (offset === 0 && isArabicToken(token) && withoutProclitics(token, 1).includes(words[0]!)));
    return tokens.some((_, at) => words.every((_word, offset) => matches(tokens[at + offset], offset)) && !isNumberToken(tokens[at + words.length] ?? ''));
  });
}

/** The verdict once a question asked of all is checked against a restriction in the sentences naming what it asks about (`names`). */
export function byRestriction(verdict: Verdict, question: string, texts: readonly string[], names: (token: string) => boolean): Verdict {
  if (verdict !== 'yes' || !asksOfAll(question)) return verdict;
  // «ويقتصر»: the press writes a conjunction on the word, so each sentence is read with it and without it.
  const bare = (token: string) => (isArabicToken(token) && token.length > 3 && /^[وف]/u.test(token) ? token.slice(1) : token);
  const sentences = sentencesTelling(texts, (tokens) => tokens.some(names)).map((sentence) => rawTokens(normalizeText(sentence)));
  const said = (form: string) => sentences.some((tokens) => [tokens, tokens.map(bare)].some((words) => ` ${words.join(' ')} `.includes(form)));
  // A restriction the question makes itself ("only at weekends?") is what it asks, not an answer.
  const asked = ` ${rawTokens(normalizeText(question)).join(' ')} `;
  return table().restriction.some((form) => !asked.includes(form) && said(form)) ? 'no' : verdict;
}
