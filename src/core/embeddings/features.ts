/**
 * Sparse lexical features shared by the local embedder and the exact re-ranker:
 * character 3- and 4-grams of each normalised word (padded with spaces, so word
 * starts and ends count) plus the word's light stem as a whole-word feature.
 * The n-grams are taken after the Arabic article and its attached particle
 * (وال، بال، لل…), so «النشيد» and «نشيد» share their first n-grams too, which
 * raised XQuAD-dev r@1 for Arabic and English questions alike (README, Evaluation).
 *
 * Character n-grams bridge what light stemming misses in Arabic (attached
 * prepositions, broken plurals that share letters) and spelling variants of
 * transliterated names (توكاييف / توكايف).
 *
 * Counting is the hot loop of indexing (every paragraph, twice) and of answering,
 * so features are hashed straight from character codes (no substring per n-gram)
 * into a reusable FeatureCounter. Features keep their first-occurrence order:
 * the weights are summed in that order, and floating-point sums depend on it.
 */
import { normalizeText } from '../text/normalize.js';
import { isStopWord, rawTokens, stemToken, stripArabicArticle } from '../text/tokenize.js';
import { WordMemo } from '../text/word-memo.js';
import { FeatureCounter } from './feature-counter.js';

/** Word forms per generation of kept features: a few questions' worth of paragraphs, a few megabytes. */
const TOKEN_FEATURES_KEPT = 25_000;

export { FeatureCounter };

export const NGRAM_SIZES = [3, 4] as const;

const FNV_OFFSET = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** 32-bit FNV-1a: fast, well spread, and stable across runs and machines. */
export function hashString(text: string, seed = FNV_OFFSET): number {
  let hash = seed >>> 0;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, FNV_PRIME);
  }
  return hash >>> 0;
}

/** The hash state after "w:": a stem feature is hashString(`w:${stem}`). */
const STEM_SEED = hashString('w:');

/**
 * The features one (non-stop-word) token contributes, in counting order: its
 * stem (counted twice), then every 3-gram, then every 4-gram of ` token `
 * (without its Arabic article).
 * Equal n-grams within the token appear as often as they occur.
 */
export function tokenFeatures(token: string): readonly number[] {
  return featuresByToken.get(token);
}

/**
 * Features of the word forms last hashed: a question's units are read several times over (alone, with the
 * sentence before, widened), and the same words recur across paragraphs; hashing a word costs far more than a look-up.
 */
const featuresByToken = new WordMemo<readonly number[]>((token) => hashedFeatures(token), TOKEN_FEATURES_KEPT);

function hashedFeatures(token: string): number[] {
  const stem = stemToken(token);
  const features = [hashString(stem, STEM_SEED)];
  const word = stripArabicArticle(token);
  const length = word.length + 2;
  const codeAt = (index: number) => (index === 0 || index === length - 1 ? 32 : word.charCodeAt(index - 1));
  for (const size of NGRAM_SIZES) {
    for (let start = 0; start + size <= length; start += 1) {
      let hash = FNV_OFFSET;
      for (let index = start; index < start + size; index += 1) hash = Math.imul(hash ^ codeAt(index), FNV_PRIME);
      features.push(hash >>> 0);
    }
  }
  return features;
}

/** Adds one token's features (see tokenFeatures) to a counter: the stem counts 2, each n-gram 1. */
export function addTokenFeatures(counter: FeatureCounter, features: ArrayLike<number>): void {
  counter.add(features[0]!, 2);
  for (let index = 1; index < features.length; index += 1) counter.add(features[index]!, 1);
}

/** Counts the features of a text into `counter` (cleared first). */
export function countFeaturesInto(text: string, counter: FeatureCounter): FeatureCounter {
  return countTokenFeaturesInto(rawTokens(normalizeText(text)), counter);
}

/** countFeaturesInto() for a text already normalised and tokenised (rawTokens of normalizeText). */
export function countTokenFeaturesInto(tokens: readonly string[], counter: FeatureCounter): FeatureCounter {
  counter.clear();
  for (const token of tokens) {
    if (!isStopWord(token)) addTokenFeatures(counter, tokenFeatures(token));
  }
  return counter;
}

/** Feature hash → raw count for one text. */
export type FeatureCounts = Map<number, number>;

export function countFeatures(text: string): FeatureCounts {
  return countFeaturesInto(text, new FeatureCounter()).toMap();
}

/**
 * Weights features with sublinear term frequency and the given inverse document
 * frequency, and scales them to unit length.
 */
export function weighFeatures(counts: FeatureCounts, idf: (feature: number) => number): Map<number, number> {
  const weights = new Map<number, number>();
  let squaredNorm = 0;
  for (const [feature, count] of counts) {
    const weight = (1 + Math.log(count)) * idf(feature);
    weights.set(feature, weight);
    squaredNorm += weight * weight;
  }
  const norm = Math.sqrt(squaredNorm) || 1;
  for (const [feature, weight] of weights) weights.set(feature, weight / norm);
  return weights;
}

/** Cosine of two unit-length sparse vectors. */
export function sparseCosine(left: Map<number, number>, right: Map<number, number>): number {
  const leftSmaller = left.size <= right.size;
  const small = leftSmaller ? left : right;
  const large = leftSmaller ? right : left;
  let dot = 0;
  // forEach, not for…of: an entry array per feature was most of what titles' cosines allocated per question.
  small.forEach((weight, feature) => {
    const other = large.get(feature);
    if (other !== undefined) dot += weight * other;
  });
  return dot;
}
