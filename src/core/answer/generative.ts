/**
 * Grounded generation: a ChatModel (the OpenAI provider, or any other) answers
 * from the numbered sources the offline answerer chose, given as delimited data
 * with the system prompt from `prompts/answer-system.txt`. Its answer is then
 * checked before anyone sees it:
 * - it must be in the reply language (one retry asking again, then offline);
 * - every [n] must name a source that was given (others are removed), the kept
 *   ones are renumbered 1..m in order of first appearance;
 * - every quoted span must be found in the cited sources (a sentence quoting
 *   anything else is removed);
 * - something cited must remain, else the offline answer.
 *
 * `answer()` never rejects: the model's checked answer (mode 'openai'), "not
 * covered" when the model says so, or the offline answer with mode
 * 'offline-fallback' and a notice in the question's language.
 */
import { silentLogger, type Logger } from '../../logger.js';
import { ModelUnavailableError, type ChatMessage, type ChatModel } from '../chat-model.js';
import { detectLanguage } from '../text/language.js';
import type { Answer, Citation, ConversationTurn, Language } from '../types.js';
import { isNotCovered, rewriteCitations } from './generative/citations.js';
import { buildMessages, fillTemplate, loadPrompt } from './generative/prompt.js';
import { dropUnverifiedQuotes, quotedSpans } from './generative/quotes.js';
import { notCoveredText } from './extractive.js';
import { fallbackNotice, type FallbackReason } from './generative/texts.js';

export { loadPrompt } from './generative/prompt.js';

export interface GroundedAnswerInput {
  question: string;
  lang: Language;
  /** Numbered candidate sources (n = 1..k), best first, each with an exact quote already chosen by the offline answerer. */
  sources: Citation[];
  /** The offline extractive answer over the same sources: returned (mode 'offline-fallback', with a notice) when generation fails or cites nothing valid. */
  offline: Answer;
  history?: ConversationTurn[];
  signal?: AbortSignal;
}

export interface GenerativeAnswerer {
  answer(input: GroundedAnswerInput): Promise<Answer>;
}

export interface GenerativeAnswererOptions {
  logger?: Logger;
  /** Named in log lines (e.g. the model and endpoint). */
  logContext?: Record<string, unknown>;
}

const LANGUAGE_NAMES: Record<Language, string> = { ar: 'Arabic', en: 'English' };

/** The language the answer is written in, quotes and [n] markers aside (a quote may be in the source's language). */
function writtenIn(text: string, expected: Language): Language {
  let prose = text;
  for (const span of quotedSpans(text).reverse()) prose = prose.slice(0, span.start) + prose.slice(span.end);
  prose = prose.replace(/\[[^\]\n]*\]/g, '');
  return /\p{L}/u.test(prose) ? detectLanguage(prose).language : expected;
}

