/**
 * Fitting the local embedder's inverse document frequencies: each document's
 * features counted once into a table of buckets (the feature hash's low bits),
 * then turned into a smoothed idf in place. One document at a time, so a build
 * can pause between paragraphs (see TimeSlicer).
 */
import type { FeatureCounter } from './feature-counter.js';

export interface IdfFit {
  add(features: FeatureCounter): void;
  finish(): void;
}

/** What a finished fit counted: its documents and their mean number of feature occurrences (BM25's length normaliser). */
interface FittedCorpus {
  documentCount: number;
  averageFeatureCount: number;
}

/** Counts document frequencies into buckets of `idfTable`'s size; `finish` rewrites the table and reports the counts. */
export function beginIdfFit(idfTable: Float32Array, finished: (corpus: FittedCorpus) => void): IdfFit {
  const mask = idfTable.length - 1;
  const documentFrequency = new Uint32Array(idfTable.length);
  let count = 0;
  let occurrences = 0;
  return {
    add(features) {
      count += 1;
      for (let position = 0; position < features.size; position += 1) {
        documentFrequency[features.featureAt(position) & mask]! += 1;
        occurrences += features.countAt(position);
      }
    },
    finish() {
      for (let bucket = 0; bucket < documentFrequency.length; bucket += 1) {
        // Smoothed idf; an unseen feature gets the highest weight, as a rare one should.
        idfTable[bucket] = Math.log((count + 1) / (documentFrequency[bucket]! + 1)) + 1;
      }
      finished({ documentCount: count, averageFeatureCount: occurrences / Math.max(1, count) || 1 });
    },
  };
}
