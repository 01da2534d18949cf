/**
 * A local OpenAI-compatible HTTP server for tests: the real openai SDK (in the
 * OpenAI provider) talks to it over real HTTP on 127.0.0.1, so status codes, headers,
 * timeouts and broken bodies behave as they would against the real API.
 *
 * - POST /v1/chat/completions (non-streaming) and POST /v1/embeddings.
 * - Scripted responses per endpoint, consumed in order (status, headers such as
 *   Retry-After, body, delay, hang, dropped connection); when a queue is empty the
 *   default responder answers (chat: a grounded answer quoting source 1 and
 *   citing [1]; embeddings: hashed bag of words, 64 dimensions by default).
 * - Every request is logged (headers, parsed body, whether the client gave up).
 */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';

export type Endpoint = 'chat' | 'embeddings';

export interface ScriptedResponse {
  /** HTTP status (default 200). */
  status?: number;
  headers?: Record<string, string>;
  /** A string is sent as is (so malformed JSON is possible); anything else is JSON-encoded. */
  body?: unknown;
  /** Answer only once this settles (a gate the test opens when what it waits for has reached the server). */
  after?: Promise<unknown>;
  /** Wait this long before answering (after `after`). */
  delayMs?: number;
  /** Never answer (the client has to time out). */
  hang?: boolean;
  /** Send status and headers, then never send the body. */
  hangAfterHeaders?: boolean;
  /** Destroy the socket without answering (a network error on the client). */
  dropConnection?: boolean;
}

export type ChatResponder = (request: ChatRequestBody) => ScriptedResponse | string;

export interface ChatMessage {
  role: string;
  content: string | { type: string; text?: string }[];
}

export interface ChatRequestBody {
  model: string;
  messages: ChatMessage[];
  stream?: boolean;
  [key: string]: unknown;
}

export interface RecordedRequest {
  endpoint: Endpoint | 'other';
  method: string;
  path: string;
  headers: IncomingMessage['headers'];
  /** Parsed JSON body, or the raw text when it was not JSON. */
  body: unknown;
  receivedAt: number;
  /** True when the client closed the connection before a response was sent. */
  abortedByClient: boolean;
}

export interface FakeOpenAI {
  /** Base URL for the SDK, ending in /v1. */
  readonly baseURL: string;
  readonly requests: RecordedRequest[];
  requestsTo(endpoint: Endpoint): RecordedRequest[];
  /** Queue responses for the next requests to an endpoint (first in, first out). */
  enqueue(endpoint: Endpoint, ...responses: (ScriptedResponse | ChatResponder)[]): void;
  /** Replace the default chat responder (null restores the grounded one). */
  setChatResponder(responder: ChatResponder | null): void;
  /** Most requests to an endpoint the server was holding at once (since the last reset). */
  peakInFlight(endpoint: Endpoint): number;
  /** Clears queues, the request log, the in-flight peaks and a custom responder. */
  reset(): void;
  close(): Promise<void>;
}

export const EMBEDDING_DIMENSION = 64;

