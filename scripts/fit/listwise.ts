/**
 * A listwise (softmax) linear order: the probability that a question's
 * answering candidate comes first is softmax(w · features) over its candidates;
 * w maximises that likelihood with a small ridge penalty, by Newton's method
 * (a dozen features, a few hundred questions). Unlike pairwise logistic, every
 * question's loss is about its first place, which is what the answer cites first.
 */
import { solve } from './logistic.js';

export interface OrderList {
  /** Each candidate's features. */
  candidates: number[][];
  /** Position of the answering candidate. */
  gold: number;
}

/** Negative log-likelihood of the answering candidates plus the ridge penalty. */
function loss(lists: OrderList[], weights: number[], ridge: number): number {
  let total = (ridge / 2) * lists.length * weights.reduce((sum, weight) => sum + weight * weight, 0);
  for (const list of lists) {
    const scores = list.candidates.map((features) => features.reduce((sum, value, position) => sum + value * weights[position]!, 0));
    const top = Math.max(...scores);
    total += top + Math.log(scores.reduce((sum, score) => sum + Math.exp(score - top), 0)) - scores[list.gold]!;
  }
  return total;
}

export function fitListwise(lists: OrderList[], ridge = 0.01, iterations = 30): number[] {
  const dimension = lists[0]!.candidates[0]!.length;
  let weights = new Array<number>(dimension).fill(0);
  for (let iteration = 0; iteration < iterations; iteration += 1) {
    const gradient = weights.map((weight) => ridge * weight * lists.length);
    const hessian = Array.from({ length: dimension }, (_, row) => Array.from({ length: dimension }, (__, column) => (row === column ? ridge * lists.length : 0)));
    for (const list of lists) {
      const scores = list.candidates.map((features) => features.reduce((sum, value, position) => sum + value * weights[position]!, 0));
      const top = Math.max(...scores);
      const exponentials = scores.map((score) => Math.exp(score - top));
      const total = exponentials.reduce((sum, value) => sum + value, 0);
      const probabilities = exponentials.map((value) => value / total);
      const mean = new Array<number>(dimension).fill(0);
      list.candidates.forEach((features, candidate) => features.forEach((value, position) => (mean[position]! += probabilities[candidate]! * value)));
      list.candidates[list.gold]!.forEach((value, position) => (gradient[position]! += mean[position]! - value));
      list.candidates.forEach((features, candidate) => {
        for (let row = 0; row < dimension; row += 1) {
          for (let column = 0; column < dimension; column += 1) hessian[row]![column]! += probabilities[candidate]! * (features[row]! - mean[row]!) * (features[column]! - mean[column]!);
        }
      });
    }
    // Newton's step, halved until the loss falls (a full step can overshoot where the softmax is flat).
    const step = solve(hessian, gradient);
    const before = loss(lists, weights, ridge);
    let scale = 1;
    let next = weights.map((weight, position) => weight - step[position]!);
    while (loss(lists, next, ridge) > before && scale > 1e-4) {
      scale /= 2;
      next = weights.map((weight, position) => weight - scale * step[position]!);
    }
    weights = next;
    if (scale * Math.max(...step.map(Math.abs)) < 1e-8) break;
  }
  return weights;
}
