/**
 * A small Discord on 127.0.0.1 that the real discord.js client logs into:
 * REST under <base>/api/v10/... and the gateway over WebSocket on the same
 * port. It records every REST request (method, path, query, body, headers,
 * arrival time) so tests assert on what the bot actually sent.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { makeWorld, type FakeWorld } from './fixtures.js';
import { FakeGateway } from './gateway.js';
import { routeRest, type FakeState, type InteractionRecord, type RestResponse } from './rest.js';

export interface RecordedRequest {
  index: number;
  method: string;
  /** Path after /api/v10, as sent (so "@original" arrives as "%40original"). */
  path: string;
  query: URLSearchParams;
  body: any;
  headers: IncomingMessage['headers'];
  /** performance.now() when the request arrived. */
  receivedAt: number;
  status: number;
}

type RequestPredicate = (request: RecordedRequest) => boolean;

export class FakeDiscord {
  readonly world: FakeWorld = makeWorld();
  readonly requests: RecordedRequest[] = [];
  readonly state: FakeState;
  readonly gateway: FakeGateway;
  private readonly server: Server;
  private readonly sockets = new WebSocketServer({ noServer: true });
  private waiters: { predicate: RequestPredicate; since: number; resolve: (request: RecordedRequest) => void }[] = [];
  /** Scripted failures (e.g. a 429), each answering the next matching requests instead of the route. */
  private faults: { matches: (request: { method: string; path: string; body: any }) => boolean; response: RestResponse; remaining: number }[] = [];
  private port = 0;

  constructor() {
    this.gateway = new FakeGateway(this.world, () => `ws://127.0.0.1:${this.port}/resume`);
    this.state = {
      world: this.world,
      messages: new Map(),
      interactions: new Map<string, InteractionRecord>(),
      dispatch: (event, data) => void this.gateway.dispatch(event, data),
      gatewayUrl: () => `ws://127.0.0.1:${this.port}`,
    };
    this.server = createServer((request, response) => void this.onRequest(request, response));
    this.server.on('upgrade', (request, socket, head) => {
      this.sockets.handleUpgrade(request, socket, head, (webSocket) => this.gateway.accept(webSocket, request.url ?? '/'));
    });
  }

  /** The value for DISCORD_API_URL (the client adds /api, discord.js adds /v10). */
  get baseUrl(): string {
    return `http://127.0.0.1:${this.port}`;
  }

  async start(): Promise<this> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.port = (this.server.address() as AddressInfo).port;
    return this;
  }

  async stop(): Promise<void> {
    this.gateway.close();
    for (const client of this.sockets.clients) client.terminate();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private async onRequest(request: IncomingMessage, response: import('node:http').ServerResponse): Promise<void> {
    const receivedAt = performance.now();
    const chunks: Buffer[] = [];
    for await (const chunk of request) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    const url = new URL(request.url ?? '/', this.baseUrl);
    const prefix = '/api/v10';
    const path = url.pathname.startsWith(prefix) ? url.pathname.slice(prefix.length) : url.pathname;
    const body = text ? JSON.parse(text) : null;
    const method = request.method ?? 'GET';
    const fault = this.faults.find((candidate) => candidate.remaining > 0 && candidate.matches({ method, path, body }));
    if (fault) fault.remaining -= 1;
    // Like Discord, the gateway URL is only given to a valid bot token (discord.js turns the 401 into TokenInvalid).
    const unauthorized = method === 'GET' && path === '/gateway/bot' && request.headers.authorization !== `Bot ${this.world.token}`;
    const result: RestResponse = fault?.response
      ?? (unauthorized ? { status: 401, body: { message: '401: Unauthorized', code: 0 } } : undefined)
      ?? (url.pathname.startsWith(prefix) ? routeRest(this.state, method, path, body) : { status: 404, body: { message: 'not under /api/v10', code: 0 } });
    const recorded: RecordedRequest = { index: this.requests.length, method, path, query: url.searchParams, body, headers: request.headers, receivedAt, status: result.status };
    this.requests.push(recorded);
    response.writeHead(result.status, { ...(result.body === undefined ? {} : { 'content-type': 'application/json' }), ...result.headers });
    response.end(result.body === undefined ? undefined : JSON.stringify(result.body));
    this.waiters = this.waiters.filter((waiter) => {
      if (recorded.index < waiter.since || !waiter.predicate(recorded)) return true;
      waiter.resolve(recorded);
      return false;
    });
  }

  /**
   * Answers the next `times` requests that match with `response` instead of
   * routing them (the request is still recorded, with that status): e.g. one
   * PATCH of an interaction's original message with `rateLimitedResponse(0.3)`.
   */
  failNext(matches: (request: { method: string; path: string; body: any }) => boolean, response: RestResponse, times = 1): void {
    this.faults.push({ matches, response, remaining: times });
  }

  /** Index to pass as `since`, so a wait only considers requests made after this point. */
  mark(): number {
    return this.requests.length;
  }

  requestsSince(since: number, predicate: RequestPredicate = () => true): RecordedRequest[] {
    return this.requests.slice(since).filter(predicate);
  }

  /**
   * The first request (since `since`) matching `predicate`, once it arrives. `timeoutMs` (default 10 s) fails the
   * wait sooner than the test's own timeout; null sets no timer of its own, for a wait on a child process whose
   * start-up time follows the machine's load (the test's timeout, and the process's exit, bound it instead).
   */
  waitForRequest(predicate: RequestPredicate, options: { since?: number; timeoutMs?: number | null } = {}): Promise<RecordedRequest> {
    const since = options.since ?? 0;
    const existing = this.requests.slice(since).find(predicate);
    if (existing) return Promise.resolve(existing);
    const timeoutMs = options.timeoutMs === undefined ? 10_000 : options.timeoutMs;
    return new Promise((resolve, reject) => {
      const timer = timeoutMs === null ? undefined : setTimeout(() => reject(new Error(`fake Discord: no matching request within ${timeoutMs} ms`)), timeoutMs);
      this.waiters.push({ predicate, since, resolve: (request) => (clearTimeout(timer), resolve(request)) });
    });
  }

  /**
   * Waits until no request has arrived for `quietMs`, then returns every request
   * since `since` (e.g. all follow-ups of a long answer, or proof that none came).
   */
  async waitForQuiet(since: number, quietMs = 150): Promise<RecordedRequest[]> {
    let seen = -1;
    while (seen !== this.requests.length) {
      seen = this.requests.length;
      await new Promise((resolve) => setTimeout(resolve, quietMs));
    }
    return this.requestsSince(since);
  }
}
