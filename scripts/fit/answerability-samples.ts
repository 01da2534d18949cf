/**
 * Which of the answerability model's samples (scripts/fit/collect.ts, development-probes.ts) are fitted on, and how
 * much each weighs.
 */
import type { LabelledSample } from './collect.js';
import type { Sample } from './logistic.js';

/**
 * Questions asked with their whole article left out are measured, not fitted on (weight 0, still scored held out):
 * fitted on, they move the threshold of every question and cost own-article answers without separating the two.
 * So are the interview's English questions without translations: the one check left of how cross-lingual
 * questions the articles do not cover are refused (fitted on at any weight, they move the crossLingual weight
 * towards answering more of those).
 */
const measuredOnly = (source: string) => source.endsWith(':article-out') || source === 'interview-untranslated';

/**
 * Samples fitted on: not those of ARCD's and XQuAD-dev's held-out halves (their alternate articles, half 1, measure
 * what is fitted on half 0), nor those a rule refuses whatever the model says (the weights do not decide them).
 */
function fittedOn(sample: LabelledSample, choice: SampleChoice): boolean {
  return !measuredOnly(sample.source) && (choice.heldOutHalves || sample.half !== 1) && (choice.ruled || !sample.ruledOut);
}

export interface SampleChoice {
  interviewWeight: number;
  /** Sources whose name begins with a key weigh that many times as much (`--weigh probe=2,yes-no=2`). */
  factors: [string, number][];
  /** Fit on ARCD's and XQuAD-dev's half 1 too (to see what leaving them out costs; never committed). */
  heldOutHalves: boolean;
  /** Fit on the samples a rule refuses too. */
  ruled: boolean;
}

const factorOf = (source: string, choice: SampleChoice) => choice.factors.find(([prefix]) => source.startsWith(prefix))?.[1] ?? 1;

/** Every source weighs the same in total, and the interview (the questions users ask) `interviewWeight` times as much. */
export function weighted(samples: LabelledSample[], choice: SampleChoice): Sample[] {
  const counts = new Map<string, number>();
  for (const sample of samples.filter((item) => fittedOn(item, choice))) counts.set(sample.source, (counts.get(sample.source) ?? 0) + 1);
  return samples.map((sample) => ({
    features: sample.features,
    label: sample.label,
    group: sample.group,
    weight: fittedOn(sample, choice) ? (sample.source === 'interview' ? choice.interviewWeight : factorOf(sample.source, choice)) / counts.get(sample.source)! : 0,
  }));
}
