/**
 * Weighted logistic regression with a small ridge penalty, fitted by Newton's
 * method (a handful of features, a few thousand samples: exact and fast), and
 * grouped k-fold cross-validation.
 */

export interface Sample {
  features: number[];
  label: 0 | 1;
  weight: number;
  /** Samples of one group (an article, a question) stay in one fold. */
  group: string;
  /** A fixed part of the score (weights kept from another model), added before the sigmoid. */
  offset?: number;
}

export interface LogisticModel {
  weights: number[];
  bias: number;
}

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

export function predict(model: LogisticModel, features: number[], offset = 0): number {
  let sum = model.bias + offset;
  features.forEach((value, position) => (sum += model.weights[position]! * value));
  return sigmoid(sum);
}

/** Solves matrix · solution = vector (Gaussian elimination with partial pivoting; the matrix is small and positive definite). */
export function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  const augmented = matrix.map((row, index) => [...row, vector[index]!]);
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) if (Math.abs(augmented[row]![column]!) > Math.abs(augmented[pivot]![column]!)) pivot = row;
    [augmented[column], augmented[pivot]] = [augmented[pivot]!, augmented[column]!];
    for (let row = column + 1; row < size; row += 1) {
      const factor = augmented[row]![column]! / augmented[column]![column]!;
      for (let entry = column; entry <= size; entry += 1) augmented[row]![entry]! -= factor * augmented[column]![entry]!;
    }
  }
  const solution = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    let sum = augmented[row]![size]!;
    for (let entry = row + 1; entry < size; entry += 1) sum -= augmented[row]![entry]! * solution[entry]!;
    solution[row] = sum / augmented[row]![row]!;
  }
  return solution;
}

/** With `fitBias` false the bias stays 0: every sample's offset holds a kept model's bias. */
export function fitLogistic(samples: Sample[], ridge = 0.01, iterations = 25, fitBias = true): LogisticModel {
  const featureCount = samples[0]!.features.length;
  const dimension = featureCount + (fitBias ? 1 : 0); // last: bias
  let theta = new Array<number>(dimension).fill(0);
  const totalWeight = samples.reduce((sum, sample) => sum + sample.weight, 0);
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    const gradient = new Array<number>(dimension).fill(0);
    const hessian = Array.from({ length: dimension }, () => new Array<number>(dimension).fill(0));
    for (const sample of samples) {
      const inputs = fitBias ? [...sample.features, 1] : sample.features;
      const probability = sigmoid(inputs.reduce((sum, value, position) => sum + value * theta[position]!, sample.offset ?? 0));
      const share = sample.weight / totalWeight;
      for (let row = 0; row < dimension; row += 1) {
        gradient[row]! += share * (probability - sample.label) * inputs[row]!;
        for (let column = 0; column < dimension; column += 1) hessian[row]![column]! += share * probability * (1 - probability) * inputs[row]! * inputs[column]!;
      }
    }
    for (let row = 0; row < featureCount; row += 1) {
      gradient[row]! += ridge * theta[row]!;
      hessian[row]![row]! += ridge;
    }
    hessian[dimension - 1]![dimension - 1]! += 1e-9;
    const step = solve(hessian, gradient);
    theta = theta.map((value, position) => value - step[position]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return fitBias ? { weights: theta.slice(0, -1), bias: theta.at(-1)! } : { weights: theta, bias: 0 };
}

/** A stable fold for a group name (FNV-1a). */
export function foldOf(group: string, folds: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < group.length; index += 1) hash = Math.imul(hash ^ group.charCodeAt(index), 0x01000193);
  return (hash >>> 0) % folds;
}

/** Held-out probabilities: each sample scored by the model fitted without its fold. */
export function crossValidate(samples: Sample[], folds: number, ridge?: number, fitBias = true): number[] {
  const held = new Array<number>(samples.length).fill(0);
  for (let fold = 0; fold < folds; fold += 1) {
    const model = fitLogistic(samples.filter((sample) => foldOf(sample.group, folds) !== fold), ridge, undefined, fitBias);
    samples.forEach((sample, position) => {
      if (foldOf(sample.group, folds) === fold) held[position] = predict(model, sample.features, sample.offset);
    });
  }
  return held;
}
