/**
 * The "hashing trick" of the local embedder: weighted features hashed with
 * random signs into a fixed number of buckets, so a sparse vector of any size
 * becomes a dense one an HNSW index can hold.
 */
import type { FeatureCounter } from './feature-counter.js';

/**
 * murmur3's finaliser: spreads a feature hash into a bucket (low bits) and a
 * sign (top bit). Kept as a signed 32-bit integer: its unsigned form is a
 * double above 2^31, which makes every use of it slower.
 */
function mixSigned(value: number): number {
  let hash = value ^ (value >>> 16);
  hash = Math.imul(hash, 0x85ebca6b);
  hash ^= hash >>> 13;
  hash = Math.imul(hash, 0xc2b2ae35);
  return hash ^ (hash >>> 16);
}

/**
 * Fills `vector` with the features' weights (`weights[position] / norm`, in the features' order) hashed into its
 * `dimension` buckets, then scales it to unit length.
 */
export function hashFeaturesInto(vector: Float32Array, dimension: number, features: FeatureCounter, weights: Float64Array, norm: number): void {
  const size = features.size;
  vector.fill(0);
  // For a power-of-two dimension, `% dimension` of the unsigned hash is its low bits: the same bucket
  // without a floating-point modulo (hashes above 2^31 are doubles in JavaScript).
  const mask = (dimension & (dimension - 1)) === 0 ? dimension - 1 : -1;
  for (let position = 0; position < size; position += 1) {
    const weight = weights[position]! / norm;
    const mixed = mixSigned(features.featureAt(position));
    const bucket = mask >= 0 ? mixed & mask : (mixed >>> 0) % dimension;
    vector[bucket]! += mixed < 0 ? -weight : weight;
  }
  let vectorNorm = 0;
  for (const value of vector) vectorNorm += value * value;
  vectorNorm = Math.sqrt(vectorNorm) || 1;
  for (let index = 0; index < vector.length; index += 1) vector[index]! /= vectorNorm;
}
