/**
 * `npm run fit-ranker [-- --fit <squad.json>] [--held-out <squad.json>] [--cache <file>] [--features a,b] [--method listwise|pairwise] [--out <file>]`
 *
 * Fits a linear answer order over the candidate features of fit/rank-features.ts
 * and measures it against the hand-set one (candidates.ts, TUNING.answer.order):
 * listwise (softmax over each question's candidates) or pairwise (the answering
 * paragraph against each other candidate), each question weighing the same; a
 * candidate that holds a gold answer too (a near copy of the answering paragraph)
 * is left out of its question's list. Reports the share of questions whose first
 * candidate is the answering paragraph, and whose first candidate holds a gold
 * answer: on the fitted set, by 5-fold cross-validation over its articles, on the
 * held-out set and on XQuAD-dev (never fitted). Answering does not read the result:
 * the learned order did not beat the hand-set one on the held-out half (README, Evaluation).
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Command } from 'commander';
import { runCli } from '../src/cli/bootstrap.js';
import { TUNING } from '../src/core/tuning.js';
import { round } from './eval/figures.js';
import { fitListwise, type OrderList } from './fit/listwise.js';
import { fitLogistic, foldOf, type Sample } from './fit/logistic.js';
import { RANK_FEATURES } from './fit/rank-features.js';
import { squadQuestions, xquadQuestions, type OrderQuestion } from './fit/ranker-samples.js';

const FOLDS = 5;

type Weights = number[];

function pairs(questions: OrderQuestion[], columns: number[]): Sample[] {
  const samples: Sample[] = [];
  for (const question of questions) {
    const gold = question.candidates.find((candidate) => candidate.location === question.gold);
    const others = question.candidates.filter((candidate) => candidate !== gold && candidate.measureFirst <= (gold?.measureFirst ?? 0) && !question.answering.includes(candidate.location));
    if (!gold || others.length === 0) continue;
    for (const other of others) {
      const difference = columns.map((column) => gold.features[column]! - other.features[column]!);
      samples.push({ features: difference, label: 1, weight: 1 / others.length, group: question.group });
      samples.push({ features: difference.map((value) => -value), label: 0, weight: 1 / others.length, group: question.group });
    }
  }
  return samples;
}

/** The questions whose answering paragraph is among the candidates, as lists (cost-question candidates aside). */
function lists(questions: OrderQuestion[], columns: number[]): OrderList[] {
  return questions.flatMap((question) => {
    const gold = question.candidates.find((candidate) => candidate.location === question.gold);
    if (!gold) return [];
    // A near copy of the answering paragraph (it holds the answer too) is neither the answer nor a wrong one.
    const kept = question.candidates.filter((candidate) => candidate.measureFirst <= gold.measureFirst && (candidate === gold || !question.answering.includes(candidate.location)));
    if (kept.length < 2) return [];
    return [{ candidates: kept.map((candidate) => columns.map((column) => candidate.features[column]!)), gold: kept.indexOf(gold) }];
  });
}

function fit(questions: OrderQuestion[], columns: number[], ridge: number, method: string): Weights {
  return method === 'pairwise' ? fitLogistic(pairs(questions, columns), ridge).weights : fitListwise(lists(questions, columns), ridge);
}

function firstOf(question: OrderQuestion, columns: number[], weights: Weights): string | undefined {
  const score = (features: number[]) => columns.reduce((sum, column, position) => sum + weights[position]! * features[column]!, 0);
  return [...question.candidates].sort((left, other) => other.measureFirst - left.measureFirst || score(other.features) - score(left.features))[0]?.location;
}

/** Share of questions whose first candidate under these weights is the answering paragraph. */
function firstRight(questions: OrderQuestion[], columns: number[], weights: Weights): number {
  return round(questions.filter((question) => firstOf(question, columns, weights) === question.gold).length / Math.max(1, questions.length));
}

/** Share of questions whose first candidate holds a gold answer (the answering paragraph or a near copy). */
function firstHolds(questions: OrderQuestion[], columns: number[], weights: Weights): number {
  return round(questions.filter((question) => [question.gold, ...question.answering].includes(firstOf(question, columns, weights) ?? '')).length / Math.max(1, questions.length));
}

