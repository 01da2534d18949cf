/**
 * The chat model the core asks for grounded answers and summaries. The core owns
 * this interface; a provider (src/core/providers/openai/) implements it with its
 * own client, retries and error handling, so the answerer and the summariser
 * never see an HTTP error, only a text or a ModelUnavailableError.
 */

export interface ChatMessage {
  role: 'system' | 'user' | 'assistant';
  content: string;
}

export interface ChatModel {
  /** The model's reply; rejects with ModelUnavailableError once the provider's bounded retries are spent or `signal` aborted. */
  complete(messages: ChatMessage[], options?: { signal?: AbortSignal }): Promise<string>;
}

/** Why a model call failed, as the provider classified its last attempt. */
export type FailureKind = 'rate_limited' | 'server_error' | 'timeout' | 'network' | 'malformed_response' | 'client_error' | 'aborted' | 'unexpected';

export class ModelUnavailableError extends Error {
  constructor(
    readonly kind: FailureKind,
    readonly attempts: number,
    message: string,
    readonly status?: number,
  ) {
    super(message);
    this.name = 'ModelUnavailableError';
  }
}
