/**
 * The answerability model's figures on its samples, by source: accuracy at the threshold, and for the question
 * sets (the interview, the probes, the yes/no and off-topic sets) how many answerable questions, traps and
 * off-topic questions would be answered. A sample a rule refuses (explain's `ruledOut`) counts as refused, as
 * ask() refuses it, whatever the model says.
 */
import { round } from '../eval/figures.js';
import type { LabelledSample } from './collect.js';

const KINDS = ['answerable', 'trap', 'off_topic'] as const;

export function answerabilityFigures(samples: LabelledSample[], probabilities: number[], threshold: number) {
  const scored = samples.map((sample, position) => ({ sample, answered: !sample.ruledOut && probabilities[position]! >= threshold }));
  const bySource: Record<string, { n: number; accuracy: number; answered?: string }> = {};
  for (const source of new Set(samples.map((sample) => sample.source))) {
    const members = scored.filter((item) => item.sample.source === source);
    const right = members.filter((item) => (item.answered ? 1 : 0) === item.sample.label).length;
    const kinds = members.some((item) => item.sample.kind)
      ? KINDS.map((kind) => {
          const asked = members.filter((item) => item.sample.kind === kind);
          return `${kind} ${asked.filter((item) => item.answered).length}/${asked.length}`;
        }).join(', ')
      : undefined;
    bySource[source] = { n: members.length, accuracy: round(right / members.length), ...(kinds ? { answered: kinds } : {}) };
  }
  const interview = bySource.interview;
  return { by_source: bySource, interview_refusal_accuracy: interview?.accuracy ?? 0, interview_answered: interview?.answered ?? '' };
}
