/**
 * Growing the typed arrays the index builders fill by id (word forms, terms):
 * at least doubled, so adding n ids costs O(n) copies in all, the new slots
 * set to `fill` (−1 for "not seen yet").
 */
type GrowableArray = Int32Array | Uint16Array | Uint32Array;

export function grownArray<T extends GrowableArray>(array: T, size: number, fill = 0): T {
  const grown = new (array.constructor as new (length: number) => T)(Math.max(size, array.length * 2));
  if (fill !== 0) grown.fill(fill);
  grown.set(array);
  return grown;
}
