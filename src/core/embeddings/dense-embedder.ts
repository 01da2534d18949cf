/**
 * The dense embedder the vector index is built with: local by default, OpenAI
 * when configured. Both are LangChain Embeddings; this adds the identity and
 * dimension the manifest records.
 */
import type { Embeddings } from '@langchain/core/embeddings';
import { LocalEmbeddings } from './local-embeddings.js';

export interface DenseEmbedder {
  /** Recorded in the manifest; an index built by another embedder is refused. */
  readonly id: string;
  readonly embeddings: Embeddings;
  /** Vector length; for remote models known after the first call. */
  dimension(): Promise<number>;
  /** Embeds texts for the index in batches, reporting progress. */
  embedTexts(texts: string[], onBatch?: (done: number) => void): Promise<Float32Array[]>;
  embedQuery(text: string): Promise<Float32Array>;
}

export function localDenseEmbedder(local: LocalEmbeddings): DenseEmbedder {
  return {
    id: local.embedderId,
    embeddings: local,
    dimension: async () => local.settings.dimension,
    async embedTexts(texts, onBatch) {
      const vectors: Float32Array[] = [];
      for (const text of texts) {
        vectors.push(local.denseVector(text));
        if (vectors.length % 512 === 0) onBatch?.(vectors.length);
      }
      onBatch?.(vectors.length);
      return vectors;
    },
    embedQuery: async (text) => local.denseVector(text),
  };
}

/** Wraps any LangChain Embeddings (OpenAI) as a DenseEmbedder. */
export function remoteDenseEmbedder(id: string, embeddings: Embeddings, batchSize = 256): DenseEmbedder {
  let knownDimension: number | null = null;
  return {
    id,
    embeddings,
    async dimension() {
      knownDimension ??= (await embeddings.embedQuery('dimension probe')).length;
      return knownDimension;
    },
    async embedTexts(texts, onBatch) {
      const vectors: Float32Array[] = [];
      for (let start = 0; start < texts.length; start += batchSize) {
        const batch = await embeddings.embedDocuments(texts.slice(start, start + batchSize));
        for (const vector of batch) vectors.push(Float32Array.from(vector));
        onBatch?.(vectors.length);
      }
      if (vectors[0]) knownDimension = vectors[0].length;
      return vectors;
    },
    embedQuery: async (text) => Float32Array.from(await embeddings.embedQuery(text)),
  };
}

/**
 * How an index gets its dense embedder. Local vectors depend on the idf table
 * fitted with the index, so the embedder is bound to that table; a remote
 * embedder ignores it.
 */
export interface EmbedderChoice {
  readonly id: string;
  /** True when vectors depend on the fitted idf table (refitting re-embeds everything). */
  readonly dependsOnFit: boolean;
  bind(lexical: LocalEmbeddings): DenseEmbedder;
}

export function localEmbedderChoice(): EmbedderChoice {
  return { id: new LocalEmbeddings().embedderId, dependsOnFit: true, bind: (lexical) => localDenseEmbedder(lexical) };
}

export function remoteEmbedderChoice(embedder: DenseEmbedder): EmbedderChoice {
  return { id: embedder.id, dependsOnFit: false, bind: () => embedder };
}
