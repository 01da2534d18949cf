/**
 * The gateway side of the fake: JSON text frames, no compression. HELLO on
 * connect; IDENTIFY → READY + GUILD_CREATE; heartbeat → ACK; RESUME → the
 * events missed since the client's sequence, then RESUMED. Events dispatched
 * while no client is connected are kept and replayed on resume, as Discord does.
 */
import { randomUUID } from 'node:crypto';
import { EventEmitter } from 'node:events';
import type { WebSocket } from 'ws';
import { guildCreatePayload, readyPayload, type FakeWorld } from './fixtures.js';

interface LoggedEvent {
  s: number;
  t: string;
  d: unknown;
  /** performance.now() when the frame was written to a live socket, or null while queued. */
  sentAt: number | null;
}

export interface GatewayConnection {
  kind: 'identify' | 'resume' | 'pending';
  url: string;
}

export class FakeGateway extends EventEmitter {
  readonly connections: GatewayConnection[] = [];
  /** Every payload the client sent (IDENTIFY carries the intents tests assert on). */
  readonly received: { op: number; d: unknown }[] = [];
  private sessionId = '';
  private sequence = 0;
  private log: LoggedEvent[] = [];
  private socket: WebSocket | null = null;
  private live = false;

  constructor(
    private readonly world: FakeWorld,
    private readonly resumeUrl: () => string,
  ) {
    super();
  }

  accept(socket: WebSocket, url: string): void {
    const connection: GatewayConnection = { kind: 'pending', url };
    this.connections.push(connection);
    this.socket = socket;
    this.live = false;
    socket.on('message', (raw) => this.onPayload(socket, connection, JSON.parse(String(raw)) as { op: number; d: any }));
    socket.on('close', () => {
      if (this.socket === socket) this.live = false;
    });
    this.send(socket, { op: 10, d: { heartbeat_interval: 41_250 } });
  }

  private onPayload(socket: WebSocket, connection: GatewayConnection, payload: { op: number; d: any }): void {
    this.received.push(payload);
    if (payload.op === 1) return this.send(socket, { op: 11 });
    if (payload.op === 2) {
      if (payload.d?.token !== this.world.token) return socket.close(4004, 'Authentication failed.');
      connection.kind = 'identify';
      this.sessionId = randomUUID();
      this.sequence = 0;
      this.log = [];
      this.live = true;
      this.dispatch('READY', readyPayload(this.world, this.sessionId, this.resumeUrl()));
      this.dispatch('GUILD_CREATE', guildCreatePayload(this.world));
      this.emit('identified');
      return;
    }
    if (payload.op === 6) {
      if (payload.d?.session_id !== this.sessionId || payload.d?.token !== this.world.token) return this.send(socket, { op: 9, d: false });
      connection.kind = 'resume';
      this.live = true;
      for (const event of this.log.filter((logged) => logged.s > Number(payload.d.seq))) this.write(event);
      this.dispatch('RESUMED', {});
      this.emit('resumed');
    }
  }

  /** Sends (or, while disconnected, queues) a dispatch event; resolves the logged event. */
  dispatch(t: string, d: unknown): LoggedEvent {
    this.sequence += 1;
    const event: LoggedEvent = { s: this.sequence, t, d, sentAt: null };
    this.log.push(event);
    if (this.live) this.write(event);
    return event;
  }

  private write(event: LoggedEvent): void {
    if (!this.socket) return;
    this.send(this.socket, { op: 0, t: event.t, s: event.s, d: event.d });
    event.sentAt = performance.now();
  }

  private send(socket: WebSocket, payload: unknown): void {
    if (socket.readyState === socket.OPEN) socket.send(JSON.stringify(payload));
  }

  /** Cuts the TCP connection without a close frame (the client sees 1006 and resumes). */
  drop(): void {
    this.live = false;
    this.socket?.terminate();
  }

  close(): void {
    this.live = false;
    this.socket?.terminate();
    this.socket = null;
  }
}
