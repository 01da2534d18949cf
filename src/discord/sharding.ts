/**
 * Many servers: with DISCORD_SHARDS set (a number, or `auto` for Discord's
 * recommendation), `npm start` runs discord.js's ShardingManager, which starts
 * one bot process per shard (this same src/bot.ts, told its shard by the
 * manager). Every shard answers from the same index on disk, read only.
 *
 * The index is built (or checked) once by the manager, before any shard
 * starts. A reindex runs once: the shard whose admin asked takes the manager's
 * lock, rebuilds beside the serving generation and swaps; the manager then
 * tells the other shards to reload, and each loads the new generation
 * (a load, not a rebuild) while it keeps answering from the old one.
 */
import { ShardingManager, type Shard } from 'discord.js';
import type { Logger } from 'pino';
import type { MarsadConfig } from '../config.js';
import { createEngine, type EngineOptions, type MarsadEngine } from '../core/public.js';
import { MarsadError, reindexRunningError } from '../errors.js';
import { restApiBase } from './client-options.js';

/** Messages between the manager and the shard processes (beside discord.js's own). */
type ShardMessage = { marsad: 'reindex-lock'; request: number; granted?: boolean } | { marsad: 'reindexed'; ok: boolean } | { marsad: 'reload' };
const isMarsadMessage = (message: unknown): message is ShardMessage => typeof message === 'object' && message !== null && 'marsad' in message;

/** True in a process the ShardingManager started (it sets SHARDS and SHARDING_MANAGER). */
export const isShardProcess = () => Boolean(process.env.SHARDING_MANAGER && process.env.SHARDS !== undefined);

/** Whether this process runs shard 0 (or no shards at all): the one that also runs once-per-bot work. */
export const hostsFirstShard = () => !isShardProcess() || String(process.env.SHARDS).split(',').map(Number).includes(0);

/**
 * Discord's recommended shard count and how many shards may identify at once
 * (GET /gateway/bot), through DISCORD_API_URL when set. discord.js's own
 * `auto` always asks discord.com, which a proxy or the test fake would miss.
 */
async function gatewayAdvice(config: MarsadConfig): Promise<{ shards: number; maxConcurrency: number }> {
  const response = await fetch(`${restApiBase(config.discord.apiUrl ?? 'https://discord.com/api')}/v10/gateway/bot`, { headers: { Authorization: `Bot ${config.discord.token}` } });
  if (!response.ok) throw new MarsadError('service_unavailable', `Discord refused the shard count (GET /gateway/bot: HTTP ${response.status}): check DISCORD_TOKEN.`);
  const body = (await response.json()) as { shards: number; session_start_limit?: { max_concurrency?: number } };
  return { shards: body.shards, maxConcurrency: body.session_start_limit?.max_concurrency ?? 1 };
}

export interface ShardManagerOptions {
  config: MarsadConfig;
  logger: Logger;
  /** The bot script each shard runs (src/bot.ts). */
  file: string;
}

