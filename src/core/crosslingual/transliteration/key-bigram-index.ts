/**
 * A vocabulary in one script indexed by the bigrams of its tokens' matching
 * keys, searched for the keys most similar (bigram Dice) to candidate spellings.
 */
import { ARABIC_TOKEN } from './arabic-to-latin.js';
import type { ScoredCandidate } from './candidates.js';
import { LATIN_TOKEN } from './latin-to-arabic.js';
import { arabicMatchKey, keyBigrams, latinMatchKey, type Script } from './match-keys.js';
import { arabicVariants, latinVariants } from './name-variants.js';

export interface NameMatch {
  /** The vocabulary token (surface form, as given to the index). */
  token: string;
  similarity: number;
  /** The candidate spelling that matched best. */
  candidate: string;
}

export interface NameMatchOptions {
  /** Dice similarity a match needs (default 0.75; keys of ≤ 3 letters must be equal). */
  minSimilarity?: number;
  /** Most matches returned (default 3). */
  limit?: number;
  /** Candidate spellings tried (default 12). */
  candidates?: number;
  /** Score lost per unit of rule cost of the candidate (unlikely spellings; default 0.1). */
  costPenalty?: number;
}

export class KeyBigramIndex {
  private readonly keys: string[] = [];
  private readonly keyTokens: string[][] = [];
  private readonly keyGrams: string[][] = [];
  private readonly postings = new Map<string, number[]>();
  private readonly seen: Uint32Array;
  private stamp = 0;

  constructor(
    readonly script: Script,
    tokens: Iterable<string>,
  ) {
    const pattern = script === 'ar' ? ARABIC_TOKEN : LATIN_TOKEN;
    const toKey = script === 'ar' ? arabicMatchKey : latinMatchKey;
    const variantsOf = script === 'ar' ? arabicVariants : latinVariants;
    const keyIds = new Map<string, number>();
    for (const token of tokens) {
      if (token.length < 3 || !pattern.test(token)) continue;
      for (const variant of variantsOf(token)) {
        const key = toKey(variant);
        if (key.length < 2) continue;
        let id = keyIds.get(key);
        if (id === undefined) {
          id = this.keys.length;
          keyIds.set(key, id);
          this.keys.push(key);
          this.keyTokens.push([]);
          const grams = keyBigrams(key);
          this.keyGrams.push(grams);
          for (const gram of grams) {
            const list = this.postings.get(gram);
            if (list) list.push(id);
            else this.postings.set(gram, [id]);
          }
        }
        const owners = this.keyTokens[id] as string[];
        if (!owners.includes(token)) owners.push(token);
      }
    }
    this.seen = new Uint32Array(this.keys.length);
  }

  get size(): number {
    return this.keys.length;
  }

  /**
   * Vocabulary tokens whose key is most similar to any of the candidate spellings
   * (bigram Dice minus the candidate's rule cost × costPenalty).
   *
   * Prefix filtering keeps this fast on large vocabularies: a key reaching the
   * threshold must share at least one of the candidate's rarest bigrams, so only
   * those posting lists are read, and each key found is then verified exactly.
   */
  search(candidates: readonly (string | ScoredCandidate)[], options: NameMatchOptions = {}): NameMatch[] {
    const minSimilarity = options.minSimilarity ?? 0.75;
    const limit = options.limit ?? 3;
    const costPenalty = options.costPenalty ?? 0.1;
    const toKey = this.script === 'ar' ? arabicMatchKey : latinMatchKey;
    const best = new Map<number, { similarity: number; candidate: string }>();
    for (const entry of candidates) {
      const candidate = typeof entry === 'string' ? entry : entry.text;
      const penalty = typeof entry === 'string' ? 0 : costPenalty * entry.cost;
      const threshold = Math.max(minSimilarity + penalty, 1e-6);
      if (threshold > 1) continue;
      const key = toKey(candidate);
      if (key.length < 2) continue;
      const grams = keyBigrams(key);
      const gramSet = new Set(grams);
      const size = grams.length;
      // Dice ≥ t needs the other set's size within [size·t/(2−t), size·(2−t)/t]
      // and an overlap of at least t·(size + other)/2 bigrams.
      const minSize = (size * threshold) / (2 - threshold);
      const maxSize = (size * (2 - threshold)) / threshold;
      const minOverlap = Math.max(1, Math.ceil((threshold * (size + minSize)) / 2 - 1e-9));
      const prefix = size - minOverlap + 1;
      const lists = grams
        .map((gram) => this.postings.get(gram) ?? [])
        .sort((a, b) => a.length - b.length)
        .slice(0, Math.max(1, prefix));
      this.stamp += 1;
      if (this.stamp === 0xffffffff) {
        this.seen.fill(0);
        this.stamp = 1;
      }
      for (const list of lists) {
        for (const id of list) {
          if (this.seen[id] === this.stamp) continue;
          this.seen[id] = this.stamp;
          const other = this.keyGrams[id] as string[];
          if (other.length < minSize || other.length > maxSize) continue;
          const otherKey = this.keys[id] as string;
          // Short keys share bigrams by chance: demand an exact match.
          if ((key.length <= 3 || otherKey.length <= 3) && key !== otherKey) continue;
          let common = 0;
          for (const gram of other) if (gramSet.has(gram)) common += 1;
          const similarity = (2 * common) / (size + other.length) - penalty;
          if (similarity < minSimilarity) continue;
          const known = best.get(id);
          if (!known || similarity > known.similarity) best.set(id, { similarity, candidate });
        }
      }
    }
    const byToken = new Map<string, NameMatch>();
    for (const [id, { similarity, candidate }] of best) {
      for (const token of this.keyTokens[id] as string[]) {
        const known = byToken.get(token);
        if (!known || similarity > known.similarity) byToken.set(token, { token, similarity, candidate });
      }
    }
    return [...byToken.values()]
      .sort((a, b) => b.similarity - a.similarity || a.token.length - b.token.length || (a.token < b.token ? -1 : 1))
      .slice(0, limit);
  }
}
