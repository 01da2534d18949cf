/**
 * Turning an error into what the user reads. A MarsadError is expected (bad
 * input, rate limit, reindex running…) and is shown as written, in the
 * user's language. Anything else is a bug: it is logged with a fresh error id
 * and the user gets a short apology quoting that id, so a report can be
 * matched with its log line without showing internals to the channel.
 */
import { randomBytes } from 'node:crypto';
import type { Logger } from 'pino';
import { isMarsadError } from '../errors.js';
import type { Language } from '../core/public.js';
import { labelsFor } from './render/labels.js';
import { DISCORD_LIMITS, truncateLabel } from './render/limits.js';

export interface Failure {
  message: string;
  expected: boolean;
  errorId?: string;
}

/** A question's language, or 'both' where no question tells which (admin commands, stale buttons). */
export type MessageLanguage = Language | 'both';

function localized(pick: (language: Language) => string, language: MessageLanguage): string {
  if (language !== 'both') return pick(language);
  const [english, arabic] = [pick('en'), pick('ar')];
  return english === arabic ? english : `${english}\n${arabic}`;
}

export function describeFailure(error: unknown, language: MessageLanguage, logger: Logger, details: Record<string, unknown> = {}): Failure {
  if (isMarsadError(error)) {
    logger.info({ ...details, code: error.code }, 'request refused');
    const message = localized((chosen) => error.localizedMessage(chosen), language);
    return { message: truncateLabel(message, DISCORD_LIMITS.content), expected: true };
  }
  const errorId = randomBytes(4).toString('hex');
  logger.error({ ...details, errorId, err: error }, 'unexpected error');
  return { message: localized((chosen) => labelsFor(chosen).unexpectedError(errorId), language), expected: false, errorId };
}
