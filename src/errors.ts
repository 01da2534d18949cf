/**
 * Expected failures, shown to users as they are. Anything else is a bug: it is
 * logged with context and the user sees a short apology with an error id.
 */
export type UserErrorCode =
  | 'invalid_input'
  | 'not_covered'
  | 'rate_limited'
  | 'config'
  | 'index_missing'
  | 'index_incompatible'
  | 'index_corrupt'
  | 'reindex_running'
  | 'forbidden'
  | 'article_invalid'
  /** A configured remote service (OpenAI-compatible embeddings) did not answer. */
  | 'service_unavailable'
  /** No space left on the disk holding knowledge/ or data/ (ENOSPC). */
  | 'disk_full'
  /** Another process holds a lock (a reindex or ingest elsewhere) for longer than Marsad waits. */
  | 'busy'
  /** A machine translation that does not fit the published text sentence by sentence (count or numbers). */
  | 'translation_misaligned';

export class MarsadError extends Error {
  readonly code: UserErrorCode;
  /** Message in Arabic for users who asked in Arabic; falls back to `message`. */
  readonly messageAr: string | undefined;

  constructor(code: UserErrorCode, message: string, options: { messageAr?: string; cause?: unknown } = {}) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = 'MarsadError';
    this.code = code;
    this.messageAr = options.messageAr;
  }

  localizedMessage(language: 'ar' | 'en'): string {
    return language === 'ar' && this.messageAr ? this.messageAr : this.message;
  }
}

/** A malformed article: names the file and, when known, the line. */
export class ArticleError extends MarsadError {
  readonly filePath: string;
  readonly line: number | undefined;

  constructor(filePath: string, line: number | undefined, problem: string) {
    super('article_invalid', `${filePath}${line === undefined ? '' : `:${line}`}: ${problem}`);
    this.name = 'ArticleError';
    this.filePath = filePath;
    this.line = line;
  }
}

export class ConfigError extends MarsadError {
  readonly variable: string;

  constructor(variable: string, problem: string) {
    super('config', `${variable}: ${problem}`);
    this.name = 'ConfigError';
    this.variable = variable;
  }
}

/** A second reindex while one runs (engine, /reindex, a shard asking the manager). */
export function reindexRunningError(): MarsadError {
  return new MarsadError('reindex_running', 'A reindex is already running; the current index keeps serving until it finishes.', {
    messageAr: 'إعادة الفهرسة جارية بالفعل؛ يستمر الفهرس الحالي في العمل حتى تنتهي.',
  });
}

export function isMarsadError(error: unknown): error is MarsadError {
  return error instanceof MarsadError;
}
