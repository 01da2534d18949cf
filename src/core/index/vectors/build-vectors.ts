/**
 * The vectors of a build. Local vectors are computed from each entry's counted
 * features as the build visits it and go straight into the graph; remote ones
 * (OpenAI) are fetched in batches first. Entries whose article did not change
 * keep their vector: in a copy of the previous graph when patching it is
 * cheaper than rebuilding (re-inserting costs minutes at 100,000 vectors), the
 * places of dropped vectors then taken by new ones or marked deleted. A large
 * fresh graph is built on a worker thread (graph-writer.ts).
 */
import path from 'node:path';
import type { FeatureCounter } from '../../embeddings/features.js';
import type { LocalEmbeddings } from '../../embeddings/local-embeddings.js';
import type { EntryBuildOptions } from '../build/build-options.js';
import { threadGraph, workerGraph, type GraphWriter } from './graph-writer.js';
import { INDEX_FILES } from '../format/index-tables.js';
import { TUNING } from '../../tuning.js';

/** From this many new vectors on, a fresh graph is built on a worker thread. */
export const WORKER_THRESHOLD = { vectors: 20_000 };
const PROGRESS_EVERY = 512;

export interface VectorBuild {
  /** Visits entries in order; `features` when the entry was counted. Returns the weighted-vector norm (NaN without features). */
  visit(entry: number, features: FeatureCounter | null): number;
  /** True while the graph's worker has a full backlog; ready() resolves when it has room again. */
  busy(): boolean;
  ready(): Promise<void>;
  finish(): Promise<void>;
  save(filePath: string): Promise<void>;
  /** The saved graph when it was built on this thread. */
  inMemory(): ReturnType<GraphWriter['inMemory']>;
  dispose(): void;
  /** Graph label of each entry's vector. */
  readonly labels: Int32Array;
  readonly dimension: number;
  readonly embedded: number;
}

export async function buildVectors(options: EntryBuildOptions & { lexical: LocalEmbeddings; reuseVectors: boolean }): Promise<VectorBuild> {
  const { entries, previous, previousEntry, lexical } = options;
  const dense = options.embedder.bind(lexical);
  // The local embedder's vectors are exactly lexical.denseVector(text): compute them from the counted features.
  const local = dense.lexical === lexical;
  const reusedLabel = (entry: number) => (options.reuseVectors && previousEntry[entry]! >= 0 ? previous!.store.labelOf(previousEntry[entry]!) : -1);
  const needed = entries.map((_, entry) => entry).filter((entry) => reusedLabel(entry) < 0);
  const progress = (done: number) => (done % PROGRESS_EVERY === 0 || done === needed.length) && options.onProgress?.(done, needed.length);

  const remote = local ? null : await dense.embedTexts(needed.map(options.readText), (done) => options.onProgress?.(done, needed.length));
  const dimension = local ? lexical.settings.dimension : (remote![0]?.length ?? previous?.manifest.embedder.dimension ?? (await dense.dimension()));
  const previousGraph = previous?.store;
  // New vectors fill the places of dropped ones; what is left over stays in the graph as deleted places.
  const deletedAfter = previousGraph ? previousGraph.graphSize - entries.length : 0;
  const patch = options.reuseVectors && previousGraph !== undefined && previousGraph.dimension === dimension && deletedAfter <= TUNING.index.maxDeletedShare * entries.length;
  const labels = new Int32Array(entries.length).fill(-1);
  let free: number[] = [];
  let graph: GraphWriter;
  let nextLabel = 0;
  if (patch) {
    graph = await threadGraph(dimension, entries.length, path.join(previous!.generationDir, INDEX_FILES.vectors));
    const used = new Uint8Array(previousGraph!.graphSize);
    entries.forEach((_, entry) => {
      labels[entry] = reusedLabel(entry);
      if (labels[entry]! >= 0) used[labels[entry]!] = 1;
    });
    const deletedBefore = new Set(previousGraph!.unusedLabels());
    free = [...used.keys()].filter((label) => !used[label]).reverse();
    nextLabel = previousGraph!.graphSize;
    // New vectors take the lowest free places (pop); the highest ones nobody takes are hidden from search.
    for (const label of free.slice(0, Math.max(0, free.length - needed.length))) if (!deletedBefore.has(label)) graph.delete(label);
  } else {
    graph = needed.length >= WORKER_THRESHOLD.vectors ? workerGraph(dimension, entries.length) : await threadGraph(dimension, entries.length);
  }

  const add = (values: ArrayLike<number>, entry: number) => {
    labels[entry] = free.pop() ?? nextLabel++;
    graph.add(values, labels[entry]!);
  };
  const vector = new Float32Array(lexical.settings.dimension);
  let embedded = 0;
  return {
    labels,
    dimension,
    get embedded() {
      return needed.length;
    },
    visit(entry, features) {
      const reused = reusedLabel(entry) >= 0;
      const norm = features ? lexical.embedCounted(features, local && !reused ? vector : undefined) : Number.NaN;
      if (reused && !patch) add(previousGraph!.vectorOf(previousEntry[entry]!), entry);
      if (!reused && local) {
        if (!features) throw new Error(`entry ${entry} needs a vector but was not counted`);
        add(vector, entry);
        progress((embedded += 1));
      }
      return norm;
    },
    busy: () => graph.busy(),
    ready: () => graph.ready(),
    async finish() {
      for (const [index, values] of (remote ?? []).entries()) {
        add(values, needed[index]!);
        await graph.ready();
      }
      if (needed.length === 0) options.onProgress?.(0, 0);
    },
    save: (filePath) => graph.save(filePath),
    inMemory: () => graph.inMemory(),
    dispose: () => graph.dispose(),
  };
}
