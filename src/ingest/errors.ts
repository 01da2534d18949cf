/**
 * Expected ingestion failures. Each names the input it is about (a URL, a file,
 * a feed item), says what is wrong in English and Arabic, and whether trying
 * again later may help: the watch loop backs off and retries transient
 * failures (timeouts, 5xx) but remembers permanent ones (404, not HTML) so a
 * broken item is not fetched again every poll.
 */
import { MarsadError } from '../errors.js';

export class IngestError extends MarsadError {
  readonly input: string;
  readonly problem: string;
  readonly problemAr: string;
  readonly transient: boolean;

  constructor(input: string, problem: string, problemAr: string, options: { transient?: boolean; cause?: unknown } = {}) {
    super('invalid_input', `${input}: ${problem} — nothing was written.`, {
      messageAr: `${input}: ${problemAr} — لم يُكتب شيء.`,
      cause: options.cause,
    });
    this.name = 'IngestError';
    this.input = input;
    this.problem = problem;
    this.problemAr = problemAr;
    this.transient = options.transient ?? false;
  }
}

/** What crosses a thread boundary (the extraction worker) to become the same IngestError again. */
export interface IngestErrorParts {
  input: string;
  problem: string;
  problemAr: string;
  transient: boolean;
}

export function ingestErrorParts(error: IngestError): IngestErrorParts {
  return { input: error.input, problem: error.problem, problemAr: error.problemAr, transient: error.transient };
}

export function reviveIngestError(parts: IngestErrorParts): IngestError {
  return new IngestError(parts.input, parts.problem, parts.problemAr, { transient: parts.transient });
}

export function isIngestError(error: unknown): error is IngestError {
  return error instanceof IngestError;
}

/** True when a later attempt may succeed: network trouble, timeouts, server errors. */
export function isTransientFailure(error: unknown): boolean {
  return isIngestError(error) ? error.transient : !(error instanceof MarsadError);
}
