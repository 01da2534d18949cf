/**
 * A text's words as the answer's readings take them: its tokens after
 * normalisation, its content words (stop words aside) and their light stems.
 * The paragraphs a question retrieves are read by several steps (passage match,
 * unit choice, the sentence before), and the same paragraphs come back for the
 * questions that follow about one article: each text is normalised, tokenised
 * and stemmed once while it stays among the recent ones.
 */
import { normalizeText } from './normalize.js';
import { isStopWord, rawTokens, stemToken } from './tokenize.js';
import { WordMemo } from './word-memo.js';

/** Texts per generation of kept readings: a few questions' units and paragraphs (word-memo.ts holds two generations). */
const TEXTS_KEPT = 512;

export interface TextWords {
  /** rawTokens(normalizeText(text)), stop words kept. */
  readonly tokens: readonly string[];
  /** The tokens that are not stop words, in order. */
  readonly content: readonly string[];
  /** stemToken of each content word, in the same order. */
  readonly stems: readonly string[];
}

function readWords(text: string): TextWords {
  const tokens = rawTokens(normalizeText(text));
  const content = tokens.filter((token) => !isStopWord(token));
  return { tokens, content, stems: content.map((token) => stemToken(token)) };
}

const wordsByText = new WordMemo(readWords, TEXTS_KEPT);

/** The text's words (shared: callers must not change the arrays). */
export function textWords(text: string): TextWords {
  return wordsByText.get(text);
}
