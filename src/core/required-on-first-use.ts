/**
 * A CommonJS package required when first called for rather than at import, for
 * synchronous code that an ask over a built index never runs (front matter,
 * domain names): an entry point's static imports are all loaded before it
 * starts, and these packages were a noticeable part of `npm run ask`'s start.
 * Asynchronous code uses `await import()` instead.
 */
import { createRequire } from 'node:module';

const requirePackage = createRequire(import.meta.url);

export function requiredOnFirstUse<T>(name: string): () => T {
  let loaded: T | undefined;
  return () => (loaded ??= requirePackage(name) as T);
}
