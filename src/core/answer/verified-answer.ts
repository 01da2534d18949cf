/**
 * The last check before an answer leaves the core, whoever wrote it (the
 * offline composer or a model): every citation's quote must be an exact slice
 * of its paragraph. A citation that fails is dropped with its [n] markers, so
 * the text never points at a source it does not show, and the failure is
 * logged (it is a bug or a model's invention, never shown).
 */
import type { Logger } from '../../logger.js';
import type { Answer, Citation } from '../types.js';
import { keepVerifiedCitations } from './citations.js';
import { UNSUPPORTED_LANGUAGE_NOTICE, type CheckedQuestion } from './question-input.js';

export function verifiedAnswer(answer: Answer, checked: CheckedQuestion, logger: Logger): Answer {
  const rejected: number[] = [];
  const reject = (citation: Citation) => {
    rejected.push(citation.n);
    logger.error({ articleId: citation.articleId, paragraph: citation.paragraph }, 'dropped a citation whose quote is not in its paragraph');
  };
  const verified = { ...answer, citations: keepVerifiedCitations(answer.citations, reject) };
  for (const n of rejected) verified.answer = verified.answer.replaceAll(`[${n}]`, '').replace(/ +\n/g, '\n').trim();
  if (verified.moreCitations) verified.moreCitations = keepVerifiedCitations(verified.moreCitations, reject);
  if (verified.cites) verified.cites = verified.cites.filter((n) => !rejected.includes(n));
  if (checked.unsupportedLanguage) verified.notice = [UNSUPPORTED_LANGUAGE_NOTICE, verified.notice].filter(Boolean).join(' ');
  return verified;
}
