/**
 * What every command and event handler receives: the engine behind the
 * MarsadEngine interface and the bot's small in-memory stores. Handlers get
 * this instead of reaching for globals, which is what lets a test run a bot
 * against a fake Discord with its own engine and data directory.
 */
import type { Client } from 'discord.js';
import type { Logger } from 'pino';
import type { MarsadConfig } from '../config.js';
import type { MarsadEngine } from '../core/public.js';
import { AnswerStore } from './answering/answer-store.js';
import { FeedbackLog } from './answering/feedback-log.js';
import { RateLimiter } from './answering/rate-limiter.js';
import { ThreadMemory } from './answering/thread-memory.js';

export interface BotContext {
  engine: MarsadEngine;
  config: MarsadConfig;
  logger: Logger;
  rateLimiter: RateLimiter;
  answers: AnswerStore;
  threads: ThreadMemory;
  feedback: FeedbackLog;
}

/** A started bot: its logged-in client, its context, and how to stop it (start-bot.ts). */
export interface RunningBot {
  client: Client<true>;
  context: BotContext;
  applicationId: string;
  stop(): Promise<void>;
}

export function createBotContext(config: MarsadConfig, engine: MarsadEngine, logger: Logger): BotContext {
  return {
    engine,
    config,
    logger,
    rateLimiter: new RateLimiter(config.discord.rateLimitPerMinute),
    answers: new AnswerStore(),
    threads: new ThreadMemory(),
    feedback: new FeedbackLog(config.dataDir),
  };
}
