/**
 * Answers put together from others: a record's answer and the text's joined under one numbering, and the answer when
 * no article falls in the period asked. Kept apart from answer-question.ts, which decides which of them to give.
 */
import type { Language } from '../text/language.js';
import type { Answer } from '../types.js';

/**
 * One answer, then another when it answers too: the sources each cites first,
 * then the others' uncited excerpts up to `k` in all, numbered anew in that order.
 */
export function joined(first: Answer, second: Answer, k: number): Answer {
  if (!second.answerable) return first;
  const parts = [first, second].map((answer) => ({ answer, cited: new Set(answer.cites ?? []) }));
  const kept = parts.flatMap(({ answer, cited }, part) => answer.citations.filter((citation) => cited.has(citation.n)).map((citation) => ({ part, citation })));
  for (const { answer, cited } of parts) {
    for (const citation of answer.citations) if (!cited.has(citation.n) && kept.length < k) kept.push({ part: parts.findIndex((item) => item.answer === answer), citation });
  }
  const number = new Map(kept.map(({ part, citation }, position) => [`${part}:${citation.n}`, position + 1]));
  const renumbered = (part: number, text: string) => text.replace(/\[(\d+)\]/g, (marker, n: string) => (number.has(`${part}:${n}`) ? `[${number.get(`${part}:${n}`)}]` : marker));
  const citations = kept.map(({ part, citation }) => ({ ...citation, n: number.get(`${part}:${citation.n}`)! }));
  const cites = parts.flatMap(({ answer }, part) => (answer.cites ?? []).map((n) => number.get(`${part}:${n}`)!));
  return {
    ...first,
    answer: `${renumbered(0, first.answer)}\n${renumbered(1, second.answer)}`,
    citations,
    moreCitations: citations.filter((citation) => !cites.includes(citation.n)),
    cites,
  };
}

export function nothingInPeriod(question: string, lang: Language, period: { since: string; until: string }): Answer {
  const span = period.since === period.until ? period.since : `${period.since} – ${period.until}`;
  const answer = lang === 'en' ? `No indexed article was published in that period (${span}).` : `لم يُنشر أي مقال مفهرس في هذه الفترة (${span}).`;
  return { question, lang, mode: 'offline', answerable: false, answer, citations: [], moreCitations: [], cites: [] };
}
