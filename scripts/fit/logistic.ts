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
}

export interface LogisticModel {
  weights: number[];
  bias: number;
}

const sigmoid = (value: number) => 1 / (1 + Math.exp(-value));

export function predict(model: LogisticModel, features: number[]): number {
  let sum = model.bias;
  features.forEach((value, position) => (sum += model.weights[position]! * value));
  return sigmoid(sum);
}

/** Solves A x = b (Gaussian elimination with partial pivoting; A is small and positive definite). */
export function solve(matrix: number[][], vector: number[]): number[] {
  const size = vector.length;
  const a = matrix.map((row, index) => [...row, vector[index]!]);
  for (let column = 0; column < size; column += 1) {
    let pivot = column;
    for (let row = column + 1; row < size; row += 1) if (Math.abs(a[row]![column]!) > Math.abs(a[pivot]![column]!)) pivot = row;
    [a[column], a[pivot]] = [a[pivot]!, a[column]!];
    for (let row = column + 1; row < size; row += 1) {
      const factor = a[row]![column]! / a[column]![column]!;
      for (let k = column; k <= size; k += 1) a[row]![k]! -= factor * a[column]![k]!;
    }
  }
  const x = new Array<number>(size).fill(0);
  for (let row = size - 1; row >= 0; row -= 1) {
    let sum = a[row]![size]!;
    for (let k = row + 1; k < size; k += 1) sum -= a[row]![k]! * x[k]!;
    x[row] = sum / a[row]![row]!;
  }
  return x;
}

export function fitLogistic(samples: Sample[], ridge = 0.01, iterations = 25): LogisticModel {
  const dimension = samples[0]!.features.length + 1; // last: bias
  let theta = new Array<number>(dimension).fill(0);
  const totalWeight = samples.reduce((sum, sample) => sum + sample.weight, 0);
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    const gradient = new Array<number>(dimension).fill(0);
    const hessian = Array.from({ length: dimension }, () => new Array<number>(dimension).fill(0));
    for (const sample of samples) {
      const x = [...sample.features, 1];
      const p = sigmoid(x.reduce((sum, value, position) => sum + value * theta[position]!, 0));
      const w = sample.weight / totalWeight;
      for (let i = 0; i < dimension; i += 1) {
        gradient[i]! += w * (p - sample.label) * x[i]!;
        for (let j = 0; j < dimension; j += 1) hessian[i]![j]! += w * p * (1 - p) * x[i]! * x[j]!;
      }
    }
    for (let i = 0; i < dimension - 1; i += 1) {
      gradient[i]! += ridge * theta[i]!;
      hessian[i]![i]! += ridge;
    }
    hessian[dimension - 1]![dimension - 1]! += 1e-9;
    const step = solve(hessian, gradient);
    theta = theta.map((value, position) => value - step[position]!);
    if (Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return { weights: theta.slice(0, -1), bias: theta.at(-1)! };
}

/** A stable fold for a group name (FNV-1a). */
export function foldOf(group: string, folds: number): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < group.length; index += 1) hash = Math.imul(hash ^ group.charCodeAt(index), 0x01000193);
  return (hash >>> 0) % folds;
}

/** Held-out probabilities: each sample scored by the model fitted without its fold. */
export function crossValidate(samples: Sample[], folds: number, ridge?: number): number[] {
  const held = new Array<number>(samples.length).fill(0);
  for (let fold = 0; fold < folds; fold += 1) {
    const model = fitLogistic(samples.filter((sample) => foldOf(sample.group, folds) !== fold), ridge);
    samples.forEach((sample, position) => {
      if (foldOf(sample.group, folds) === fold) held[position] = predict(model, sample.features);
    });
  }
  return held;
}
