/**
 * Interview evaluation on the format of ../shared/eval/interview/questions.jsonl
 * (see its README): retrieval hits, answer contents, refusals, verified quotes.
 */
import { readFileSync } from 'node:fs';
import { isVerifiedCitation } from '../../src/core/answer/citations.js';
import type { Engine } from '../../src/core/engine.js';
import { normalizeForGoldMatch } from '../../src/core/text/normalize.js';
import type { Answer } from '../../src/core/types.js';

/** One line of ../shared/eval/interview/questions.jsonl (see its README). */
export interface InterviewQuestion {
  id: string;
  lang: 'ar' | 'en';
  question: string;
  gold: string[];
  answer_any: string[];
  answerable: boolean;
}

export function readJsonLines<T>(filePath: string): T[] {
  return readFileSync(filePath, 'utf8').split('\n').filter((line) => line.trim()).map((line) => JSON.parse(line) as T);
}

function containsAny(text: string, needles: string[]): boolean {
  const haystack = normalizeForGoldMatch(text).toLowerCase();
  return needles.some((needle) => haystack.includes(normalizeForGoldMatch(needle).toLowerCase()));
}

function firstHit(answer: Answer, gold: string[]): number | null {
  const index = answer.citations.findIndex((citation) => containsAny(citation.text, gold));
  return index < 0 ? null : index + 1;
}

export async function evaluateInterview(engine: Engine, questionsPath: string, report: (line: string) => void) {
  const questions = readJsonLines<InterviewQuestion>(questionsPath);
  let answerable = 0, hit1 = 0, hit5 = 0, containsTotal = 0, containsHit = 0, refusalRight = 0, citations = 0, verified = 0;
  for (const question of questions) {
    const answer = await engine.ask(question.question, { k: 5 });
    citations += answer.citations.length;
    verified += answer.citations.filter(isVerifiedCitation).length;
    if (answer.answerable === question.answerable) refusalRight += 1;
    else report(`MISS refusal ${question.id}: expected answerable=${question.answerable}, got ${answer.answerable} — ${question.question}`);
    if (!question.answerable) continue;
    answerable += 1;
    const rank = firstHit(answer, question.gold);
    if (rank === 1) hit1 += 1;
    if (rank !== null && rank <= 5) hit5 += 1;
    else report(`MISS hit@5 ${question.id}: no gold paragraph among ${answer.citations.map((citation) => `¶${citation.paragraph}`).join(', ')} — ${question.question}`);
    if (question.answer_any.length > 0) {
      containsTotal += 1;
      const shown = [answer.answer, ...answer.citations.filter((citation) => answer.answer.includes(`[${citation.n}]`)).map((citation) => `${citation.quote} ${citation.quoteTranslation ?? ''}`)].join(' ');
      if (answer.answerable && containsAny(shown, question.answer_any)) containsHit += 1;
      else report(`MISS answer_contains ${question.id}: none of ${JSON.stringify(question.answer_any)} in "${answer.answer.slice(0, 160)}"`);
    }
  }
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return {
    set: 'interview',
    n: questions.length,
    answerable,
    'hit@1': round(hit1 / Math.max(1, answerable)),
    'hit@5': round(hit5 / Math.max(1, answerable)),
    answer_contains: round(containsHit / Math.max(1, containsTotal)),
    refusal_accuracy: round(refusalRight / Math.max(1, questions.length)),
    citations_verified: round(verified / Math.max(1, citations)),
  };
}
