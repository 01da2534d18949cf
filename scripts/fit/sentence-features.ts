/**
 * Sentence-level order features for the learned answer order (fit-ranker.ts), read beside rank-features.ts:
 *
 * - typed sentence: the share of the question's words (weighed by idf, or by idf and rarity among the
 *   candidates) that one sentence holds together with a value of the kind asked (a year for «متى»);
 * - sentence share: the same without the value, the control;
 * - ordered run: the question's words found in one sentence in the question's order (longest common
 *   subsequence of word groups, idf-weighted share): a question writer copying a phrase keeps its order;
 * - phrase run: the longest run of consecutive question words (stop words included) copied into one sentence.
 */
import { splitSentences } from '../../src/core/text/sentences.js';
import { isStopWord, stemToken } from '../../src/core/text/tokenize.js';
import { readWords, type ValueKind, type ValueWord } from '../../src/core/answer/values.js';

interface SentenceContext {
  byStem: Map<string, { group: string; credit: number }>;
  weight: Map<string, number>;
  distinctive: Map<string, number>;
  kind: ValueKind | null;
  questionWords: ReadonlySet<string>;
  question: string;
  isValueOf: (word: ValueWord, kind: ValueKind) => boolean;
}

interface SentenceFeatures {
  typedSentence: number;
  typedSentenceRare: number;
  sentenceShare: number;
  orderedRun: number;
  phraseRun: number;
}

function weighed(weights: Map<string, number>, groups: Iterable<string>): number {
  let total = 0;
  for (const weight of weights.values()) total += weight;
  let covered = 0;
  for (const group of new Set(groups)) covered += weights.get(group) ?? 0;
  return total > 0 ? covered / total : 0;
}

/** Longest common subsequence of two group sequences, as the list of groups it keeps. */
function commonOrder(left: string[], right: string[]): string[] {
  const table = Array.from({ length: left.length + 1 }, () => new Array<number>(right.length + 1).fill(0));
  for (let i = 1; i <= left.length; i += 1) for (let j = 1; j <= right.length; j += 1) table[i]![j] = left[i - 1] === right[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
  const kept: string[] = [];
  for (let i = left.length, j = right.length; i > 0 && j > 0; ) {
    if (left[i - 1] === right[j - 1]) {
      kept.push(left[i - 1]!);
      i -= 1;
      j -= 1;
    } else if (table[i - 1]![j]! >= table[i]![j - 1]!) i -= 1;
    else j -= 1;
  }
  return kept;
}

interface Word {
  stem: string;
  stop: boolean;
}

const wordsOf = (text: string): Word[] => readWords(text).map((word) => ({ stem: stemToken(word.token), stop: isStopWord(word.token) }));

/** Longest run of consecutive stems shared by both, counted in words, 0 unless it holds a content word. */
function longestRun(question: Word[], sentence: Word[]): number {
  let best = 0;
  for (let i = 0; i < question.length; i += 1)
    for (let j = 0; j < sentence.length; j += 1) {
      let length = 0;
      let content = false;
      while (i + length < question.length && j + length < sentence.length && question[i + length]!.stem === sentence[j + length]!.stem) {
        if (!question[i + length]!.stop) content = true;
        length += 1;
      }
      if (content) best = Math.max(best, length);
    }
  return best;
}

export function sentenceFeatures(context: SentenceContext, texts: string[]): SentenceFeatures {
  const questionWords = readWords(context.question);
  const questionGroups = [...new Set(questionWords.map((word) => context.byStem.get(stemToken(word.token))?.group).filter((group): group is string => Boolean(group)))];
  const questionRun = wordsOf(context.question);
  const result: SentenceFeatures = { typedSentence: 0, typedSentenceRare: 0, sentenceShare: 0, orderedRun: 0, phraseRun: 0 };
  for (const text of texts)
    for (const sentence of splitSentences(text)) {
      const words = readWords(sentence.text);
      const groups: string[] = [];
      let typed = false;
      for (const word of words) {
        const match = context.byStem.get(stemToken(word.token));
        if (match) groups.push(match.group);
        else if (context.kind && !context.questionWords.has(word.token) && context.isValueOf(word, context.kind)) typed = true;
      }
      const share = weighed(context.weight, groups);
      result.sentenceShare = Math.max(result.sentenceShare, share);
      if (typed) {
        result.typedSentence = Math.max(result.typedSentence, share);
        result.typedSentenceRare = Math.max(result.typedSentenceRare, weighed(context.distinctive, groups));
      }
      result.orderedRun = Math.max(result.orderedRun, weighed(context.weight, commonOrder(questionGroups, groups)));
      result.phraseRun = Math.max(result.phraseRun, Math.min(6, longestRun(questionRun, wordsOf(sentence.text))) / 6);
    }
  return result;
}
