/**
 * Paragraph vectors in an HNSW graph, behind LangChain's VectorStore interface.
 *
 * Why hnswlib-node directly rather than @langchain/community's HNSWLib store:
 * that store keeps its own docstore JSON and file layout, which would sit beside
 * our manifest with its checksums and atomic generation swap; its package's
 * optional peers also clash with openai 6 on Node 20. Implementing the small
 * VectorStore surface ourselves keeps one file format, and the store can still be
 * swapped for any LangChain vector database (see README, architecture).
 */
import { VectorStore } from '@langchain/core/vectorstores';
import type { EmbeddingsInterface } from '@langchain/core/embeddings';
import { Document, type DocumentInterface } from '@langchain/core/documents';
import hnswlib from 'hnswlib-node';

export interface EntryMetadata {
  /** Position of the entry in the index's entry table. */
  entry: number;
}

const M = 16;
const EF_CONSTRUCTION = 100;
const EF_SEARCH = 128;

export class HnswParagraphStore extends VectorStore {
  declare FilterType: (entry: number) => boolean;
  private readonly graph: hnswlib.HierarchicalNSW;
  readonly dimension: number;

  constructor(embeddings: EmbeddingsInterface, dimension: number, graph?: hnswlib.HierarchicalNSW) {
    super(embeddings, {});
    this.dimension = dimension;
    if (graph) {
      this.graph = graph;
    } else {
      this.graph = new hnswlib.HierarchicalNSW('cosine', dimension);
      this.graph.initIndex({ maxElements: 1024, m: M, efConstruction: EF_CONSTRUCTION, randomSeed: 42 });
    }
    this.graph.setEf(EF_SEARCH);
  }

  _vectorstoreType(): string {
    return 'marsad-hnsw';
  }

  get size(): number {
    return this.graph.getCurrentCount();
  }

  /** Adds vectors labelled by their documents' `entry` metadata. */
  async addVectors(vectors: number[][], documents: DocumentInterface[]): Promise<void> {
    vectors.forEach((vector, index) => this.addVector(vector, (documents[index]!.metadata as EntryMetadata).entry));
  }

  addVector(vector: ArrayLike<number>, entry: number): void {
    if (vector.length !== this.dimension) throw new Error(`vector has ${vector.length} dimensions, the index ${this.dimension}`);
    const capacity = this.graph.getMaxElements();
    if (this.graph.getCurrentCount() >= capacity) this.graph.resizeIndex(capacity * 2);
    this.graph.addPoint(Array.from(vector), entry);
  }

  async addDocuments(documents: DocumentInterface[]): Promise<void> {
    const vectors = await this.embeddings.embedDocuments(documents.map((document) => document.pageContent));
    await this.addVectors(vectors, documents);
  }

  /** Entries nearest to the query vector, with cosine similarity as the score. */
  search(query: ArrayLike<number>, k: number, filter?: (entry: number) => boolean): { entry: number; similarity: number }[] {
    const count = Math.min(k, this.size);
    if (count === 0) return [];
    this.graph.setEf(Math.max(EF_SEARCH, count));
    const result = this.graph.searchKnn(Array.from(query), count, filter);
    return result.neighbors.map((entry, index) => ({ entry, similarity: 1 - result.distances[index]! }));
  }

  async similaritySearchVectorWithScore(query: number[], k: number, filter?: this['FilterType']): Promise<[DocumentInterface, number][]> {
    return this.search(query, k, filter).map(({ entry, similarity }) => [
      new Document({ pageContent: '', metadata: { entry } satisfies EntryMetadata }),
      similarity,
    ]);
  }

  vectorOf(entry: number): number[] {
    return this.graph.getPoint(entry);
  }

  save(filePath: string): void {
    this.graph.writeIndexSync(filePath);
  }

  static load(embeddings: EmbeddingsInterface, dimension: number, filePath: string): HnswParagraphStore {
    const graph = new hnswlib.HierarchicalNSW('cosine', dimension);
    graph.readIndexSync(filePath);
    return new HnswParagraphStore(embeddings, dimension, graph);
  }
}
