/**
 * WordNet 3.0's data files as the build scripts read them (Debian's `wordnet-base`, /usr/share/wordnet): each synset
 * line's offset, type, words and pointers; each index line's synsets in the order of their frequency of use.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';

export interface Synset {
  offset: string;
  /** n, v, a, s (an adjective satellite, whose head the `&` pointer names) or r. */
  type: string;
  words: string[];
  /** Pointer symbol, target offset, target part of speech, source/target word numbers. */
  pointers: [string, string, string, string][];
}

/** The synsets of one data file (`data.adj`, `data.noun`…). */
export function readSynsets(wordnet: string, file: string): Synset[] {
  return readFileSync(path.join(wordnet, file), 'utf8')
    .split('\n')
    .filter((line) => /^\d/.test(line))
    .map((line) => {
      const fields = line.split(' ');
      const count = Number.parseInt(fields[3]!, 16);
      const words = Array.from({ length: count }, (_, index) => fields[4 + 2 * index]!.replace(/\(.*\)$/, '').replaceAll('_', ' '));
      const rest = fields.slice(4 + 2 * count);
      const pointers = Array.from({ length: Number(rest[0]) }, (_, index) => [rest[1 + 4 * index]!, rest[2 + 4 * index]!, rest[3 + 4 * index]!, rest[4 + 4 * index]!] as [string, string, string, string]);
      return { offset: fields[0]!, type: fields[2]!, words, pointers };
    });
}

/** Each lemma of one index file (`index.adj`…) with its synset offsets, the most used sense first. */
export function readSenseIndex(wordnet: string, file: string): Map<string, string[]> {
  const senses = new Map<string, string[]>();
  for (const line of readFileSync(path.join(wordnet, file), 'utf8').split('\n')) {
    if (!/^[a-z0-9]/i.test(line)) continue;
    const fields = line.trim().split(' ');
    const pointerCount = Number(fields[3]);
    senses.set(fields[0]!.replaceAll('_', ' '), fields.slice(4 + pointerCount + 2));
  }
  return senses;
}
