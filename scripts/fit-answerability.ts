/**
 * `npm run fit-answerability [-- --cache <samples.json>] [--folds 5] [--dry-run]`
 *
 * Fits the answerability model (src/core/answer/answerability.ts) on the
 * development sets (../shared/eval: the interview, XQuAD-dev, ARCD-dev; see
 * scripts/fit/collect.ts for the samples), reports grouped k-fold
 * cross-validated figures beside the figures on the fitted data, and writes the
 * weights to knowledge/models/answerability.json.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { runCli } from '../src/cli/bootstrap.js';
import { FEATURES } from '../src/core/answer/answerability.js';
import { collectSamples, type LabelledSample } from './fit/collect.js';
import { crossValidate, fitLogistic, predict, type Sample } from './fit/logistic.js';
import { round } from './eval/figures.js';

const MODEL_PATH = path.resolve(import.meta.dirname, '../knowledge/models/answerability.json');
const THRESHOLD = 0.5;

/**
 * Questions asked with their whole article left out are measured, not fitted on (weight 0, still scored held out):
 * fitted on, they move the threshold of every question and cost own-article answers without separating the two.
 */
const measuredOnly = (source: string) => source.endsWith(':article-out');

/** Every source weighs the same in total, and the interview (the questions users ask) ten times as much. */
function weighted(samples: LabelledSample[]): Sample[] {
  const counts = new Map<string, number>();
  for (const sample of samples) counts.set(sample.source, (counts.get(sample.source) ?? 0) + 1);
  return samples.map((sample) => ({
    features: sample.features,
    label: sample.label,
    group: sample.group,
    weight: measuredOnly(sample.source) ? 0 : (sample.source === 'interview' ? 10 : 1) / counts.get(sample.source)!,
  }));
}

function figures(samples: LabelledSample[], probabilities: number[]) {
  const bySource: Record<string, { n: number; accuracy: number }> = {};
  for (const source of new Set(samples.map((sample) => sample.source))) {
    const members = samples.map((sample, position) => ({ sample, p: probabilities[position]! })).filter((item) => item.sample.source === source);
    bySource[source] = { n: members.length, accuracy: round(members.filter((item) => (item.p >= THRESHOLD ? 1 : 0) === item.sample.label).length / members.length) };
  }
  const interview = samples.map((sample, position) => ({ sample, p: probabilities[position]! })).filter((item) => item.sample.source === 'interview');
  const traps = interview.filter((item) => item.sample.kind === 'trap');
  return {
    by_source: bySource,
    interview_refusal_accuracy: round(interview.filter((item) => (item.p >= THRESHOLD ? 1 : 0) === item.sample.label).length / Math.max(1, interview.length)),
    interview_traps_answered: `${traps.filter((item) => item.p >= THRESHOLD).length} of ${traps.length}`,
  };
}

const program = new Command('fit-answerability')
  .option('--interview <file>', 'interview questions', '../shared/eval/interview/questions.jsonl')
  .option('--xquad <dir>', 'XQuAD-dev folder', '../shared/eval/xquad-dev')
  .option('--arcd <file>', 'ARCD-dev (SQuAD v1.1 format)', '../shared/eval/arcd-dev/arcd-train.json')
  .option('--cache <file>', 'read the samples from this file if it exists, else collect and write them there')
  .option('--folds <n>', 'cross-validation folds', '5')
  .option('--dry-run', 'report the figures without writing the model')
  .action((options: { interview: string; xquad: string; arcd: string; cache?: string; folds: string; dryRun?: boolean }) =>
    runCli(async () => {
      const report = (line: string) => process.stderr.write(`${line}\n`);
      let samples: LabelledSample[];
      if (options.cache && existsSync(options.cache)) samples = JSON.parse(readFileSync(options.cache, 'utf8')) as LabelledSample[];
      else {
        samples = await collectSamples({ interview: path.resolve(options.interview), xquad: path.resolve(options.xquad), arcd: path.resolve(options.arcd), knowledgeDir: path.resolve('knowledge') }, report);
        if (options.cache) writeFileSync(options.cache, JSON.stringify(samples));
      }
      const training = weighted(samples);
      const folds = Number(options.folds);
      const heldOut = crossValidate(training, folds);
      const model = fitLogistic(training);
      const fitted = training.map((sample) => predict(model, sample.features));
      const result = {
        features: FEATURES,
        weights: model.weights.map((weight) => round(weight)),
        bias: round(model.bias),
        threshold: THRESHOLD,
        fitted_by: 'npm run fit-answerability',
        samples: samples.length,
        cross_validated: { folds, grouped_by: 'article (XQuAD, ARCD) or question (interview)', ...figures(samples, heldOut) },
        on_fitted_data: figures(samples, fitted),
      };
      if (!options.dryRun) writeFileSync(MODEL_PATH, `${JSON.stringify(result, null, 2)}\n`);
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }),
  );

program.parse();
