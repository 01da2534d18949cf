/**
 * Every tuned value, in one defaults object, each with where it came from
 * (data set and command). Code reads them from here; nothing else holds a
 * tuned literal.
 */

interface Tuning {
  /** Okapi BM25, shared by word BM25 (keyword-index.ts) and character n-gram BM25 (candidate-scorer.ts). */
  bm25: { k1: number; b: number };
  /** The HNSW graph of paragraph vectors (vector-store.ts, graph-worker.mjs). */
  hnsw: { m: number; efConstruction: number; efSearch: number };
}

export const TUNING = {
  bm25: {
    // Robertson & Zaragoza's usual defaults; per-language values tried on XQuAD-dev both halves (`npm run eval -- xquad ../shared/eval/xquad-dev`): noise, kept.
    k1: 1.2,
    // As k1.
    b: 0.75,
  },
  hnsw: {
    // hnswlib's usual value, not searched over; `npm run bench` checks it: hit@5 beside exact search ("exact"), bytes per paragraph.
    m: 16,
    // Not searched over; `npm run bench` shows what it gives: "vec r@50" (share of the exact 50 nearest found) and build s.
    efConstruction: 40,
    // `npm run bench`: HNSW hit@5 equal to exact-search hit@5 (columns "hit@5" and "exact") at every size measured.
    efSearch: 256,
  },
} as const satisfies Tuning;