/** A well-formed chat.completion body. */
export function chatCompletion(content: string, model = 'fake-model'): Record<string, unknown> {
  return {
    id: `chatcmpl-${Math.random().toString(36).slice(2, 10)}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model,
    choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, logprobs: null, finish_reason: 'stop' }],
    usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 },
  };
}

/** An OpenAI-style error body. */
export function errorBody(message: string, type: string, code: string | null = null): Record<string, unknown> {
  return { error: { message, type, param: null, code } };
}

/** Text of a chat message (string or content parts). */
export function messageText(message: ChatMessage): string {
  return typeof message.content === 'string' ? message.content : message.content.map((part) => part.text ?? '').join('');
}

export interface ParsedSource {
  n: number;
  excerpt: string;
  excerptEnglish: string | null;
}

/** The `<source n="k">` blocks of the last user message carrying them, as the answerer formats them. */
export function parseSources(request: ChatRequestBody): ParsedSource[] {
  const user = lastSourcesMessage(request);
  const text = user ? messageText(user) : '';
  const sources: ParsedSource[] = [];
  for (const match of text.matchAll(/<source n="(\d+)">([\s\S]*?)<\/source>/g)) {
    const block = match[2]!;
    sources.push({
      n: Number(match[1]),
      excerpt: /<excerpt>([\s\S]*?)<\/excerpt>/.exec(block)?.[1] ?? '',
      excerptEnglish: /<excerpt_english>([\s\S]*?)<\/excerpt_english>/.exec(block)?.[1] ?? null,
    });
  }
  return sources;
}

/** The last user message that carries the sources (a follow-up such as "answer in English" may come after it). */
function lastSourcesMessage(request: ChatRequestBody): ChatMessage | undefined {
  return [...request.messages].reverse().find((message) => message.role === 'user' && messageText(message).includes('<source'));
}

export function questionLanguage(request: ChatRequestBody): string {
  const user = lastSourcesMessage(request);
  return /<question lang="(\w+)">/.exec(user ? messageText(user) : '')?.[1] ?? 'en';
}

/** Default chat behaviour: quote source 1 in the question's language and cite [1]. */
export const groundedResponder: ChatResponder = (request) => {
  const [first] = parseSources(request);
  if (!first) return 'NOT_COVERED';
  if (questionLanguage(request) === 'ar') return `بحسب المصدر: «${first.excerpt}» [${first.n}].`;
  return `According to the source, "${first.excerptEnglish ?? first.excerpt}" [${first.n}].`;
};

/** A model that ignores the reply language: answers every question in Arabic, quoting and citing source 1. */
export const arabicOnlyResponder: ChatResponder = (request) => {
  const [first] = parseSources(request);
  return first ? `بحسب المصدر: «${first.excerpt}» [${first.n}].` : 'NOT_COVERED';
};

/** A model that makes up a quote: a true first sentence citing [1], then words put in the speaker's mouth, also "citing" [1]. */
export const fabricatedQuoteResponder: ChatResponder = (request) => {
  const [first] = parseSources(request);
  if (!first) return 'NOT_COVERED';
  return `The source says: "${first.excerptEnglish ?? first.excerpt}" [${first.n}]. He also said "we will double the number of visits next year" [${first.n}].`;
};

/** Deterministic embedding: hashed bag of lower-cased words, L2-normalised. */
export function fakeEmbedding(text: string, dimension = EMBEDDING_DIMENSION): number[] {
  const vector = new Array<number>(dimension).fill(0);
  for (const word of text.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean)) {
    let hash = 2166136261;
    for (const char of word) hash = Math.imul(hash ^ char.codePointAt(0)!, 16777619) >>> 0;
    vector[hash % dimension]! += hash & 0x80000000 ? -1 : 1;
  }
  const norm = Math.hypot(...vector) || 1;
  return vector.map((value) => value / norm);
}

function encodeBase64(vector: number[]): string {
  const floats = Float32Array.from(vector);
  return Buffer.from(floats.buffer, floats.byteOffset, floats.byteLength).toString('base64');
}

function embeddingsResponder(body: Record<string, unknown>): ScriptedResponse {
  const input = body.input;
  const texts = typeof input === 'string' ? [input] : Array.isArray(input) ? input.map(String) : null;
  if (!texts) return { status: 400, body: errorBody("'input' must be a string or an array of strings", 'invalid_request_error') };
  const dimension = typeof body.dimensions === 'number' ? body.dimensions : EMBEDDING_DIMENSION;
  const base64 = body.encoding_format === 'base64';
  return {
    body: {
      object: 'list',
      model: body.model,
      data: texts.map((text, index) => {
        const vector = fakeEmbedding(text, dimension);
        return { object: 'embedding', index, embedding: base64 ? encodeBase64(vector) : vector };
      }),
      usage: { prompt_tokens: texts.length, total_tokens: texts.length },
    },
  };
}

export async function startFakeOpenAI(): Promise<FakeOpenAI> {
  const queues: Record<Endpoint, (ScriptedResponse | ChatResponder)[]> = { chat: [], embeddings: [] };
  let chatResponder: ChatResponder = groundedResponder;
  const requests: RecordedRequest[] = [];
  const inFlight: Record<Endpoint, number> = { chat: 0, embeddings: 0 };
  const peaks: Record<Endpoint, number> = { chat: 0, embeddings: 0 };
  const sockets = new Set<Socket>();
  const timers = new Set<NodeJS.Timeout>();

  const wait = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        timers.delete(timer);
        resolve();
      }, ms);
      timers.add(timer);
    });

  const send = async (response: ServerResponse, record: RecordedRequest, scripted: ScriptedResponse) => {
    if (scripted.after) await scripted.after;
    if (scripted.delayMs) await wait(scripted.delayMs);
    if (response.destroyed || record.abortedByClient) return;
    if (scripted.dropConnection) {
      response.socket?.destroy();
      return;
    }
    if (scripted.hang) return;
    const raw = typeof scripted.body === 'string' ? scripted.body : JSON.stringify(scripted.body ?? {});
    response.writeHead(scripted.status ?? 200, {
      'content-type': 'application/json',
      'x-request-id': `req_${requests.length}`,
      ...scripted.headers,
    });
    if (scripted.hangAfterHeaders) {
      response.flushHeaders();
      response.write(raw.slice(0, Math.floor(raw.length / 2)));
      return;
    }
    response.end(raw);
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    let body: unknown = text;
    try {
      body = text ? JSON.parse(text) : undefined;
    } catch {
      // keep the raw text
    }
    const path = (request.url ?? '').split('?')[0]!;
    const endpoint: RecordedRequest['endpoint'] =
      path === '/v1/chat/completions' ? 'chat' : path === '/v1/embeddings' ? 'embeddings' : 'other';
    const record: RecordedRequest = {
      endpoint,
      method: request.method ?? '',
      path,
      headers: request.headers,
      body,
      receivedAt: Date.now(),
      abortedByClient: false,
    };
    requests.push(record);
    if (endpoint !== 'other') {
      inFlight[endpoint] += 1;
      peaks[endpoint] = Math.max(peaks[endpoint], inFlight[endpoint]);
    }
    response.on('close', () => {
      if (!response.writableFinished) record.abortedByClient = true;
      if (endpoint !== 'other') inFlight[endpoint] -= 1;
    });

    if (endpoint === 'other' || request.method !== 'POST') {
      await send(response, record, { status: 404, body: errorBody(`Unknown route ${request.method} ${path}`, 'invalid_request_error') });
      return;
    }
    if (typeof body !== 'object' || body === null) {
      await send(response, record, { status: 400, body: errorBody('We could not parse the JSON body of your request.', 'invalid_request_error') });
      return;
    }
    const next = queues[endpoint].shift();
    if (endpoint === 'chat') {
      const chatBody = body as ChatRequestBody;
      if (chatBody.stream) {
        await send(response, record, { status: 400, body: errorBody('The fake server does not stream.', 'invalid_request_error') });
        return;
      }
      const outcome = typeof next === 'function' ? next(chatBody) : next ?? chatResponder(chatBody);
      await send(response, record, typeof outcome === 'string' ? { body: chatCompletion(outcome, chatBody.model) } : outcome);
      return;
    }
    if (typeof next === 'function') throw new Error('chat responders cannot answer embeddings requests');
    await send(response, record, next ?? embeddingsResponder(body as Record<string, unknown>));
  };

  const server: Server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/json' });
        response.end(JSON.stringify(errorBody(`fake server error: ${String(error)}`, 'server_error')));
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    requestsTo: (endpoint) => requests.filter((request) => request.endpoint === endpoint),
    enqueue: (endpoint, ...responses) => {
      queues[endpoint].push(...responses);
    },
    setChatResponder: (responder) => {
      chatResponder = responder ?? groundedResponder;
    },
    peakInFlight: (endpoint) => peaks[endpoint],
    reset: () => {
      peaks.chat = inFlight.chat;
      peaks.embeddings = inFlight.embeddings;
      queues.chat.length = 0;
      queues.embeddings.length = 0;
      requests.length = 0;
      chatResponder = groundedResponder;
    },
    close: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      const closed = new Promise<void>((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      server.closeAllConnections();
      for (const socket of sockets) socket.destroy();
      await closed;
    },
  };
}
