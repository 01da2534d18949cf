/**
 * Exact (brute-force) nearest neighbours over the very vectors the HNSW graph
 * holds: the reference that shows what the approximate index loses. It reads
 * every stored vector once into one Float32Array (n × dimension) and answers a
 * query with n dot products, so it is used only by the benchmark, after the
 * serving figures (its matrix would inflate the peak memory measured).
 */
import type { HnswParagraphStore } from '../../src/core/index/vectors/vector-store.js';

export type VectorSearch = HnswParagraphStore['search'];

export function exactSearch(store: HnswParagraphStore, entryCount: number): VectorSearch {
  const dimension = store.dimension;
  const matrix = new Float32Array(entryCount * dimension);
  // hnswlib's cosine space stores unit vectors, so a dot product is the cosine.
  for (let entry = 0; entry < entryCount; entry += 1) matrix.set(store.vectorOf(entry), entry * dimension);

  return (query, k, filter) => {
    let norm = 0;
    for (let index = 0; index < dimension; index += 1) norm += query[index]! * query[index]!;
    norm = Math.sqrt(norm) || 1;
    const best: { entry: number; similarity: number }[] = [];
    for (let entry = 0; entry < entryCount; entry += 1) {
      if (filter && !filter(entry)) continue;
      let dot = 0;
      const offset = entry * dimension;
      for (let index = 0; index < dimension; index += 1) dot += matrix[offset + index]! * query[index]!;
      const similarity = dot / norm;
      if (best.length === k && similarity <= best[k - 1]!.similarity) continue;
      let position = best.length;
      while (position > 0 && best[position - 1]!.similarity < similarity) position -= 1;
      best.splice(position, 0, { entry, similarity });
      if (best.length > k) best.pop();
    }
    return best;
  };
}

/** Share of the exact top-k that the approximate search also returned. */
export function recallAt(approximate: { entry: number }[], exact: { entry: number }[]): number {
  if (exact.length === 0) return 1;
  const found = new Set(approximate.map((hit) => hit.entry));
  return exact.filter((hit) => found.has(hit.entry)).length / exact.length;
}
