/**
 * Whether an answer unit gives someone's view: it holds a stance cue of either language (answer-type-cues.tsv:
 * «يرى», «وجهة», "view", "believe"…), read on the unit's stems and its rendering's. A question asking how someone
 * sees something (question/stance-cues.ts) is answered by «يرى في الاتفاق فرصة…», "she takes a cautious
 * view…", more often than by the paragraph that names the same people without saying what they think.
 */
import { stanceCueStems } from '../question/stance-cues.js';
import { caseless } from './sentence-before.js';

let viewStems: string[] | undefined;

/** Whether `stems` (a unit's caseless stems, both views) holds a stance cue's stem. */
export function holdsView(stems: ReadonlySet<string>): boolean {
  if (!viewStems) {
    const { ar, en } = stanceCueStems();
    viewStems = [...new Set([...ar, ...en].map(caseless))];
  }
  return viewStems.some((stem) => stems.has(stem));
}
