/**
 * Sentence centrality by TextRank: sentences are nodes, edges weigh the cosine
 * of their tf-idf vectors, and PageRank finds the sentences the rest of the
 * text keeps coming back to. Each sentence is represented by the stems of its
 * Arabic text and of its aligned English rendering together: the two views
 * agree on content words, and the English one smooths over Arabic light
 * stemming's misses (broken plurals, attached particles).
 */
import { indexTerms } from '../text/tokenize.js';

export type TermVector = Map<string, number>;

export function termCounts(texts: (string | null | undefined)[]): TermVector {
  const counts: TermVector = new Map();
  for (const text of texts) {
    if (!text) continue;
    for (const term of indexTerms(text)) counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/** Inverse document frequency over a set of documents (here: sentences of the articles involved). */
export function inverseDocumentFrequency(documents: TermVector[]): (term: string) => number {
  const frequency = new Map<string, number>();
  for (const document of documents) for (const term of document.keys()) frequency.set(term, (frequency.get(term) ?? 0) + 1);
  const total = documents.length;
  return (term) => Math.log(1 + total / (1 + (frequency.get(term) ?? 0)));
}

export function weigh(counts: TermVector, idf: (term: string) => number): TermVector {
  const weighted: TermVector = new Map();
  for (const [term, count] of counts) weighted.set(term, (1 + Math.log(count)) * idf(term));
  return weighted;
}

export function cosine(left: TermVector, right: TermVector): number {
  let dot = 0;
  let leftNorm = 0;
  let rightNorm = 0;
  for (const [term, weight] of left) {
    leftNorm += weight * weight;
    const other = right.get(term);
    if (other !== undefined) dot += weight * other;
  }
  for (const weight of right.values()) rightNorm += weight * weight;
  return dot === 0 ? 0 : dot / Math.sqrt(leftNorm * rightNorm);
}

export function addVectors(vectors: TermVector[]): TermVector {
  const sum: TermVector = new Map();
  for (const vector of vectors) for (const [term, weight] of vector) sum.set(term, (sum.get(term) ?? 0) + weight);
  return sum;
}

/**
 * PageRank over the similarity graph. Scores are scaled so their mean is 1,
 * which makes them comparable between a whole article and one section.
 */
export function textRank(vectors: TermVector[], damping = 0.85, iterations = 40): number[] {
  const count = vectors.length;
  if (count === 0) return [];
  const weights = vectors.map((vector, row) => vectors.map((other, column) => (row === column ? 0 : cosine(vector, other))));
  const outgoing = weights.map((row) => row.reduce((sum, weight) => sum + weight, 0));
  let scores = new Array<number>(count).fill(1 / count);
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    scores = scores.map((_, target) => {
      let incoming = 0;
      for (let source = 0; source < count; source += 1) {
        const weight = weights[source]![target]!;
        if (weight > 0) incoming += (weight / outgoing[source]!) * scores[source]!;
      }
      return (1 - damping) / count + damping * incoming;
    });
  }
  const mean = scores.reduce((sum, score) => sum + score, 0) / count;
  return scores.map((score) => score / mean);
}
