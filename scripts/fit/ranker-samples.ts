/**
 * The questions the answer order is fitted and measured on, each with every
 * candidate the answer would order (engine.explain, retrieval order) and where
 * its answering paragraph is: SQuAD-format sets (ARCD halves) over their own
 * contexts, and XQuAD-dev (Arabic and English questions over the Arabic paragraphs).
 */
import path from 'node:path';
import type { Engine } from '../../src/core/engine.js';
import type { Language } from '../../src/core/text/language.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { readJsonLines } from '../eval/interview.js';
import { openSquadEngine } from '../eval/squad.js';
import { openXquadEngine } from '../eval/xquad.js';
import { RANK_FEATURES, rankFeatures } from './rank-features.js';

export interface OrderQuestion {
  set: string;
  /** The article (folds are drawn by it). */
  group: string;
  gold: string;
  /** Candidates whose paragraph holds a gold answer too (a near copy of the answering paragraph): not wrong answers. */
  answering: string[];
  candidates: { location: string; features: number[]; measureFirst: number }[];
}

interface Asked {
  text: string;
  lang: Language;
  group: string;
  gold: string;
  answers: string[];
}

async function explainAll(set: string, engine: Engine, asked: Asked[], k: number): Promise<OrderQuestion[]> {
  const out: OrderQuestion[] = [];
  for (const question of asked) {
    const explained = await engine.explain(question.text, { lang: question.lang, k });
    const answers = question.answers.map(normalizeText).filter((answer) => answer);
    const features = rankFeatures(explained.scorer, explained.candidates, question.text);
    const locations = explained.candidates.map(({ hit }) => `${hit.article.meta.id}#${hit.paragraph.number}`);
    const candidates = explained.candidates.map((candidate, position) => ({
      location: locations[position]!,
      features: RANK_FEATURES.map((name) => features[position]![name]),
      // A cost question's units that speak of cost with an amount come first whatever the order (candidates.ts).
      measureFirst: explained.scorer.measured && candidate.unit.typed ? 1 : 0,
    }));
    const answering = locations.filter((_, position) => answers.some((answer) => normalizeText(explained.candidates[position]!.hit.paragraph.text).includes(answer)));
    out.push({ set, group: question.group, gold: question.gold, answering, candidates });
  }
  return out;
}

/** A SQuAD v1.1 file's questions over its own contexts, `k` candidates each (the squad eval cites ten). */
export async function squadQuestions(set: string, filePath: string, k = 10): Promise<OrderQuestion[]> {
  const { engine, questions, cleanup } = await openSquadEngine(filePath);
  try {
    return await explainAll(set, engine, questions.map((question) => ({ text: question.question, lang: 'ar', group: question.article, gold: question.location, answers: question.answers })), k);
  } finally {
    cleanup();
  }
}

/** XQuAD-dev's Arabic and English questions over the Arabic paragraphs. */
export async function xquadQuestions(dir: string, k = 10): Promise<OrderQuestion[]> {
  const { engine, location, cleanup } = await openXquadEngine(path.join(dir, 'corpus.jsonl'), 'ar');
  try {
    const questions = readJsonLines<{ paragraph: string; question_ar: string; question_en: string; answers_ar: string[] }>(path.join(dir, 'questions.jsonl'));
    const asked = (lang: Language) =>
      questions.map((question) => {
        const gold = location.get(question.paragraph)!;
        return { text: lang === 'ar' ? question.question_ar : question.question_en, lang, group: gold.split('#')[0]!, gold, answers: question.answers_ar };
      });
    return [...(await explainAll('xquad:ar', engine, asked('ar'), k)), ...(await explainAll('xquad:en', engine, asked('en'), k))];
  } finally {
    cleanup();
  }
}
