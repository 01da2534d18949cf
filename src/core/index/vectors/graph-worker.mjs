/**
 * Inserts vectors into a fresh HNSW graph on a worker thread, so a large build
 * computes the next vectors while this thread links the previous ones (the two
 * halves take about as long each; on two cores the build takes half the time).
 * Plain JavaScript so it runs under any loader (node, tsx, vitest).
 *
 * workerData: { dimension, capacity, m, efConstruction, randomSeed }.
 * Messages in: { type: 'add', vectors: Float32Array, labels: Int32Array } (acknowledged
 * with { type: 'added', count }), { type: 'save', filePath } (answered { type: 'saved' }).
 * Any failure is answered { type: 'error', message }.
 */
import { parentPort as maybePort, workerData } from 'node:worker_threads';
import hnswlib from 'hnswlib-node';

/** Always set: this file only runs as a worker. */
const parentPort = /** @type {import('node:worker_threads').MessagePort} */ (maybePort);
const { dimension, capacity, m, efConstruction, randomSeed } = workerData;
const graph = new hnswlib.HierarchicalNSW('cosine', dimension);
graph.initIndex({ maxElements: Math.max(1, capacity), m, efConstruction, randomSeed });

parentPort.on('message', (message) => {
  try {
    if (message.type === 'add') {
      const { vectors, labels } = message;
      for (let index = 0; index < labels.length; index += 1) {
        graph.addPoint(Array.from(vectors.subarray(index * dimension, (index + 1) * dimension)), labels[index]);
      }
      parentPort.postMessage({ type: 'added', count: labels.length });
    } else if (message.type === 'save') {
      graph.writeIndexSync(message.filePath);
      parentPort.postMessage({ type: 'saved' });
    }
  } catch (error) {
    parentPort.postMessage({ type: 'error', message: error instanceof Error ? error.message : String(error) });
  }
});
