/**
 * The core's ChatModel over OpenAI's Chat Completions API (or any compatible
 * server), through the openai SDK and the provider's one request path.
 */
import type { ChatMessage, ChatModel } from '../../chat-model.js';
import { MalformedResponseError } from './failures.js';
import { createClient, createRequester, type OpenAIProviderOptions } from './requests.js';
import { CHAT_RETRY_TIMING, type OpenAISettings } from './settings.js';

/** Reasoning models (o1, o3, gpt-5…) reject a temperature other than the default. */
function isReasoningModel(model: string): boolean {
  return /^o\d/.test(model) || (model.startsWith('gpt-5') && !model.startsWith('gpt-5-chat'));
}

export function createOpenAIChatModel(settings: OpenAISettings, options: OpenAIProviderOptions = {}): ChatModel {
  const client = createClient(settings);
  const requester = createRequester(settings, CHAT_RETRY_TIMING, options);
  const sampling = isReasoningModel(settings.chatModel) ? {} : { temperature: 0, max_tokens: 1_000 };
  return {
    complete(messages: ChatMessage[], { signal } = {}) {
      return requester.request(
        'chat',
        async (attemptSignal) => {
          const completion = await client.chat.completions.create({ model: settings.chatModel, messages, stream: false, ...sampling }, { signal: attemptSignal });
          const content: unknown = completion?.choices?.[0]?.message?.content;
          if (typeof content !== 'string') throw new MalformedResponseError(`no message text in the response (got ${typeof content})`);
          return content;
        },
        signal,
      );
    },
  };
}
