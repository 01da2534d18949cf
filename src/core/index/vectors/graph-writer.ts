/**
 * Where a build puts its vectors: a graph on this thread (small builds, and
 * patching a copy of the previous generation's graph), or a fresh graph on a
 * worker thread (graph-worker.mjs) for large builds, fed in batches with a
 * bounded backlog so queued vectors never pile up in memory. Either way the
 * insertion order, and so the graph, is the same.
 */
import { Worker } from 'node:worker_threads';
import hnswlib from 'hnswlib-node';
import { repositoryPath } from '../../repository-files.js';
import { HNSW_SETTINGS } from './vector-store.js';

export interface GraphWriter {
  /** Adds (or, for a label the graph has, overwrites) a vector. */
  add(vector: ArrayLike<number>, label: number): void;
  /** Hides a label's vector from searches. */
  delete(label: number): void;
  /** True while a worker has as many vectors queued as it may (see ready()). */
  busy(): boolean;
  /** Resolves when the backlog is small enough to keep adding (worker only). */
  ready(): Promise<void>;
  save(filePath: string): Promise<void>;
  /** The graph itself when it lives on this thread (to serve it after the build without reading it back). */
  inMemory(): hnswlib.HierarchicalNSW | null;
  dispose(): void;
}

/**
 * A graph on this thread. Reading the previous graph and writing the new one go through hnswlib's
 * asynchronous calls (a libuv worker): at 100k paragraphs each takes about a second, which the
 * synchronous calls spent holding the event loop of a bot that reindexes while it serves.
 */
export async function threadGraph(dimension: number, capacity: number, previousFile?: string): Promise<GraphWriter> {
  const graph = new hnswlib.HierarchicalNSW('cosine', dimension);
  if (previousFile) await graph.readIndex(previousFile);
  else graph.initIndex({ maxElements: Math.max(1, capacity), ...HNSW_SETTINGS });
  return {
    add(vector, label) {
      if (label >= graph.getMaxElements()) graph.resizeIndex(Math.max(1024, label * 2));
      graph.addPoint(Array.from(vector), label);
    },
    delete: (label) => graph.markDelete(label),
    busy: () => false,
    ready: async () => {},
    save: async (filePath) => {
      await graph.writeIndex(filePath);
    },
    inMemory: () => graph,
    dispose() {},
  };
}

const BATCH = 256;
/** Vectors queued for the worker at most (32 × 256 × 1 KB = 8 MB, a second or two of its work): the rest wait to be computed. */
const MAX_BATCHES_IN_FLIGHT = 32;

export function workerGraph(dimension: number, capacity: number): GraphWriter {
  const worker = new Worker(repositoryPath('src', 'core', 'index', 'vectors', 'graph-worker.mjs'), { workerData: { dimension, capacity, ...HNSW_SETTINGS } });
  worker.unref();
  let failure: Error | null = null;
  let inFlight = 0;
  const waiting: { resolve: () => void; reject: (error: Error) => void; until: () => boolean }[] = [];
  const settle = () => {
    for (const waiter of waiting.splice(0)) {
      if (failure) waiter.reject(failure);
      else if (waiter.until()) waiter.resolve();
      else waiting.push(waiter);
    }
  };
  let saved = false;
  worker.on('message', (message: { type: string; message?: string }) => {
    if (message.type === 'added') inFlight -= 1;
    if (message.type === 'saved') saved = true;
    if (message.type === 'error') failure = new Error(`vector graph worker: ${message.message}`);
    settle();
  });
  worker.on('error', (error) => ((failure = error), settle()));
  const wait = (until: () => boolean) => (failure ? Promise.reject(failure) : until() ? Promise.resolve() : new Promise<void>((resolve, reject) => waiting.push({ resolve, reject, until })));

  let vectors = new Float32Array(BATCH * dimension);
  let labels = new Int32Array(BATCH);
  let count = 0;
  const flush = () => {
    if (count === 0) return;
    worker.postMessage({ type: 'add', vectors: vectors.subarray(0, count * dimension), labels: labels.subarray(0, count) }, [vectors.buffer, labels.buffer]);
    inFlight += 1;
    vectors = new Float32Array(BATCH * dimension);
    labels = new Int32Array(BATCH);
    count = 0;
  };
  return {
    add(vector, label) {
      vectors.set(vector, count * dimension);
      labels[count] = label;
      count += 1;
      if (count === BATCH) flush();
    },
    delete() {
      throw new Error('a fresh graph has nothing to delete');
    },
    busy: () => inFlight >= MAX_BATCHES_IN_FLIGHT,
    ready: () => wait(() => inFlight < MAX_BATCHES_IN_FLIGHT),
    async save(filePath) {
      flush();
      worker.postMessage({ type: 'save', filePath });
      await wait(() => saved);
    },
    inMemory: () => null,
    dispose: () => void worker.terminate(),
  };
}
