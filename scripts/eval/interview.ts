/**
 * Interview evaluation on the format of ../shared/eval/interview/questions.jsonl
 * (see its README): retrieval hits, answer contents, refusals, verified quotes.
 */
import { readFileSync } from 'node:fs';
import { isVerifiedCitation } from '../../src/core/answer/citations.js';
import type { Engine } from '../../src/core/engine.js';
import { questionTerms } from '../../src/core/retrieval/query.js';
import { normalizeForGoldMatch } from '../../src/core/text/normalize.js';
import type { Answer, Verdict } from '../../src/core/types.js';
import { round } from './figures.js';

/** One line of ../shared/eval/interview/questions.jsonl (see its README). */
export interface InterviewQuestion {
  id: string;
  lang: 'ar' | 'en';
  question: string;
  gold: string[];
  answer_any: string[];
  answerable: boolean;
  /** Marsad's fixtures only: the verdicts a yes/no question may rightly get (a refusal counts as "not_said"). */
  verdict?: Verdict[];
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

/**
 * The kind of a question, by a rule on the data (never by id): answerable, or,
 * for one the interview does not answer, a trap when most of its content words
 * (stemmed, question frame and stop words aside) occur in the indexed articles
 * (it reuses their names and wording for a fact they lack), else off-topic.
 */
export type QuestionKind = 'answerable' | 'trap' | 'off_topic';

export function questionKind(engine: Engine, question: InterviewQuestion): QuestionKind {
  if (question.answerable) return 'answerable';
  const terms = questionTerms(question.question);
  const known = terms.filter((term) => engine.index.keyword.documentFrequency(term.term) > 0).length;
  return terms.length > 0 && known / terms.length >= 0.5 ? 'trap' : 'off_topic';
}

interface Outcome {
  question: InterviewQuestion;
  kind: QuestionKind;
  answered: boolean;
  rank: number | null;
  /** null when the question has no answer_any strings. */
  contains: boolean | null;
  citations: number;
  verified: number;
  /** null when the question lists no verdicts. */
  verdictRight: boolean | null;
}

function figures(outcomes: Outcome[]) {
  const answerable = outcomes.filter((outcome) => outcome.question.answerable);
  const withStrings = answerable.filter((outcome) => outcome.contains !== null);
  const share = (count: number, total: number) => round(count / Math.max(1, total));
  const judged = outcomes.filter((outcome) => outcome.verdictRight !== null);
  return {
    n: outcomes.length,
    answerable: answerable.length,
    'hit@1': share(answerable.filter((outcome) => outcome.rank === 1).length, answerable.length),
    'hit@5': share(answerable.filter((outcome) => outcome.rank !== null && outcome.rank <= 5).length, answerable.length),
    answer_contains: share(withStrings.filter((outcome) => outcome.contains).length, withStrings.length),
    refusal_accuracy: share(outcomes.filter((outcome) => outcome.answered === outcome.question.answerable).length, outcomes.length),
    citations_verified: share(
      outcomes.reduce((sum, outcome) => sum + outcome.verified, 0),
      outcomes.reduce((sum, outcome) => sum + outcome.citations, 0),
    ),
    ...(judged.length > 0 ? { verdict_accuracy: share(judged.filter((outcome) => outcome.verdictRight).length, judged.length) } : {}),
  };
}

export async function evaluateInterview(engine: Engine, questionsPath: string, report: (line: string) => void) {
  const questions = readJsonLines<InterviewQuestion>(questionsPath);
  const outcomes: Outcome[] = [];
  for (const question of questions) {
    const answer = await engine.ask(question.question, { k: 5 });
    const outcome: Outcome = {
      question,
      kind: questionKind(engine, question),
      answered: answer.answerable,
      rank: null,
      contains: null,
      citations: answer.citations.length,
      verified: answer.citations.filter(isVerifiedCitation).length,
      verdictRight: null,
    };
    outcomes.push(outcome);
    if (question.verdict) {
      const given: Verdict | 'none' = answer.answerable ? (answer.verdict ?? 'none') : 'not_said';
      outcome.verdictRight = (question.verdict as string[]).includes(given);
      if (!outcome.verdictRight) report(`MISS verdict ${question.id}: expected ${question.verdict.join('|')}, got ${given} — ${question.question} → "${answer.answer.slice(0, 120)}"`);
    }
    if (answer.answerable !== question.answerable) report(`MISS refusal ${question.id}: expected answerable=${question.answerable}, got ${answer.answerable} — ${question.question}`);
    if (!question.answerable) continue;
    outcome.rank = firstHit(answer, question.gold);
    if (outcome.rank !== null && outcome.rank > 1 && outcome.rank <= 5) report(`MISS hit@1 ${question.id}: gold paragraph at rank ${outcome.rank} of ${answer.citations.map((citation) => `¶${citation.paragraph}`).join(', ')} — ${question.question}`);
    if (outcome.rank === null || outcome.rank > 5) report(`MISS hit@5 ${question.id}: no gold paragraph among ${answer.citations.map((citation) => `¶${citation.paragraph}`).join(', ')} — ${question.question}`);
    if (question.answer_any.length > 0) {
      const shown = [answer.answer, ...answer.citations.filter((citation) => answer.answer.includes(`[${citation.n}]`)).map((citation) => `${citation.quote} ${citation.quoteTranslation ?? ''}`)].join(' ');
      outcome.contains = answer.answerable && containsAny(shown, question.answer_any);
      if (!outcome.contains) report(`MISS answer_contains ${question.id}: none of ${JSON.stringify(question.answer_any)} in "${answer.answer.slice(0, 160)}"`);
    }
  }
  const only = (keep: (outcome: Outcome) => boolean) => figures(outcomes.filter(keep));
  const kinds = (['answerable', 'trap', 'off_topic'] as const).map((kind) => {
    const group = outcomes.filter((outcome) => outcome.kind === kind);
    return [kind, { ...only((outcome) => outcome.kind === kind), answered: group.filter((outcome) => outcome.answered).length }] as const;
  });
  return {
    set: 'interview',
    ...figures(outcomes),
    by_language: { ar: only((outcome) => outcome.question.lang === 'ar'), en: only((outcome) => outcome.question.lang === 'en') },
    by_kind: Object.fromEntries(kinds),
  };
}
