/**
 * Candidate spellings from per-segment options: a small beam keeps the cheapest
 * few, and candidates that fold to the same matching key count once.
 */

import { TUNING } from '../../tuning.js';

export type Option = readonly [output: string, cost: number];
export type Segment = readonly Option[];

export const DEFAULT_BEAM = TUNING.names.transliterationBeam;

/** A candidate spelling and how unlikely the rules found it (0 = the preferred reading). */
export interface ScoredCandidate {
  text: string;
  cost: number;
}

export function beam(segments: readonly Segment[], width: number): { text: string; cost: number }[] {
  let states: { text: string; cost: number }[] = [{ text: '', cost: 0 }];
  for (const options of segments) {
    const next = new Map<string, number>();
    for (const state of states) {
      for (const [output, cost] of options) {
        const text = state.text + output;
        const total = state.cost + cost;
        const known = next.get(text);
        if (known === undefined || total < known) next.set(text, total);
      }
    }
    states = [...next.entries()]
      .map(([text, cost]) => ({ text, cost }))
      .sort((a, b) => a.cost - b.cost)
      .slice(0, width);
  }
  return states;
}

/** One option of a segment: an output and its cost. */
export const o = (output: string, cost = 0): Option => [output, cost];

export function distinctCandidates(states: ScoredCandidate[], toKey: (text: string) => string, max: number): ScoredCandidate[] {
  const seen = new Set<string>();
  const out: ScoredCandidate[] = [];
  for (const state of states) {
    if (!state.text) continue;
    const key = toKey(state.text);
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(state);
    if (out.length >= max) break;
  }
  return out;
}