export async function startShardManager({ config, logger, file }: ShardManagerOptions): Promise<{ stop(signal?: NodeJS.Signals): Promise<void> }> {
  // Build the index here if there is none, so shards only ever load it.
  await createEngine(config, { logger, generative: null });
  const advice = await gatewayAdvice(config);
  const totalShards = config.discord.shards === 'auto' ? advice.shards : config.discord.shards!;
  // The shards run TypeScript like the manager does (npm start runs tsx, whose loader is in execArgv).
  const execArgv = file.endsWith('.ts') && !process.execArgv.some((argument) => argument.includes('tsx')) ? ['--import', 'tsx'] : process.execArgv;
  const manager = new ShardingManager(file, { totalShards, token: config.discord.token, mode: 'process', respawn: true, execArgv });
  let reindexer: Shard | null = null;
  manager.on('shardCreate', (shard) => {
    logger.info({ event: 'shard_started', shard: shard.id, totalShards }, 'shard started');
    shard.on('death', () => {
      if (reindexer === shard) reindexer = null;
      if (manager.respawn) logger.warn({ event: 'shard_died', shard: shard.id }, 'shard process exited: restarting it');
    });
    shard.on('message', (message: unknown) => {
      if (!isMarsadMessage(message)) return;
      if (message.marsad === 'reindex-lock') {
        const granted = reindexer === null;
        if (granted) reindexer = shard;
        void shard.send({ marsad: 'reindex-lock', request: message.request, granted } satisfies ShardMessage);
      } else if (message.marsad === 'reindexed' && reindexer === shard) {
        reindexer = null;
        if (!message.ok) return;
        logger.info({ event: 'shards_reload', from: shard.id }, 'reindex finished: the other shards reload the index');
        for (const other of manager.shards.values()) if (other !== shard) void other.send({ marsad: 'reload' } satisfies ShardMessage);
      }
    });
  });
  // Shards in different identify buckets may connect together; otherwise Discord wants 5 s between them.
  await manager.spawn({ amount: totalShards, delay: advice.maxConcurrency >= totalShards ? 0 : 5_500 });
  return {
    /**
     * Stops every shard, each draining its answers in flight. Ctrl-C already
     * reached the shards (the terminal signals the whole process group);
     * SIGTERM from a service manager reached only this process and is passed on.
     */
    async stop(signal: NodeJS.Signals = 'SIGTERM') {
      manager.respawn = false;
      const shards = [...manager.shards.values()].filter((shard) => shard.process && shard.process.exitCode === null);
      const exited = shards.map((shard) => new Promise<void>((resolve) => shard.process!.once('exit', () => resolve())));
      if (signal !== 'SIGINT') for (const shard of shards) shard.process!.kill('SIGTERM');
      const timeout = new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), 15_000).unref());
      if ((await Promise.race([Promise.all(exited), timeout])) === 'timeout') for (const shard of shards) shard.process!.kill('SIGKILL');
    },
  };
}

/**
 * The engine of a shard process: the real engine, swapped for a freshly loaded
 * one when the manager says another shard reindexed, and reindexing only under
 * the manager's lock (a second reindex anywhere is refused as on one process).
 */
export async function createShardEngine(config: MarsadConfig, options: EngineOptions & { logger: Logger }): Promise<MarsadEngine> {
  let current = await createEngine(config, options);
  const listeners: (() => void)[] = [];
  const notify = () => listeners.forEach((listener) => listener());
  const pending = new Map<number, (granted: boolean) => void>();
  let requests = 0;
  let reindexing = false;
  process.on('message', (message: unknown) => {
    if (!isMarsadMessage(message)) return;
    if (message.marsad === 'reindex-lock') pending.get(message.request)?.(Boolean(message.granted));
    if (message.marsad === 'reload') {
      createEngine(config, options).then(
        (loaded) => ((current = loaded), notify(), options.logger.info({ event: 'index_reloaded' }, 'index reloaded after a reindex on another shard')),
        (error: unknown) => options.logger.error({ err: error }, 'could not reload the index; the previous one keeps serving'),
      );
    }
  });
  const lock = () => new Promise<boolean>((resolve) => {
    const request = (requests += 1);
    pending.set(request, (granted) => (pending.delete(request), resolve(granted)));
    process.send!({ marsad: 'reindex-lock', request } satisfies ShardMessage);
  });
  return {
    ask: (question, askOptions) => current.ask(question, askOptions),
    listArticles: () => current.listArticles(),
    articles: () => current.articles(),
    readArticle: (articleId) => current.readArticle(articleId),
    retrieveParagraphs: (text, k, context) => current.retrieveParagraphs(text, k, context),
    onReindexed: (listener) => void listeners.push(listener),
    get reindexing() {
      return reindexing || current.reindexing;
    },
    async reindex(reindexOptions) {
      if (reindexing || !(await lock())) throw reindexRunningError();
      reindexing = true;
      let ok = false;
      try {
        const summary = await current.reindex(reindexOptions);
        ok = true;
        notify();
        return summary;
      } finally {
        reindexing = false;
        process.send!({ marsad: 'reindexed', ok } satisfies ShardMessage);
      }
    },
  };
}
