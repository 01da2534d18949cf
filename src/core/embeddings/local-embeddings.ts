/**
 * The offline default embedder: deterministic, no network, no model weights.
 * Character n-gram and stem features (features.ts) weighted by an inverse
 * document frequency fitted on the corpus, then hashed with random signs into a
 * fixed dimension (the "hashing trick"), so vectors fit an HNSW index.
 */
import { Embeddings } from '@langchain/core/embeddings';
import { countFeatures, weighFeatures } from './features.js';

/** murmur3's finaliser: spreads a feature hash into a bucket and a sign. */
function mix(value: number): number {
  let hash = value ^ (value >>> 16);
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return (hash ^ (hash >>> 16)) >>> 0;
}

export interface LocalEmbeddingsSettings {
  dimension: number;
  /** log2 of the document-frequency table size: fine enough that few n-grams share a count. */
  idfBits: number;
}

export const DEFAULT_LOCAL_SETTINGS: LocalEmbeddingsSettings = { dimension: 256, idfBits: 20 };

export class LocalEmbeddings extends Embeddings {
  readonly settings: LocalEmbeddingsSettings;
  /** Inverse document frequency per feature bucket; all ones before fitting. */
  readonly idfTable: Float32Array;
  private documentCount = 0;
  /** Mean number of feature occurrences per fitted document: BM25's length normaliser. */
  averageFeatureCount = 1;

  constructor(settings: LocalEmbeddingsSettings = DEFAULT_LOCAL_SETTINGS, idfTable?: Float32Array) {
    super({});
    this.settings = settings;
    this.idfTable = idfTable ?? new Float32Array(1 << settings.idfBits).fill(1);
  }

  get embedderId(): string {
    return `local:char-ngram-v1:d${this.settings.dimension}`;
  }

  /** Fits document frequencies on the corpus (one text per document). */
  fit(texts: Iterable<string>): void {
    const mask = this.idfTable.length - 1;
    const documentFrequency = new Uint32Array(this.idfTable.length);
    let documents = 0;
    let occurrences = 0;
    for (const text of texts) {
      documents += 1;
      for (const [feature, count] of countFeatures(text)) {
        documentFrequency[feature & mask]! += 1;
        occurrences += count;
      }
    }
    this.documentCount = documents;
    this.averageFeatureCount = occurrences / Math.max(1, documents) || 1;
    for (let bucket = 0; bucket < documentFrequency.length; bucket += 1) {
      // Smoothed idf; an unseen feature gets the highest weight, as a rare one should.
      this.idfTable[bucket] = Math.log((documents + 1) / (documentFrequency[bucket]! + 1)) + 1;
    }
  }

  get fittedDocuments(): number {
    return this.documentCount;
  }

  idf(feature: number): number {
    return this.idfTable[feature & (this.idfTable.length - 1)]!;
  }

  /** Unit-length sparse vector before hashing: the exact re-ranker compares these. */
  sparseVector(text: string): Map<number, number> {
    return weighFeatures(countFeatures(text), (feature) => this.idf(feature));
  }

  /** Dense unit-length vector of `dimension` floats. */
  denseVector(text: string): Float32Array {
    const vector = new Float32Array(this.settings.dimension);
    for (const [feature, weight] of this.sparseVector(text)) {
      const mixed = mix(feature);
      vector[mixed % this.settings.dimension]! += mixed & 0x80000000 ? -weight : weight;
    }
    let norm = 0;
    for (const value of vector) norm += value * value;
    norm = Math.sqrt(norm) || 1;
    for (let index = 0; index < vector.length; index += 1) vector[index]! /= norm;
    return vector;
  }

  async embedDocuments(documents: string[]): Promise<number[][]> {
    return documents.map((document) => Array.from(this.denseVector(document)));
  }

  async embedQuery(document: string): Promise<number[]> {
    return Array.from(this.denseVector(document));
  }
}
