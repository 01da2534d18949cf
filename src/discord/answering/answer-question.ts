/**
 * One question through the engine, shared by /ask, mentions and thread
 * follow-ups: ask, remember the answer for its buttons, render, and log one
 * JSON line with the latency whatever the outcome.
 */
import type { ConversationTurn, Language } from '../../core/public.js';
import type { BotContext } from '../context.js';
import { renderAnswer } from '../render/render-answer.js';
import type { RenderedMessage } from '../render/messages.js';
import type { StoredAnswer } from './answer-store.js';
import type { CheckedQuestion } from './question-input.js';

export interface QuestionRequest {
  question: CheckedQuestion;
  origin: 'slash' | 'mention' | 'thread';
  userId: string;
  guildId: string | null;
  /** Explicit answer language; undefined lets the engine follow the question. */
  language?: Language;
  /** Only articles published on or after this day (YYYY-MM-DD), from /ask since:. */
  since?: string;
  history?: ConversationTurn[];
}

export interface AnsweredQuestion {
  stored: StoredAnswer;
  messages: RenderedMessage[];
}

export async function answerQuestion(context: BotContext, request: QuestionRequest): Promise<AnsweredQuestion> {
  const started = performance.now();
  const logFields = {
    event: 'question',
    origin: request.origin,
    userId: request.userId,
    guildId: request.guildId,
    questionLength: request.question.text.length,
    historyTurns: request.history?.length ?? 0,
  };
  try {
    const answer = await context.engine.ask(request.question.text, { lang: request.language, since: request.since, history: request.history });
    const stored = context.answers.add(answer);
    const messages = renderAnswer(answer, stored.id);
    context.logger.info(
      {
        ...logFields,
        answerId: stored.id,
        lang: answer.lang,
        mode: answer.mode,
        answerable: answer.answerable,
        citations: answer.citations.length,
        messages: messages.length,
        latencyMs: Math.round(performance.now() - started),
      },
      'question answered',
    );
    return { stored, messages };
  } catch (error) {
    context.logger.info({ ...logFields, outcome: 'failed', latencyMs: Math.round(performance.now() - started) }, 'question not answered');
    throw error;
  }
}
