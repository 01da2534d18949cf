/**
 * The re-ranker's two lexical scores of a candidate entry against a question:
 * character n-gram BM25 (word BM25's formula over n-gram features) and the
 * cosine of weighted n-gram vectors (sparseCosine of sparseVector), computed
 * without re-reading the candidate.
 *
 * The candidate's count of each query feature comes from its word rows
 * (entry-features.ts); its feature total, distinct-feature count and vector
 * norm were stored at index time. Sums run over the query's features in the
 * same order as sparseCosine, so scores are identical to it. The one case
 * where sparseCosine would iterate the candidate's own features (a candidate
 * with fewer distinct features than the question, a very short paragraph) is
 * computed from its text, as before.
 */
import { countFeatures, countFeaturesInto, FeatureCounter, sparseCosine, weighFeatures } from '../embeddings/features.js';
import { TUNING } from '../tuning.js';
import { countQueryFeatures, queryFeatureBits } from '../index/format/entry-features.js';
import type { ParagraphIndex } from '../index/paragraph-index.js';

export class CandidateScorer {
  private readonly query = new FeatureCounter();
  /** Per query feature (query counter order): BM25 weight (1 own, 0.5 context) and idf. */
  private readonly weights: Float64Array;
  private readonly idfs: Float64Array;
  /** The question's own features: how many, and their unit-vector weights (sparseVector order). */
  private readonly ownCount: number;
  private readonly ownVector: Float64Array;
  private readonly queryVector: Map<number, number>;
  private readonly counts: Float64Array;
  /** Which features may be the query's (queryFeatureBits): most of a candidate's are ruled out by one bit. */
  private readonly held: Uint32Array;
  /** This question's stamp in the feature table: word forms marked with it hold none of its features. */
  private readonly question: number;

  constructor(private readonly index: ParagraphIndex, vectorText: string, contextText?: string) {
    const idf = (feature: number) => index.lexical.idf(feature);
    countFeaturesInto(vectorText, this.query);
    this.ownCount = this.query.size;
    this.queryVector = weighFeatures(this.query.toMap(), idf);
    this.ownVector = Float64Array.from(this.queryVector.values());
    if (contextText) {
      const context = countFeaturesInto(contextText, new FeatureCounter());
      for (let position = 0; position < context.size; position += 1) {
        if (this.query.positionOf(context.featureAt(position)) < 0) this.query.add(context.featureAt(position), 0);
      }
    }
    this.weights = Float64Array.from({ length: this.query.size }, (_, position) => (position < this.ownCount ? 1 : 0.5));
    this.idfs = Float64Array.from({ length: this.query.size }, (_, position) => idf(this.query.featureAt(position)));
    this.counts = new Float64Array(this.query.size);
    this.held = queryFeatureBits(this.query);
    this.question = index.tokenFeatures.newQuestion();
  }

  score(entry: number): { ngram: number; similarity: number } {
    const { index, counts } = this;
    this.countEntry(entry);
    const ngram = this.bm25(entry);
    let similarity = 0;
    if (this.ownCount <= index.stats.distinctFeatures[entry]!) {
      const norm = index.stats.norm[entry]!;
      for (let position = 0; position < this.ownCount; position += 1) {
        const count = counts[position]!;
        if (count > 0) similarity += this.ownVector[position]! * (((1 + Math.log(count)) * this.idfs[position]!) / norm);
      }
    } else {
      const text = index.readEntryText(index.entries[entry]!);
      similarity = sparseCosine(this.queryVector, weighFeatures(countFeatures(text), (feature) => index.lexical.idf(feature)));
    }
    return { ngram, similarity };
  }

  /**
   * The n-gram BM25 of an entry whose count of each feature in `caps` counts in full up to the cap and at `excess`
   * beyond it (title-repeats.ts: the article title's features, as often as the title holds them).
   */
  cappedNgram(entry: number, caps: ReadonlyMap<number, number>, excess: number): number {
    this.countEntry(entry);
    for (let position = 0; position < this.counts.length; position += 1) {
      const cap = caps.get(this.query.featureAt(position));
      if (cap !== undefined && this.counts[position]! > cap) this.counts[position] = cap + excess * (this.counts[position]! - cap);
    }
    return this.bm25(entry);
  }

  /** The entry's count of each query feature, into `counts`. */
  private countEntry(entry: number): void {
    const keyword = this.index.keyword;
    this.counts.fill(0);
    countQueryFeatures((visit) => keyword.forEachToken(entry, visit), (token) => keyword.tables.tokenStems[token]! < 0, this.index.tokenFeatures, this.query, this.counts, this.held, this.question);
  }

  private bm25(entry: number): number {
    const { index, counts } = this;
    const { k1, b } = TUNING.bm25;
    const normalizer = k1 * (1 - b + (b * index.stats.featureLength[entry]!) / index.lexical.averageFeatureCount);
    let ngram = 0;
    for (let position = 0; position < counts.length; position += 1) {
      const frequency = counts[position]!;
      if (frequency > 0) ngram += (this.weights[position]! * this.idfs[position]! * frequency * (k1 + 1)) / (frequency + normalizer);
    }
    return ngram;
  }
}
