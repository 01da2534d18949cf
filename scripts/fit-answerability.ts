/**
 * `npm run fit-answerability [-- --cache <samples.json>] [--folds 5] [--refit <feature,…>] [--dry-run]`
 *
 * Fits the answerability model (src/core/answer/answerability-model.ts) on the
 * development sets (../shared/eval: the interview, XQuAD-dev, ARCD-dev; see
 * scripts/fit/collect.ts for the samples; and the development probes and yes/no
 * sets, scripts/fit/development-probes.ts), reports grouped k-fold
 * cross-validated figures beside the figures on the fitted data, and writes the
 * weights to knowledge/models/answerability.json. With --refit only the named
 * weights are fitted, over the committed model's other weights and bias (kept
 * as each sample's offset): a few weights (crossLingual) can be refitted on new
 * samples without moving what the others decide.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { runCli } from '../src/cli/bootstrap.js';
import { FEATURES } from '../src/core/answer/answerability-model.js';
import { repositoryPath } from '../src/core/repository-files.js';
import { collectSamples, type LabelledSample } from './fit/collect.js';
import { collectProbeSamples } from './fit/development-probes.js';
import { crossValidate, fitLogistic, predict, type Sample } from './fit/logistic.js';
import { round } from './eval/figures.js';

const MODEL_PATH = path.resolve(import.meta.dirname, '../knowledge/models/answerability.json');
const THRESHOLD = 0.5;

/**
 * Questions asked with their whole article left out are measured, not fitted on (weight 0, still scored held out):
 * fitted on, they move the threshold of every question and cost own-article answers without separating the two.
 * So are the interview's English questions without translations: the one check left of how cross-lingual
 * questions the articles do not cover are refused (fitted on at any weight, they move the crossLingual weight
 * towards answering more of those).
 */
const measuredOnly = (source: string) => source.endsWith(':article-out') || source === 'interview-untranslated';

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

/** The committed model's weight of each feature (0 for a feature it lacks) and its bias. */
function committedModel(): { weight: (feature: string) => number; bias: number } {
  const committed = JSON.parse(readFileSync(MODEL_PATH, 'utf8')) as { features: string[]; weights: number[]; bias: number };
  return { weight: (feature) => committed.weights[committed.features.indexOf(feature)] ?? 0, bias: committed.bias };
}

/** Fits only the `refit` features' weights, the others and the bias kept from the committed model. */
function fitOnly(training: Sample[], refit: string[], folds: number) {
  const kept = committedModel();
  const free = refit.map((feature) => {
    const position = (FEATURES as readonly string[]).indexOf(feature);
    if (position < 0) throw new Error(`--refit: no feature ${feature} (features: ${FEATURES.join(', ')})`);
    return position;
  });
  const partial = training.map((sample) => ({
    ...sample,
    features: free.map((position) => sample.features[position]!),
    offset: kept.bias + FEATURES.reduce((sum, feature, position) => sum + (free.includes(position) ? 0 : kept.weight(feature) * sample.features[position]!), 0),
  }));
  const heldOut = crossValidate(partial, folds, undefined, false);
  const fitted = fitLogistic(partial, undefined, undefined, false);
  const model = { weights: FEATURES.map((feature, position) => (free.includes(position) ? fitted.weights[free.indexOf(position)]! : kept.weight(feature))), bias: kept.bias };
  return { heldOut, model };
}

function figures(samples: LabelledSample[], probabilities: number[]) {
  const bySource: Record<string, { n: number; accuracy: number }> = {};
  for (const source of new Set(samples.map((sample) => sample.source))) {
    const members = samples.map((sample, position) => ({ sample, p: probabilities[position]! })).filter((item) => item.sample.source === source);
    bySource[source] = { n: members.length, accuracy: round(members.filter((item) => (item.p >= THRESHOLD ? 1 : 0) === item.sample.label).length / members.length) };
  }
  const scored = samples.map((sample, position) => ({ sample, p: probabilities[position]! }));
  const interview = scored.filter((item) => item.sample.source === 'interview');
  const answered = (source: string, kind: string) => {
    const asked = scored.filter((item) => item.sample.source === source && item.sample.kind === kind);
    return `${asked.filter((item) => item.p >= THRESHOLD).length} of ${asked.length}`;
  };
  return {
    by_source: bySource,
    interview_refusal_accuracy: round(interview.filter((item) => (item.p >= THRESHOLD ? 1 : 0) === item.sample.label).length / Math.max(1, interview.length)),
    interview_traps_answered: answered('interview', 'trap'),
    untranslated_answered: { trap: answered('interview-untranslated', 'trap'), off_topic: answered('interview-untranslated', 'off_topic') },
  };
}

const program = new Command('fit-answerability')
  .option('--interview <file>', 'interview questions', '../shared/eval/interview/questions.jsonl')
  .option('--xquad <dir>', 'XQuAD-dev folder', '../shared/eval/xquad-dev')
  .option('--arcd <file>', 'ARCD-dev (SQuAD v1.1 format)', '../shared/eval/arcd-dev/arcd-train.json')
  .option('--cache <file>', 'read the samples from this file if it exists, else collect and write them there')
  .option('--folds <n>', 'cross-validation folds', '5')
  .option('--refit <features>', 'fit only these weights (comma-separated), keeping the committed model\'s others and its bias')
  .option('--dry-run', 'report the figures without writing the model')
  .action((options: { interview: string; xquad: string; arcd: string; cache?: string; folds: string; refit?: string; dryRun?: boolean }) =>
    runCli(async () => {
      const report = (line: string) => process.stderr.write(`${line}\n`);
      let samples: LabelledSample[];
      if (options.cache && existsSync(options.cache)) samples = JSON.parse(readFileSync(options.cache, 'utf8')) as LabelledSample[];
      else {
        samples = await collectSamples({ interview: path.resolve(options.interview), xquad: path.resolve(options.xquad), arcd: path.resolve(options.arcd), knowledgeDir: path.resolve('knowledge') }, report);
        samples.push(...(await collectProbeSamples(repositoryPath(), report)));
        if (options.cache) writeFileSync(options.cache, JSON.stringify(samples));
      }
      const training = weighted(samples);
      const folds = Number(options.folds);
      const refit = options.refit?.split(',').filter(Boolean);
      const { heldOut, model } = refit?.length ? fitOnly(training, refit, folds) : { heldOut: crossValidate(training, folds), model: fitLogistic(training) };
      const fitted = training.map((sample) => predict(model, sample.features));
      const result = {
        features: FEATURES,
        weights: model.weights.map((weight) => round(weight)),
        bias: round(model.bias),
        threshold: THRESHOLD,
        fitted_by: 'npm run fit-answerability',
        samples: samples.length,
        ...(refit?.length ? { refitted: refit, kept: 'the other weights and the bias, from the model committed before' } : {}),
        cross_validated: { folds, grouped_by: 'article (XQuAD, ARCD), question (interview) or set (the probes)', ...figures(samples, heldOut) },
        on_fitted_data: figures(samples, fitted),
      };
      if (!options.dryRun) writeFileSync(MODEL_PATH, `${JSON.stringify(result, null, 2)}\n`);
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }),
  );

program.parse();
