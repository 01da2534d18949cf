/**
 * Paragraph vectors in an HNSW graph (hnswlib-node), in Marsad's own file
 * layout: one file per generation beside the manifest with its checksums and
 * atomic generation swap. Retrieval only calls `search(vector, k)`; builds write
 * graphs through graph-writer.ts.
 *
 * Graph labels are not entry numbers: an incremental reindex patches a copy of
 * the previous graph (build-vectors.ts: new vectors take the places of dropped
 * ones) instead of re-inserting every vector, while entries are renumbered.
 * `labelOfEntry` (stored in entries.bin) maps between the two.
 */
import hnswlib from 'hnswlib-node';
import { TUNING } from '../../tuning.js';

const EF_SEARCH = TUNING.hnsw.efSearch;
/** How graphs are built (also by graph-worker.mjs): the same settings give the same graph. */
export const HNSW_SETTINGS = { m: TUNING.hnsw.m, efConstruction: TUNING.hnsw.efConstruction, randomSeed: 42 };

export class HnswParagraphStore {
  readonly dimension: number;
  /** entry → graph label (-1: no vector yet), and label → entry (-1: deleted or unused). */
  private labelOfEntry: Int32Array<ArrayBufferLike>;
  private entryOfLabel: Int32Array<ArrayBufferLike>;
  private live = 0;

  constructor(dimension: number, private readonly graph: hnswlib.HierarchicalNSW, labelOfEntry: Int32Array<ArrayBufferLike>) {
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

  /** Entries nearest to the query vector, with cosine similarity as the score. */
  search(query: ArrayLike<number>, k: number, filter?: (entry: number) => boolean): { entry: number; similarity: number }[] {
    const count = Math.min(k, this.size);
    if (count === 0) return [];
    this.graph.setEf(Math.max(EF_SEARCH, count));
    const result = this.graph.searchKnn(Array.from(query), count, filter ? (label) => filter(this.entryOfLabel[label]!) : undefined);
    return result.neighbors.map((label, index) => ({ entry: this.entryOfLabel[label]!, similarity: 1 - result.distances[index]! }));
  }

  vectorOf(entry: number): number[] {
    return this.graph.getPoint(this.labelOfEntry[entry]!);
  }

  save(filePath: string): void {
    this.graph.writeIndexSync(filePath);
  }

  /** Entries are labelled by `labelOfEntry` (identity when omitted). */
  static load(dimension: number, filePath: string, labelOfEntry?: Int32Array<ArrayBufferLike>): HnswParagraphStore {
    const graph = new hnswlib.HierarchicalNSW('cosine', dimension);
    graph.readIndexSync(filePath);
    return new HnswParagraphStore(dimension, graph, labelOfEntry ?? Int32Array.from({ length: graph.getCurrentCount() }, (_, index) => index));
  }
}