function crossValidated(questions: OrderQuestion[], columns: number[], ridge: number, method: string): number {
  let right = 0;
  for (let fold = 0; fold < FOLDS; fold += 1) {
    const weights = fit(questions.filter((question) => foldOf(question.group, FOLDS) !== fold), columns, ridge, method);
    const held = questions.filter((question) => foldOf(question.group, FOLDS) === fold);
    right += firstRight(held, columns, weights) * held.length;
  }
  return round(right / questions.length);
}

const program = new Command('fit-ranker')
  .option('--fit <file>', 'SQuAD-format set the order is fitted on', '/tmp/arcd-half0.json')
  .option('--held-out <file>', 'SQuAD-format set it is measured on', '/tmp/arcd-half1.json')
  .option('--xquad <dir>', 'XQuAD-dev folder (measured on, never fitted)', '../shared/eval/xquad-dev')
  .option('--cache <file>', 'read the candidates from this file if it exists, else collect and write them there')
  .option('--features <names>', 'comma-separated subset of the order features', RANK_FEATURES.join(','))
  .option('--ridge <value>', 'ridge penalty', '0.01')
  .option('--method <name>', 'listwise (softmax over each question\'s candidates) or pairwise (logistic)', 'listwise')
  .option('--out <file>', 'also write the weights and figures to this file')
  .action((options: { fit: string; heldOut: string; xquad: string; cache?: string; features: string; ridge: string; method: string; out?: string }) =>
    runCli(async () => {
      let sets: Record<string, OrderQuestion[]>;
      if (options.cache && existsSync(options.cache)) sets = JSON.parse(readFileSync(options.cache, 'utf8')) as Record<string, OrderQuestion[]>;
      else {
        const xquad = await xquadQuestions(path.resolve(options.xquad));
        sets = {
          fit: await squadQuestions('fit', path.resolve(options.fit)),
          held_out: await squadQuestions('held-out', path.resolve(options.heldOut)),
          'xquad:ar': xquad.filter((question) => question.set === 'xquad:ar'),
          'xquad:en': xquad.filter((question) => question.set === 'xquad:en'),
        };
        if (options.cache) writeFileSync(options.cache, JSON.stringify(sets));
      }
      const names = options.features.split(',').map((name) => name.trim());
      const columns = names.map((name) => {
        const column = (RANK_FEATURES as readonly string[]).indexOf(name);
        if (column < 0) throw new Error(`unknown order feature "${name}" (known: ${RANK_FEATURES.join(', ')})`);
        return column;
      });
      const ridge = Number(options.ridge);
      const weights = fit(sets.fit!, columns, ridge, options.method);
      const hand = [RANK_FEATURES.indexOf('retrieval'), RANK_FEATURES.indexOf('unit')];
      const handWeights = [TUNING.answer.order.paragraph, TUNING.answer.order.unit];
      const figures = Object.fromEntries(
        Object.entries(sets).map(([name, questions]) => [name, { n: questions.length, hand_set: firstRight(questions, hand, handWeights), fitted: firstRight(questions, columns, weights), holds_answer: { hand_set: firstHolds(questions, hand, handWeights), fitted: firstHolds(questions, columns, weights) } }]),
      );
      const result = {
        features: names,
        weights: weights.map((weight) => round(weight)),
        fitted_by: `npm run fit-ranker -- --fit ${options.fit} --method ${options.method} --features ${names.join(',')} --ridge ${ridge}`,
        fitted_on: `${path.basename(options.fit)}: ${options.method}, the answering paragraph against the other candidates of its question (k = 10)`,
        answer_order_r_at_1: { ...figures, fit_cross_validated: { folds: FOLDS, grouped_by: 'article', fitted: crossValidated(sets.fit!, columns, ridge, options.method) } },
      };
      if (options.out) writeFileSync(options.out, `${JSON.stringify(result, null, 2)}\n`);
      process.stdout.write(`${JSON.stringify(result)}\n`);
    }),
  );

program.parse();
