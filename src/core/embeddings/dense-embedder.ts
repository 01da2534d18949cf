/**
 * The dense embedder the vector index is built with, owned by the core: local
 * by default, a provider's (src/core/providers/openai/) when configured. The
 * identity and dimension go into the manifest.
 */
import { LocalEmbeddings } from './local-embeddings.js';

export interface DenseEmbedder {
  /** Recorded in the manifest; an index built by another embedder is refused. */
  readonly id: string;
  /** The local embedder this one is (its vectors come from the index's own features), or null for a remote one. */
  readonly lexical: LocalEmbeddings | null;
  /** Vector length; for remote models known after the first call. */
  dimension(): Promise<number>;
  /** Embeds texts for the index in batches, reporting progress. */
  embedTexts(texts: string[], onBatch?: (done: number) => void): Promise<Float32Array[]>;
  embedQuery(text: string): Promise<Float32Array>;
}

export function localDenseEmbedder(local: LocalEmbeddings): DenseEmbedder {
  return {
    id: local.embedderId,
    lexical: local,
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
