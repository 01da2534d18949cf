/**
 * Grounded generation with OpenAI (or any OpenAI-compatible server) through
 * LangChain's ChatOpenAI.
 *
 * The model sees only the numbered sources the offline answerer chose, as
 * delimited data, with the system prompt from `prompts/answer-system.txt`. Its
 * answer is then checked: every [n] must name a source that was given (others are
 * removed), the kept ones are renumbered 1..m in order of first appearance, and
 * the answer's citations are exactly those sources with their verified quotes.
 *
 * Whatever happens (429, 5xx, timeout, hung body, malformed JSON, network error,
 * nothing valid cited) `answer()` resolves: to the model's checked answer (mode
 * 'openai'), to "not covered" when the model says so, or to the offline answer
 * with mode 'offline-fallback' and a notice in the question's language. It never
 * rejects.
 */
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import type { BaseMessage } from '@langchain/core/messages';
import { ChatOpenAI } from '@langchain/openai';
import type { MarsadConfig } from '../../config.js';
import { silentLogger, type Logger } from '../../logger.js';
import type { Answer, Citation, ConversationTurn, Language } from '../types.js';
import { isNotCovered, rewriteCitations } from './generative/citations.js';
import { buildMessages } from './generative/prompt.js';
import {
  classifyFailure,
  DEFAULT_RETRY_TIMING,
  MalformedResponseError,
  retryDelay,
  sleep,
  type Failure,
  type RetryPolicy,
} from './generative/retry.js';
import { notCoveredText } from './extractive.js';
import { fallbackNotice, type FallbackReason } from './generative/texts.js';

export { loadPrompt } from './generative/prompt.js';
export type { RetryPolicy } from './generative/retry.js';

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

export type OpenAIConfig = NonNullable<MarsadConfig['openai']>;

export interface OpenAIAnswererOptions {
  logger?: Logger;
  /** A model to use instead of ChatOpenAI built from the config (tests, other providers). Its own retries should be off. */
  chatModel?: BaseChatModel;
  /** Backoff timing; the number of retries always comes from config.maxRetries. */
  retry?: Partial<Omit<RetryPolicy, 'maxRetries'>>;
}

/** Reasoning models (o1, o3, gpt-5…) reject a temperature other than the default. */
function isReasoningModel(model: string): boolean {
  return /^o\d/.test(model) || (model.startsWith('gpt-5') && !model.startsWith('gpt-5-chat'));
}

/** ChatOpenAI on the Chat Completions API, with LangChain's retries off (the answerer retries). */
export function createChatModel(openai: OpenAIConfig): ChatOpenAI {
  const reasoning = isReasoningModel(openai.chatModel);
  return new ChatOpenAI({
    model: openai.chatModel,
    apiKey: openai.apiKey,
    configuration: openai.baseURL ? { baseURL: openai.baseURL } : {},
    timeout: openai.timeoutMs,
    maxRetries: 0,
    useResponsesApi: false,
    streaming: false,
    ...(reasoning ? {} : { temperature: 0, maxTokens: 1_000 }),
  });
}

function messageText(content: unknown): string {
  if (typeof content === 'string') return content;
  if (Array.isArray(content)) {
    return content
      .map((part) => (typeof part === 'string' ? part : typeof part?.text === 'string' ? (part.text as string) : ''))
      .join('');
  }
  throw new MalformedResponseError(`message content of type ${typeof content}`);
}

type Generation = { ok: true; text: string; attempts: number } | { ok: false; failure: Failure; attempts: number };

