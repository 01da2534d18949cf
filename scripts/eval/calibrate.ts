/**
 * Where the "not covered" thresholds come from.
 *
 * Same language (or a translation to read): the confidence of the interview's
 * answerable questions (should pass) against its unanswerable ones and every
 * XQuAD question asked of the interview (none of which it answers).
 *
 * Cross-lingual (no text in the question's language): XQuAD's English questions
 * over its Arabic paragraphs alone, where retrieval put the right paragraph
 * first (should pass) or a wrong one; the same questions and the interview's
 * English unanswerable ones asked of the Arabic interview alone (should not);
 * the interview's English answerable ones over it (should).
 */
import path from 'node:path';
import { loadConfig } from '../../src/config.js';
import { answerConfidence, CONFIDENCE_THRESHOLD, CROSS_LINGUAL_THRESHOLD } from '../../src/core/answer/extractive.js';
import { createEngine } from '../../src/core/engine.js';
import type { Engine } from '../../src/core/engine.js';
import { readJsonLines } from './interview.js';
import { withoutTranslations } from './without-translations.js';
import { openXquadEngine } from './xquad.js';

export async function calibrate(engine: Engine, interviewPath: string, xquadDir: string, knowledgeDir: string) {
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
    crossLingual: await calibrateCrossLingual(interviewPath, xquadDir, knowledgeDir),
    answerable: { n: positives.length, min: round(Math.min(...positives)), passing: positives.filter((value) => value >= CONFIDENCE_THRESHOLD).length },
    unanswerable: {
      n: negatives.length,
      max: round(sorted[0] ?? 0),
      p99: round(sorted[Math.floor(sorted.length * 0.01)] ?? 0),
      passing: negatives.filter((value) => value >= CONFIDENCE_THRESHOLD).length,
    },
  };
}

async function calibrateCrossLingual(interviewPath: string, xquadDir: string, knowledgeDir: string) {
  const top = async (engine: Engine, text: string) => (await engine.retrieveParagraphs(text, 1))[0];
  const passing = (values: number[]) => ({ n: values.length, passing: values.filter((value) => value >= CROSS_LINGUAL_THRESHOLD).length });
  const rightTop: number[] = [];
  const wrongTop: number[] = [];
  const xquad = await openXquadEngine(path.join(xquadDir, 'corpus.jsonl'), 'ar');
  const questions = readJsonLines<{ paragraph: string; question_en: string }>(path.join(xquadDir, 'questions.jsonl'));
  try {
    for (const question of questions) {
      const hit = await top(xquad.engine, question.question_en);
      if (!hit) continue;
      const right = `${hit.article.meta.id}#${hit.paragraph.number}` === xquad.location.get(question.paragraph);
      (right ? rightTop : wrongTop).push(answerConfidence(hit));
    }
  } finally {
    xquad.cleanup();
  }
  const arabicOnly = withoutTranslations(knowledgeDir);
  try {
    const interview = await createEngine(loadConfig({ MARSAD_KNOWLEDGE_DIR: arabicOnly.knowledgeDir, MARSAD_DATA_DIR: arabicOnly.dataDir }), { generative: null });
    const confidence = async (text: string) => {
      const hit = await top(interview, text);
      return hit ? answerConfidence(hit) : 0;
    };
    const unanswerable: number[] = [];
    for (const question of questions) unanswerable.push(await confidence(question.question_en));
    const interviewAnswerable: number[] = [];
    for (const question of readJsonLines<{ question: string; lang: string; answerable: boolean }>(interviewPath).filter((question) => question.lang === 'en')) {
      (question.answerable ? interviewAnswerable : unanswerable).push(await confidence(question.question));
    }
    return {
      threshold: CROSS_LINGUAL_THRESHOLD,
      xquad_right_paragraph_first: passing(rightTop),
      xquad_wrong_paragraph_first: passing(wrongTop),
      interview_answerable: passing(interviewAnswerable),
      unanswerable: passing(unanswerable),
    };
  } finally {
    arabicOnly.cleanup();
  }
}
