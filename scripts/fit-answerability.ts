/**
 * `npm run fit-answerability [-- --cache <samples.json>] [--folds 5] [--refit <feature,…>] [--without <feature,…>]
 *   [--interview-weight 10] [--ridge 0.01] [--threshold 0.5] [--held-out-halves] [--ruled] [--committed] [--dry-run]`
 *
 * Fits the answerability model (src/core/answer/answerability-model.ts) on the
 * development sets (../shared/eval: the interview, XQuAD-dev, ARCD-dev; see
 * scripts/fit/collect.ts for the samples; and the development probes and yes/no
 * sets, scripts/fit/development-probes.ts), reports grouped k-fold
 * cross-validated figures beside the figures on the fitted data, and writes the
 * weights to knowledge/models/answerability.json. With --refit only the named
 * weights are fitted, over the committed model's other weights and bias (kept
 * as each sample's offset): a few weights (crossLingual) can be refitted on new
 * samples without moving what the others decide. ARCD's and XQuAD-dev's half 1 (alternate articles) are held out:
 * their samples are collected but neither fitted on nor reported; `--committed` scores the committed model instead.
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
import { weighted } from './fit/answerability-samples.js';
import { round } from './eval/figures.js';
import { answerabilityFigures } from './fit/answerability-figures.js';

const MODEL_PATH = path.resolve(import.meta.dirname, '../knowledge/models/answerability.json');

/** The command's arguments that shape the fit (not where the samples are cached). */
function fittingArguments(argv: string[]): string {
  const kept = argv.filter((argument, position) => argument !== '--dry-run' && argument !== '--cache' && argv[position - 1] !== '--cache');
  return kept.length ? ` -- ${kept.join(' ')}` : '';
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

const program = new Command('fit-answerability')
  .option('--interview <file>', 'interview questions', '../shared/eval/interview/questions.jsonl')
  .option('--xquad <dir>', 'XQuAD-dev folder', '../shared/eval/xquad-dev')
  .option('--arcd <file>', 'ARCD-dev (SQuAD v1.1 format)', '../shared/eval/arcd-dev/arcd-train.json')
  .option('--cache <file>', 'read the samples from this file if it exists, else collect and write them there')
  .option('--folds <n>', 'cross-validation folds', '5')
  .option('--refit <features>', 'fit only these weights (comma-separated), keeping the committed model\'s others and its bias')
  .option('--without <features>', 'leave these features out (comma-separated: their weight is 0)')
  .option('--interview-weight <n>', 'how many times a source\'s weight the interview weighs', '10')
  .option('--weigh <factors>', 'sources weighing more or less: prefix=factor, comma-separated (probe=2,yes-no=2)', '')
  .option('--ridge <r>', 'the ridge penalty', '0.01')
  .option('--threshold <p>', 'the probability from which a question is answered', '0.5')
  .option('--held-out-halves', 'fit on ARCD\'s and XQuAD-dev\'s half 1 too (a comparison; their figures are never reported)')
  .option('--ruled', 'fit on the samples a rule refuses too')
  .option('--committed', 'report the committed model\'s figures on the samples (nothing fitted)')
  .option('--dry-run', 'report the figures without writing the model')
  .action((options: FitOptions) =>
    runCli(async () => {
      const report = (line: string) => process.stderr.write(`${line}\n`);
      let samples: LabelledSample[];
      if (options.cache && existsSync(options.cache)) samples = JSON.parse(readFileSync(options.cache, 'utf8')) as LabelledSample[];
      else {
        samples = await collectSamples({ interview: path.resolve(options.interview), xquad: path.resolve(options.xquad), arcd: path.resolve(options.arcd), knowledgeDir: path.resolve('knowledge') }, report);
        samples.push(...(await collectProbeSamples(repositoryPath(), report)));
        if (options.cache) writeFileSync(options.cache, JSON.stringify(samples));
      }
      const left = new Set(options.without?.split(',').filter(Boolean));
      const columns = (sample: LabelledSample) => ({ ...sample, features: sample.features.map((value, position) => (left.has(FEATURES[position]!) ? 0 : value)) });
      const training = weighted(samples.map(columns), { interviewWeight: Number(options.interviewWeight), factors: options.weigh.split(',').filter(Boolean).map((pair) => [pair.split('=')[0]!, Number(pair.split('=')[1])]), heldOutHalves: Boolean(options.heldOutHalves), ruled: Boolean(options.ruled) });
      const threshold = Number(options.threshold);
      // Held-out halves are neither reported nor, unless asked, fitted on.
      const reported = samples.map((sample, position) => ({ sample, position })).filter((item) => item.sample.half !== 1);
      const figures = (probabilities: number[]) => answerabilityFigures(reported.map((item) => item.sample), reported.map((item) => probabilities[item.position]!), threshold);
      if (options.committed) {
        const committed = committedModel();
        process.stdout.write(`${JSON.stringify({ committed: figures(training.map((sample) => predict({ weights: FEATURES.map(committed.weight), bias: committed.bias }, sample.features))) })}\n`);
        return;
      }
      const folds = Number(options.folds);
      const ridge = Number(options.ridge);
      const refit = options.refit?.split(',').filter(Boolean);
      const { heldOut, model } = refit?.length ? fitOnly(training, refit, folds) : { heldOut: crossValidate(training, folds, ridge), model: fitLogistic(training, ridge) };
      const fitted = training.map((sample) => predict(model, sample.features));
      const result = {
        features: FEATURES,
        weights: model.weights.map((weight) => round(weight)),
        bias: round(model.bias),
        threshold,
        fitted_by: `npm run fit-answerability${fittingArguments(process.argv.slice(2))}`,
        samples: samples.length,
        ...(refit?.length ? { refitted: refit, kept: 'the other weights and the bias, from the model committed before' } : {}),
        cross_validated: { folds, grouped_by: 'article (XQuAD, ARCD), question (interview) or set (the probes)', ...figures(heldOut) },
        on_fitted_data: figures(fitted),
      };
      if (!options.dryRun) writeFileSync(MODEL_PATH, `${JSON.stringify(result, null, 2)}\n`);
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }),
  );

interface FitOptions {
  interview: string;
  xquad: string;
  arcd: string;
  cache?: string;
  folds: string;
  refit?: string;
  without?: string;
  interviewWeight: string;
  weigh: string;
  ridge: string;
  threshold: string;
  heldOutHalves?: boolean;
  ruled?: boolean;
  committed?: boolean;
  dryRun?: boolean;
}

program.parse();
