/**
 * Passage match: two signals read from the text of the best few fused
 * candidates (tuning.ts, retrieval.passage.candidates), which the bag-of-n-grams
 * scores cannot see; they reorder those few.
 *
 * - Adjacent pairs: question words that stand next to each other (stop words
 *   aside) and stand next to each other in the paragraph too («النشيد الوطني»,
 *   "national anthem"). Scattered mentions of the article's topic words do not.
 *   A pair the paragraph's article title holds counts as found: the title names
 *   what every paragraph of the article is about, however each writes it.
 * - Word coverage: each question word counts once, by its best look-alike in
 *   the paragraph (character-trigram Dice, article stripped), so "depend" finds
 *   "dependent" and a paragraph that repeats the topic's name ten times gains
 *   nothing over one that names it once. BM25's term frequency rewards the
 *   repetition; this rewards covering the question.
 *
 * Both are shares of the question's idf weight (0..1). On XQuAD-dev they raised
 * r@1 in each setting and cost none (README, Evaluation).
 */
import { TUNING } from '../tuning.js';
import { stemToken, stripArabicArticle } from '../text/tokenize.js';
import { textWords } from '../text/text-words.js';

/** The weights of the two signals and the Dice similarity below which two words differ (tuning.ts). */
export const PASSAGE_WEIGHTS = { pairs: TUNING.retrieval.passage.pairs, coverage: TUNING.retrieval.passage.coverage };
const SAME_WORD_DICE = TUNING.retrieval.passage.sameWordDice;
/** The likeness of a word sharing no trigram with the question (most words): one empty list, never added to. */
const NO_LIKENESS: number[] = [];

interface QuestionWord {
  trigrams: Set<string>;
  weight: number;
}

function trigramsOf(word: string): Set<string> {
  const padded = ` ${word} `;
  const trigrams = new Set<string>();
  for (let start = 0; start + 3 <= padded.length; start += 1) trigrams.add(padded.slice(start, start + 3));
  return trigrams;
}

/** Adjacent content-word stem pairs of a text, as the question's pairs are keyed. */
export function stemPairs(text: string): Set<string> {
  const stems = textWords(text).stems;
  const pairs = new Set<string>();
  for (let position = 0; position + 1 < stems.length; position += 1) pairs.add(`${stems[position]} ${stems[position + 1]}`);
  return pairs;
}

export class PassageMatcher {
  private readonly pairs = new Map<string, number>();
  private readonly pairTotal: number;
  private readonly words: QuestionWord[];
  private readonly wordTotal: number;
  /** Trigram → the question words (positions in `words`) that contain it. */
  private readonly trigramOwners = new Map<string, number[]>();
  /** Per paragraph word read so far, its likeness to the question's words: the candidates share most of their words. */
  private readonly likenesses = new Map<string, number[]>();
  /** Scratch, per question word: trigrams shared with the word being read (likenessOf), its best likeness (coverage). */
  private readonly shared: Int32Array;
  private readonly best: Float64Array;

  /** `idf` weighs a question word by its light stem (the keyword index's idf). */
  constructor(questionText: string, idf: (stem: string) => number) {
    const { content: tokens, stems } = textWords(questionText);
    const weightOf = (stem: string) => idf(stem) || 1;
    for (let position = 0; position + 1 < stems.length; position += 1) {
      this.pairs.set(`${stems[position]} ${stems[position + 1]}`, (weightOf(stems[position]!) + weightOf(stems[position + 1]!)) / 2);
    }
    this.pairTotal = [...this.pairs.values()].reduce((sum, weight) => sum + weight, 0);
    const distinct = new Map<string, string>();
    for (const token of tokens) distinct.set(stripArabicArticle(token), token);
    this.words = [...distinct].map(([word, token]) => ({ trigrams: trigramsOf(word), weight: weightOf(stemToken(token)) }));
    this.wordTotal = this.words.reduce((sum, word) => sum + word.weight, 0);
    this.shared = new Int32Array(this.words.length);
    this.best = new Float64Array(this.words.length);
    this.words.forEach((word, owner) => {
      for (const trigram of word.trigrams) this.trigramOwners.set(trigram, [...(this.trigramOwners.get(trigram) ?? []), owner]);
    });
  }

  /** The weighted passage score of one paragraph text (0 when the question has no content words); `lent`: pairs its article's title holds. */
  score(text: string, lent?: ReadonlySet<string>): number {
    if (this.wordTotal === 0) return 0;
    const { content, stems } = textWords(text);
    return PASSAGE_WEIGHTS.pairs * this.pairShare(stems, lent) + PASSAGE_WEIGHTS.coverage * this.coverage(content);
  }

  private pairShare(stems: readonly string[], lent?: ReadonlySet<string>): number {
    if (this.pairTotal === 0) return 0;
    const found = new Set<string>();
    // A pair the article's title holds is what every paragraph of it is about ("Bashar al-Assad" over «بشار حافظ الأسد»): it counts
    // as found, so the paragraph that writes the name as the question does is not preferred to its siblings for that alone.
    if (lent) for (const pair of this.pairs.keys()) if (lent.has(pair)) found.add(pair);
    for (let position = 0; position + 1 < stems.length; position += 1) {
      const pair = `${stems[position]} ${stems[position + 1]}`;
      if (this.pairs.has(pair)) found.add(pair);
    }
    let weight = 0;
    for (const pair of found) weight += this.pairs.get(pair)!;
    return weight / this.pairTotal;
  }

  private coverage(tokens: readonly string[]): number {
    const best = this.best.fill(0);
    // A word met again gives the same maxima (its likeness is kept), so no set of distinct words is built.
    for (const token of tokens) {
      const likeness = this.likenessOf(stripArabicArticle(token));
      for (let position = 0; position < likeness.length; position += 2) {
        const owner = likeness[position]!;
        if (likeness[position + 1]! > best[owner]!) best[owner] = likeness[position + 1]!;
      }
    }
    let covered = 0;
    this.words.forEach((word, owner) => {
      if (best[owner]! >= SAME_WORD_DICE) covered += word.weight * best[owner]!;
    });
    return covered / this.wordTotal;
  }

  /**
   * The Dice similarity of a paragraph word's trigrams to each question word sharing one, as (owner, similarity)
   * pairs; counted through the trigram → question-word table (no set per question word).
   */
  private likenessOf(word: string): number[] {
    const known = this.likenesses.get(word);
    if (known) return known;
    // Most paragraph words share no trigram with the question: one scratch count per question word, cleared as it is
    // read, and a trigram met earlier in the word found by indexOf, not a set per word.
    const shared = this.shared;
    const padded = ` ${word} `;
    let distinct = 0;
    let touched = false;
    for (let start = 0; start + 3 <= padded.length; start += 1) {
      const trigram = padded.slice(start, start + 3);
      if (padded.indexOf(trigram) < start) continue;
      distinct += 1;
      const owners = this.trigramOwners.get(trigram);
      if (!owners) continue;
      touched = true;
      for (const owner of owners) shared[owner]! += 1;
    }
    const likeness: number[] = touched ? [] : NO_LIKENESS;
    if (touched) {
      for (let owner = 0; owner < this.words.length; owner += 1) {
        if (shared[owner] !== 0) likeness.push(owner, (2 * shared[owner]!) / (this.words[owner]!.trigrams.size + distinct));
        shared[owner] = 0;
      }
    }
    this.likenesses.set(word, likeness);
    return likeness;
  }
}