export function createOpenAIAnswerer(openai: OpenAIConfig, options: OpenAIAnswererOptions = {}): GenerativeAnswerer {
  const logger = options.logger ?? silentLogger;
  const model = options.chatModel ?? createChatModel(openai);
  const policy: RetryPolicy = { ...DEFAULT_RETRY_TIMING, ...options.retry, maxRetries: openai.maxRetries };
  const maxAttempts = 1 + Math.max(0, policy.maxRetries);
  const endpoint = openai.baseURL ? new URL(openai.baseURL).host : 'api.openai.com';
  const mask = (text: string) => (openai.apiKey ? text.split(openai.apiKey).join('[redacted]') : text);
  const context = { model: openai.chatModel, endpoint };

  /** One HTTP attempt, bounded by timeoutMs even when the body stalls after the headers. */
  async function attempt(messages: BaseMessage[], signal: AbortSignal | undefined, state: { timedOut: boolean; aborted: boolean }): Promise<string> {
    const controller = new AbortController();
    const onAbort = () => {
      state.aborted = true;
      controller.abort(signal?.reason);
    };
    if (signal?.aborted) onAbort();
    else signal?.addEventListener('abort', onAbort, { once: true });
    const timer = setTimeout(() => {
      state.timedOut = true;
      controller.abort(new Error(`no complete response within ${openai.timeoutMs} ms`));
    }, openai.timeoutMs);
    try {
      const message = await model.invoke(messages, { signal: controller.signal });
      return messageText(message.content);
    } finally {
      clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
    }
  }

  async function generate(messages: BaseMessage[], signal: AbortSignal | undefined): Promise<Generation> {
    for (let attemptNumber = 1; ; attemptNumber += 1) {
      const state = { timedOut: false, aborted: false };
      try {
        return { ok: true, text: await attempt(messages, signal, state), attempts: attemptNumber };
      } catch (error) {
        const failure = classifyFailure(error, { timedOut: state.timedOut, aborted: state.aborted || signal?.aborted === true });
        failure.message = mask(failure.message);
        const last = !failure.retryable || attemptNumber >= maxAttempts;
        const delay = last ? null : retryDelay(attemptNumber, failure, policy);
        if (failure.kind !== 'aborted') {
          logger.warn(
            { ...context, attempt: attemptNumber, maxAttempts, kind: failure.kind, status: failure.status, retryAfterMs: failure.retryAfterMs, retryInMs: delay ?? undefined, error: failure.message },
            'openai chat attempt failed',
          );
        }
        if (delay === null) return { ok: false, failure, attempts: attemptNumber };
        if (!(await sleep(delay, signal))) {
          return { ok: false, failure: { kind: 'aborted', retryable: false, message: 'aborted by the caller' }, attempts: attemptNumber };
        }
      }
    }
  }

  function fallback(input: GroundedAnswerInput, reason: FallbackReason): Answer {
    const notice = fallbackNotice(reason, input.lang);
    return {
      ...input.offline,
      mode: 'offline-fallback',
      notice: input.offline.notice ? `${notice}\n${input.offline.notice}` : notice,
    };
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

  function verify(input: GroundedAnswerInput, text: string): Answer {
    if (isNotCovered(text)) {
      logger.info({ ...context, sources: input.sources.length }, 'openai: the sources do not cover the question');
      return notCovered(input);
    }
    const byNumber = new Map(input.sources.map((source) => [source.n, source] as const));
    const rewrite = rewriteCitations(text, new Set(byNumber.keys()));
    if (rewrite.dropped.length > 0) {
      logger.warn({ ...context, dropped: rewrite.dropped, kept: rewrite.order, given: byNumber.size }, 'openai answer cited sources that were not given');
    }
    if (rewrite.order.length === 0 || rewrite.text === '') {
      logger.warn({ ...context, given: byNumber.size, dropped: rewrite.dropped, empty: rewrite.text === '' }, 'openai answer has no valid citation: offline fallback');
      return fallback(input, 'unverified');
    }
    const cited = rewrite.order.map((n, index): Citation => ({ ...byNumber.get(n)!, n: index + 1 }));
    const uncited = input.sources
      .filter((source) => !rewrite.order.includes(source.n))
      .map((source, index): Citation => ({ ...source, n: cited.length + index + 1 }));
    return {
      question: input.question,
      lang: input.lang,
      answerable: true,
      mode: 'openai',
      answer: rewrite.text,
      // Same rule as offline answers: every source keeps a number, cited ones first.
      citations: [...cited, ...uncited],
      ...(uncited.length > 0 ? { moreCitations: uncited } : {}),
      ...(input.offline.notice ? { notice: input.offline.notice } : {}),
    };
  }

  return {
    async answer(input) {
      if (input.sources.length === 0) return input.offline;
      const started = Date.now();
      try {
        const messages = await buildMessages(input);
        const generation = await generate(messages, input.signal);
        if (!generation.ok) {
          const level = generation.failure.kind === 'aborted' ? 'info' : 'warn';
          logger[level](
            { ...context, attempts: generation.attempts, kind: generation.failure.kind, status: generation.failure.status, elapsedMs: Date.now() - started },
            'openai answer unavailable: offline fallback',
          );
          return fallback(input, 'unavailable');
        }
        logger.debug({ ...context, attempts: generation.attempts, elapsedMs: Date.now() - started }, 'openai answer generated');
        return verify(input, generation.text);
      } catch (error) {
        // A bug or a missing prompt file: still an answer for the user, and a loud log.
        logger.error({ ...context, error: mask(error instanceof Error ? `${error.name}: ${error.message}` : String(error)) }, 'openai answer failed unexpectedly: offline fallback');
        return fallback(input, 'unavailable');
      }
    },
  };
}
