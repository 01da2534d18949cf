/**
 * The fake Discord's gateway for a sharded bot: any number of shard
 * connections at once, each told by its IDENTIFY which shard it is
 * (`shard: [id, count]`), given READY and GUILD_CREATE for its own guilds
 * only, and sent the events of those guilds, as Discord routes them
 * (shard = (guild_id >> 22) % count). Installed in place of FakeDiscord's
 * one-connection gateway; REST stays FakeDiscord's.
 */
import type { WebSocket } from 'ws';
import type { FakeDiscord } from '../fake-discord/fake-discord.js';
import { guildCreatePayload, nextSnowflake, readyPayload, type FakeWorld } from '../fake-discord/fixtures.js';

export const shardOf = (guildId: string, count: number) => Number((BigInt(guildId) >> 22n) % BigInt(count));

/** A second guild of the same bot, on the other shard of two (its id differs in bit 22). */
export function otherShardWorld(world: FakeWorld): FakeWorld {
  return { ...world, guildId: (BigInt(world.guildId) + (1n << 22n)).toString(), channelId: nextSnowflake(), noThreadsChannelId: nextSnowflake() };
}

export class ShardedGateway {
  /** IDENTIFY payloads' shard fields, in arrival order. */
  readonly identified: [number, number][] = [];
  private readonly shards = new Map<number, { socket: WebSocket; sequence: number }>();

  constructor(private readonly worlds: FakeWorld[]) {}

  /** Replaces the fake's gateway (FakeDiscord routes upgrades and dispatches through `fake.gateway`). */
  install(fake: FakeDiscord): this {
    (fake as unknown as { gateway: unknown }).gateway = this;
    return this;
  }

  accept(socket: WebSocket, url: string): void {
    socket.send(JSON.stringify({ op: 10, d: { heartbeat_interval: 41_250 } }));
    socket.on('message', (raw) => {
      const payload = JSON.parse(String(raw)) as { op: number; d: any };
      if (payload.op === 1) return socket.send(JSON.stringify({ op: 11 }));
      if (payload.op !== 2) return;
      const [id, count] = (payload.d?.shard ?? [0, 1]) as [number, number];
      this.identified.push([id, count]);
      this.shards.set(id, { socket, sequence: 0 });
      const own = this.worlds.filter((world) => shardOf(world.guildId, count) === id);
      const ready = readyPayload(own[0] ?? this.worlds[0]!, `session-${id}`, `ws://fake${url}`);
      this.send(id, 'READY', { ...ready, shard: [id, count], guilds: own.map((world) => ({ id: world.guildId, unavailable: true })) });
      for (const world of own) this.send(id, 'GUILD_CREATE', guildCreatePayload(world));
    });
  }

  private send(shard: number, t: string, d: unknown): void {
    const connection = this.shards.get(shard);
    if (!connection || connection.socket.readyState !== connection.socket.OPEN) return;
    connection.sequence += 1;
    connection.socket.send(JSON.stringify({ op: 0, t, s: connection.sequence, d }));
  }

  /** Sends an event to the shard of its guild (shard 0 for events without one). */
  dispatch(t: string, d: { guild_id?: string } | undefined) {
    const count = this.identified[0]?.[1] ?? 1;
    const sentAt = performance.now();
    this.send(d?.guild_id ? shardOf(d.guild_id, count) : 0, t, d);
    return { s: 0, t, d, sentAt };
  }

  close(): void {
    for (const { socket } of this.shards.values()) socket.terminate();
    this.shards.clear();
  }
}
