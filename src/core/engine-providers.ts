/**
 * Which embedder and which answer generator an engine uses: local and offline
 * unless the configuration enables OpenAI, whose modules are then loaded (and
 * only then: the offline path never loads the SDK).
 */
import type { MarsadConfig } from '../config.js';
import { MarsadError } from '../errors.js';
import type { Logger } from '../logger.js';
import type { GenerativeAnswerer } from './answer/generative.js';
import type { ChatModel } from './chat-model.js';
import { localEmbedderChoice, remoteEmbedderChoice, type DenseEmbedder, type EmbedderChoice } from './embeddings/dense-embedder.js';
import type { OpenAIProviderOptions } from './providers/openai/requests.js';
import type { OpenAISettings } from './providers/openai/settings.js';

type ProviderOptions = Omit<OpenAIProviderOptions, 'logger'> | undefined;

export async function chooseEmbedder(config: MarsadConfig, logger: Logger, options: ProviderOptions): Promise<EmbedderChoice> {
  if (config.embeddings === 'local' || !config.openai) return localEmbedderChoice();
  const { createOpenAIEmbedder } = await import('./providers/openai/embeddings.js');
  return remoteEmbedderChoice(explainRemoteFailures(createOpenAIEmbedder(config.openai, { ...options, logger }), config.openai));
}

/**
 * A remote embeddings service that cannot be used (a bad OPENAI_BASE_URL, a
 * wrong key, the network down) fails after its bounded retries with the SDK's
 * own error; without this, the first build printed a stack trace. Say instead
 * which settings to check. The API key is masked out of the reason.
 */
function explainRemoteFailures(embedder: DenseEmbedder, openai: NonNullable<MarsadConfig['openai']>): DenseEmbedder {
  const where = openai.baseURL ?? 'https://api.openai.com/v1';
  const explain = (error: unknown): never => {
    if (error instanceof MarsadError) throw error;
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0]!.split(openai.apiKey).join('[redacted]').slice(0, 200);
    throw new MarsadError(
      'service_unavailable',
      `The embeddings service at ${where} failed (${reason}): check OPENAI_BASE_URL and OPENAI_API_KEY, or set EMBEDDINGS=local and run \`npm run reindex -- --full\`.`,
      { messageAr: `تعذّر استخدام خدمة التضمينات في ${where} (${reason}): تحقّق من OPENAI_BASE_URL وOPENAI_API_KEY، أو اضبط EMBEDDINGS=local وشغّل \`npm run reindex -- --full\`.`, cause: error },
    );
  };
  return {
    ...embedder,
    dimension: () => embedder.dimension().catch(explain),
    embedTexts: (texts, onBatch) => embedder.embedTexts(texts, onBatch).catch(explain),
    embedQuery: (text) => embedder.embedQuery(text).catch(explain),
  };
}

export async function chooseGenerative(config: MarsadConfig, logger: Logger, options: ProviderOptions): Promise<GenerativeAnswerer | null> {
  if (!config.openai) return null;
  const [{ createGenerativeAnswerer }, model] = await Promise.all([import('./answer/generative.js'), loadOpenAIChatModel(config.openai, { ...options, logger })]);
  const logContext = { model: config.openai.chatModel, endpoint: config.openai.baseURL ? new URL(config.openai.baseURL).host : 'api.openai.com' };
  return createGenerativeAnswerer(model, { logger, logContext });
}

/**
 * The OpenAI chat model, its module (and the SDK) loaded only when asked for:
 * a static import anywhere on the way from an entry point would load the SDK
 * in every offline process too (the bundler keeps an external package's import).
 */
export async function loadOpenAIChatModel(settings: OpenAISettings, options?: OpenAIProviderOptions): Promise<ChatModel> {
  const { createOpenAIChatModel } = await import('./providers/openai/chat.js');
  return createOpenAIChatModel(settings, options);
}

