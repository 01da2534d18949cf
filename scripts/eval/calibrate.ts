/**
 * Where the "not covered" threshold comes from: the confidence of the interview's
 * answerable questions (should pass) against its unanswerable ones and every
 * XQuAD question asked of the interview (none of which it answers).
 */
import path from 'node:path';
import { answerConfidence, CONFIDENCE_THRESHOLD } from '../../src/core/answer/extractive.js';
import type { Engine } from '../../src/core/engine.js';
import { readJsonLines } from './interview.js';

export async function calibrate(engine: Engine, interviewPath: string, xquadDir: string) {
  const confidenceOf = async (text: string) => {
    const [top] = await engine.retrieveParagraphs(text, 1);
    return top ? answerConfidence(top) : 0;
  };
  const positives: number[] = [];
  const negatives: number[] = [];
  for (const question of readJsonLines<{ question: string; answerable: boolean }>(interviewPath)) {
    (question.answerable ? positives : negatives).push(await confidenceOf(question.question));
  }
  for (const question of readJsonLines<{ question_ar: string; question_en: string }>(path.join(xquadDir, 'questions.jsonl'))) {
    negatives.push(await confidenceOf(question.question_ar), await confidenceOf(question.question_en));
  }
  const round = (value: number) => Math.round(value * 1000) / 1000;
  const sorted = [...negatives].sort((left, right) => right - left);
  return {
    threshold: CONFIDENCE_THRESHOLD,
    answerable: { n: positives.length, min: round(Math.min(...positives)), passing: positives.filter((value) => value >= CONFIDENCE_THRESHOLD).length },
    unanswerable: {
      n: negatives.length,
      max: round(sorted[0] ?? 0),
      p99: round(sorted[Math.floor(sorted.length * 0.01)] ?? 0),
      passing: negatives.filter((value) => value >= CONFIDENCE_THRESHOLD).length,
    },
  };
}
