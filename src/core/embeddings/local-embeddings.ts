/**
 * The offline default embedder: deterministic, no network, no model weights.
 * Character n-gram and stem features (features.ts) weighted by an inverse
 * document frequency fitted on the corpus (idf-fit.ts), then hashed with random
 * signs into a fixed dimension (feature-hashing.ts), so vectors fit an HNSW index.
 */
import { hashFeaturesInto } from './feature-hashing.js';
import { countFeaturesInto, FeatureCounter, weighFeatures } from './features.js';
import { beginIdfFit, type IdfFit } from './idf-fit.js';

export interface LocalEmbeddingsSettings {
  dimension: number;
  /** log2 of the document-frequency table size: fine enough that few n-grams share a count. */
  idfBits: number;
}

export const DEFAULT_LOCAL_SETTINGS: LocalEmbeddingsSettings = { dimension: 256, idfBits: 20 };

export class LocalEmbeddings {
  readonly settings: LocalEmbeddingsSettings;
  /** Inverse document frequency per feature bucket; all ones before fitting. */
  readonly idfTable: Float32Array;
  private documentCount = 0;
  /** Mean number of feature occurrences per fitted document: BM25's length normaliser. */
  averageFeatureCount = 1;
  /** Reused per text: counting allocates nothing per feature. */
  private readonly scratch = new FeatureCounter();
  private weights = new Float64Array(1024);

  constructor(settings: LocalEmbeddingsSettings = DEFAULT_LOCAL_SETTINGS, idfTable?: Float32Array) {
    this.settings = settings;
    this.idfTable = idfTable ?? new Float32Array(1 << settings.idfBits).fill(1);
  }

  get embedderId(): string {
    return `local:char-ngram-v1:d${this.settings.dimension}`;
  }

  /** Fits document frequencies on the corpus (one text per document). */
  fit(texts: Iterable<string>): void {
    const counter = new FeatureCounter();
    this.fitCounted((function* () {
      for (const text of texts) yield countFeaturesInto(text, counter);
    })());
  }

  /** fit() over documents already counted (the index build counts each paragraph from its cached word features). */
  fitCounted(documents: Iterable<FeatureCounter>): void {
    const fit = this.beginFit();
    for (const features of documents) fit.add(features);
    fit.finish();
  }

  /** fitCounted() one document at a time, for a caller that pauses in between (see TimeSlicer). */
  beginFit(): IdfFit {
    return beginIdfFit(this.idfTable, (corpus) => {
      this.documentCount = corpus.documentCount;
      this.averageFeatureCount = corpus.averageFeatureCount;
    });
  }

  get fittedDocuments(): number {
    return this.documentCount;
  }

  idf(feature: number): number {
    return this.idfTable[feature & (this.idfTable.length - 1)]!;
  }

  /** Unit-length sparse vector before hashing: the exact re-ranker compares these. */
  sparseVector(text: string): Map<number, number> {
    return weighFeatures(countFeaturesInto(text, this.scratch).toMap(), (feature) => this.idf(feature));
  }

  /** Dense unit-length vector of `dimension` floats. */
  denseVector(text: string): Float32Array {
    const vector = new Float32Array(this.settings.dimension);
    this.embedCounted(countFeaturesInto(text, this.scratch), vector);
    return vector;
  }

  /**
   * Weighs counted features (as sparseVector does) and, given a vector, hashes
   * them into it as denseVector does, with the same operations in the same
   * order, so vectors are bit-identical. Returns the sparse vector's norm before
   * scaling, which the re-ranker's cosine needs for each indexed paragraph.
   */
  embedCounted(features: FeatureCounter, vector?: Float32Array): number {
    const size = features.size;
    if (this.weights.length < size) this.weights = new Float64Array(size * 2);
    let squaredNorm = 0;
    const table = this.idfTable;
    const idfMask = table.length - 1;
    for (let position = 0; position < size; position += 1) {
      const count = features.countAt(position);
      // (1 + log 1) is exactly 1: most features occur once, and Math.log is the costly part.
      const weight = (count === 1 ? 1 : 1 + Math.log(count)) * table[features.featureAt(position) & idfMask]!;
      this.weights[position] = weight;
      squaredNorm += weight * weight;
    }
    const norm = Math.sqrt(squaredNorm) || 1;
    if (vector) hashFeaturesInto(vector, this.settings.dimension, features, this.weights, norm);
    return norm;
  }

  /**
   * sparseCosine(queryVector, sparseVector(text)) for a text already counted,
   * without building its vector: the same products summed in the same order
   * (over the smaller of the two, as sparseCosine does), so the same result.
   */
  cosineWith(queryVector: Map<number, number>, features: FeatureCounter): number {
    const norm = this.embedCounted(features);
    const size = features.size;
    let dot = 0;
    if (queryVector.size <= size) {
      const weights = this.weights;
      // forEach, as sparseCosine: no entry array per query feature for every unit read.
      queryVector.forEach((weight, feature) => {
        const position = features.positionOf(feature);
        if (position >= 0) dot += weight * (weights[position]! / norm);
      });
    } else {
      for (let position = 0; position < size; position += 1) {
        const other = queryVector.get(features.featureAt(position));
        if (other !== undefined) dot += (this.weights[position]! / norm) * other;
      }
    }
    return dot;
  }
}
