/**
 * Paragraph vectors in an HNSW graph, behind LangChain's VectorStore interface.
 *
 * Why hnswlib-node directly rather than @langchain/community's HNSWLib store:
 * that store keeps its own docstore JSON and file layout, which would sit beside
 * our manifest with its checksums and atomic generation swap; its package's
 * optional peers also clash with openai 6 on Node 20. Implementing the small
 * VectorStore surface ourselves keeps one file format, and the store can still be
 * swapped for any LangChain vector database (see README, architecture).
 *
 * Graph labels are not entry numbers: an incremental reindex patches a copy of
 * the previous graph (build-vectors.ts: new vectors take the places of dropped
 * ones) instead of re-inserting every vector, while entries are renumbered.
 * `labelOfEntry` (stored in entries.bin) maps between the two.
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
const EF_CONSTRUCTION = 40;
const EF_SEARCH = 256;
/** How graphs are built (also by graph-worker.mjs): the same settings give the same graph. */
export const HNSW_SETTINGS = { m: M, efConstruction: EF_CONSTRUCTION, randomSeed: 42 };

export class HnswParagraphStore extends VectorStore {
  declare FilterType: (entry: number) => boolean;
  readonly dimension: number;
  /** entry → graph label (-1: no vector yet), and label → entry (-1: deleted or unused). */
  private labelOfEntry: Int32Array<ArrayBufferLike>;
  private entryOfLabel: Int32Array<ArrayBufferLike>;
  private live = 0;

  constructor(embeddings: EmbeddingsInterface, dimension: number, private readonly graph: hnswlib.HierarchicalNSW = HnswParagraphStore.emptyGraph(dimension, 1024), labelOfEntry: Int32Array<ArrayBufferLike> = new Int32Array(0)) {
    super(embeddings, {});
    this.dimension = dimension;
    this.graph.setEf(EF_SEARCH);
    this.labelOfEntry = labelOfEntry;
    this.entryOfLabel = new Int32Array(Math.max(1, this.graph.getCurrentCount())).fill(-1);
    labelOfEntry.forEach((label, entry) => {
      if (label < 0) return;
      this.entryOfLabel[label] = entry;
      this.live += 1;
    });
  }

  static emptyGraph(dimension: number, capacity: number): hnswlib.HierarchicalNSW {
    const graph = new hnswlib.HierarchicalNSW('cosine', dimension);
    graph.initIndex({ maxElements: Math.max(1, capacity), ...HNSW_SETTINGS });
    return graph;
  }

  _vectorstoreType(): string {
    return 'marsad-hnsw';
  }

  /** Entries with a vector. */
  get size(): number {
    return this.live;
  }

  /** Labels in the graph, deleted ones included (what the file holds). */
  get graphSize(): number {
    return this.graph.getCurrentCount();
  }

  labelOf(entry: number): number {
    return this.labelOfEntry[entry] ?? -1;
  }

  /** Labels of the graph no entry uses: places of deleted vectors. */
  unusedLabels(): number[] {
    const unused: number[] = [];
    for (let label = 0; label < this.graph.getCurrentCount(); label += 1) if (this.entryOfLabel[label]! < 0) unused.push(label);
    return unused;
  }

  /** Adds vectors labelled by their documents' `entry` metadata. */
  async addVectors(vectors: number[][], documents: DocumentInterface[]): Promise<void> {
    vectors.forEach((vector, index) => this.addVector(vector, (documents[index]!.metadata as EntryMetadata).entry));
  }

  /** Adds an entry's vector under the next label (builds write graphs through graph-writer.ts; this serves LangChain's addVectors). */
  addVector(vector: ArrayLike<number>, entry: number): void {
    const label = this.graph.getCurrentCount();
    if (vector.length !== this.dimension) throw new Error(`vector has ${vector.length} dimensions, the index ${this.dimension}`);
    if (label >= this.graph.getMaxElements()) this.graph.resizeIndex(Math.max(1024, label * 2));
    this.graph.addPoint(Array.from(vector), label);
    this.link(entry, label);
  }

  private link(entry: number, label: number): void {
    if (entry >= this.labelOfEntry.length) this.labelOfEntry = grow(this.labelOfEntry, Math.max(entry + 1, this.labelOfEntry.length * 2));
    if (label >= this.entryOfLabel.length) this.entryOfLabel = grow(this.entryOfLabel, Math.max(label + 1, this.entryOfLabel.length * 2));
    if (this.labelOfEntry[entry]! < 0) this.live += 1;
    this.labelOfEntry[entry] = label;
    this.entryOfLabel[label] = entry;
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
    const result = this.graph.searchKnn(Array.from(query), count, filter ? (label) => filter(this.entryOfLabel[label]!) : undefined);
    return result.neighbors.map((label, index) => ({ entry: this.entryOfLabel[label]!, similarity: 1 - result.distances[index]! }));
  }

  async similaritySearchVectorWithScore(query: number[], k: number, filter?: this['FilterType']): Promise<[DocumentInterface, number][]> {
    return this.search(query, k, filter).map(({ entry, similarity }) => [
      new Document({ pageContent: '', metadata: { entry } satisfies EntryMetadata }),
      similarity,
    ]);
  }

  vectorOf(entry: number): number[] {
    return this.graph.getPoint(this.labelOfEntry[entry]!);
  }

  save(filePath: string): void {
    this.graph.writeIndexSync(filePath);
  }

  /** Entries are labelled by `labelOfEntry` (identity when omitted). */
  static load(embeddings: EmbeddingsInterface, dimension: number, filePath: string, labelOfEntry?: Int32Array<ArrayBufferLike>): HnswParagraphStore {
    const graph = new hnswlib.HierarchicalNSW('cosine', dimension);
    graph.readIndexSync(filePath);
    return new HnswParagraphStore(embeddings, dimension, graph, labelOfEntry ?? Int32Array.from({ length: graph.getCurrentCount() }, (_, index) => index));
  }
}

function grow(array: Int32Array<ArrayBufferLike>, size: number): Int32Array<ArrayBufferLike> {
  const grown = new Int32Array(size).fill(-1);
  grown.set(array);
  return grown;
}