export function createGenerativeAnswerer(model: ChatModel, options: GenerativeAnswererOptions = {}): GenerativeAnswerer {
  const logger = options.logger ?? silentLogger;
  const context = options.logContext ?? {};

  function fallback(input: GroundedAnswerInput, reason: FallbackReason): Answer {
    const notice = fallbackNotice(reason, input.lang);
    return { ...input.offline, mode: 'offline-fallback', notice: input.offline.notice ? `${notice}\n${input.offline.notice}` : notice };
  }

  function notCovered(input: GroundedAnswerInput): Answer {
    // The offline answerer's own "not covered" answer already lists the nearest excerpts its way.
    if (!input.offline.answerable) return { ...input.offline, mode: 'openai' };
    // Same shape as the offline one: the sources listed as the nearest excerpts, none of them cited.
    return {
      question: input.question,
      lang: input.lang,
      answerable: false,
      mode: 'openai',
      answer: notCoveredText(input.lang, true),
      citations: input.sources,
      moreCitations: input.sources.slice(3),
      ...(input.offline.notice ? { notice: input.offline.notice } : {}),
    };
  }

  /** Valid [n] renumbered, then sentences with unverified quotes removed, then the markers renumbered again. */
  function verify(input: GroundedAnswerInput, text: string): Answer {
    const byNumber = new Map(input.sources.map((source) => [source.n, source] as const));
    const first = rewriteCitations(text, new Set(byNumber.keys()));
    if (first.dropped.length > 0) logger.warn({ ...context, dropped: first.dropped, kept: first.order, given: byNumber.size }, 'openai answer cited sources that were not given');
    const citedFirst = first.order.map((n) => byNumber.get(n)!);
    const quotes = dropUnverifiedQuotes(first.text, citedFirst);
    if (quotes.dropped.length > 0) logger.warn({ ...context, quotes: quotes.dropped.length }, 'openai answer quoted text found in no cited source: those sentences removed');
    const second = rewriteCitations(quotes.text, new Set(citedFirst.map((_, index) => index + 1)));
    if (second.order.length === 0 || second.text === '') {
      logger.warn({ ...context, given: byNumber.size, dropped: first.dropped, unverifiedQuotes: quotes.dropped.length }, 'openai answer has no verified citation left: offline fallback');
      return fallback(input, 'unverified');
    }
    const citedInOrder = second.order.map((n) => citedFirst[n - 1]!);
    const cited = citedInOrder.map((source, index): Citation => ({ ...source, n: index + 1 }));
    const uncited = input.sources
      .filter((source) => !citedInOrder.includes(source))
      .map((source, index): Citation => ({ ...source, n: cited.length + index + 1 }));
    return {
      question: input.question,
      lang: input.lang,
      answerable: true,
      mode: 'openai',
      answer: second.text,
      // Same rule as offline answers: every source keeps a number, cited ones first.
      citations: [...cited, ...uncited],
      ...(uncited.length > 0 ? { moreCitations: uncited } : {}),
      ...(input.offline.notice ? { notice: input.offline.notice } : {}),
    };
  }

  /** The model's reply in the reply language (asked again once), or the reason there is none. */
  async function generate(input: GroundedAnswerInput): Promise<{ text: string } | { failed: FallbackReason }> {
    const messages: ChatMessage[] = await buildMessages(input);
    for (let round = 1; ; round += 1) {
      const text = await model.complete(messages, { signal: input.signal });
      if (isNotCovered(text) || writtenIn(text, input.lang) === input.lang) return { text };
      logger.warn({ ...context, expected: input.lang, round }, 'openai answer not in the reply language');
      if (round === 2) return { failed: 'wrong_language' };
      const retry = fillTemplate(await loadPrompt('answer-language-retry.txt'), { languageName: LANGUAGE_NAMES[input.lang] });
      messages.push({ role: 'assistant', content: text }, { role: 'user', content: retry });
    }
  }

  return {
    async answer(input) {
      if (input.sources.length === 0) return input.offline;
      const started = Date.now();
      try {
        const generated = await generate(input);
        if ('failed' in generated) return fallback(input, generated.failed);
        logger.debug({ ...context, elapsedMs: Date.now() - started }, 'openai answer generated');
        if (isNotCovered(generated.text)) {
          logger.info({ ...context, sources: input.sources.length }, 'openai: the sources do not cover the question');
          return notCovered(input);
        }
        return verify(input, generated.text);
      } catch (error) {
        if (error instanceof ModelUnavailableError) {
          logger[error.kind === 'aborted' ? 'info' : 'warn']({ ...context, attempts: error.attempts, kind: error.kind, status: error.status, elapsedMs: Date.now() - started }, 'openai answer unavailable: offline fallback');
          return fallback(input, 'unavailable');
        }
        // A bug or a missing prompt file: still an answer for the user, and a loud log.
        logger.error({ ...context, error: error instanceof Error ? `${error.name}: ${error.message}` : String(error) }, 'openai answer failed unexpectedly: offline fallback');
        return fallback(input, 'unavailable');
      }
    },
  };
}
