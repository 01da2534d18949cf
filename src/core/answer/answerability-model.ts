/**
 * The answerability model: a logistic model over the features answerability.ts
 * reads, whose weights are data (knowledge/models/answerability.json), fitted by
 * `npm run fit-answerability` (scripts/fit-answerability.ts), which reports
 * their cross-validated figures. Read once and checked.
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { MarsadError } from '../../errors.js';
import { repositoryPath } from '../repository-files.js';

export const FEATURES = ['evidence', 'unitCoverage', 'names', 'nameMissing', 'absentName', 'missingSpecific', 'absentKnown', 'absentOther', 'typeMissing', 'similarity', 'crossLingual', 'phraseMissing', 'countedMissing', 'absentNameReadable', 'evidenceSquared', 'otherSubject', 'crossLingualCorroborated'] as const;
export type FeatureName = (typeof FEATURES)[number];
export type AnswerabilityFeatures = Record<FeatureName, number>;

export interface AnswerabilityModel {
  features: readonly FeatureName[];
  weights: number[];
  bias: number;
  /** Probability from which the question counts as answered. */
  threshold: number;
}

const MODEL_PATH = repositoryPath('knowledge', 'models', 'answerability.json');
let model: AnswerabilityModel | undefined;

const modelSchema = z
  .object({ features: z.array(z.enum(FEATURES)), weights: z.array(z.number()), bias: z.number(), threshold: z.number().min(0).max(1) })
  .refine((value) => value.features.length === value.weights.length, 'one weight per feature');

/** The committed model, checked: a hand-edited or truncated file is named, not a crash far away. */
export function answerabilityModel(): AnswerabilityModel {
  if (model) return model;
  let parsed: unknown;
  try {
    parsed = JSON.parse(readFileSync(MODEL_PATH, 'utf8'));
  } catch (error) {
    throw new MarsadError('config', `${MODEL_PATH} cannot be read as JSON (${error instanceof Error ? error.message : String(error)}); refit it with \`npm run fit-answerability\``);
  }
  const result = modelSchema.safeParse(parsed);
  if (!result.success) throw new MarsadError('config', `${MODEL_PATH} is not an answerability model (${result.error.issues[0]!.message}); refit it with \`npm run fit-answerability\``);
  model = result.data;
  return model;
}

export function answerProbability(features: AnswerabilityFeatures, chosen: AnswerabilityModel = answerabilityModel()): number {
  let sum = chosen.bias;
  chosen.features.forEach((name, position) => (sum += chosen.weights[position]! * features[name]));
  return 1 / (1 + Math.exp(-sum));
}
