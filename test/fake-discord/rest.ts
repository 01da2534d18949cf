/**
 * The REST routes Marsad's flows use, answered the way Discord answers them
 * (discord.js 14 parses these responses into its structures, so the shapes
 * matter: messages need unique ids and a channel_id, threads an owner_id).
 * Anything else gets Discord's 404 body, and the test sees it in the log.
 */
import { nextSnowflake, type FakeUser, type FakeWorld } from './fixtures.js';

export interface RestResponse {
  status: number;
  body?: unknown;
  /** Extra response headers (a 429 carries Retry-After and the X-RateLimit-* set). */
  headers?: Record<string, string>;
}

/**
 * A 429 as Discord sends it for a per-route limit: the JSON body with
 * `retry_after` in seconds and the headers discord.js's queue reads.
 */
export function rateLimitedResponse(retryAfterSeconds: number, bucket = 'fake-bucket'): RestResponse {
  return {
    status: 429,
    body: { message: 'You are being rate limited.', retry_after: retryAfterSeconds, global: false },
    headers: {
      'retry-after': String(retryAfterSeconds),
      'x-ratelimit-limit': '5',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-reset': String(Date.now() / 1000 + retryAfterSeconds),
      'x-ratelimit-reset-after': String(retryAfterSeconds),
      'x-ratelimit-bucket': bucket,
      'x-ratelimit-scope': 'user',
    },
  };
}

export interface InteractionRecord {
  id: string;
  token: string;
  channelId: string;
  originalMessageId: string | null;
  /** Ephemeral flag (64) of the first response, kept by every later edit. */
  flags: number;
}

/** State shared by the REST side and the gateway side of the fake. */
export interface FakeState {
  world: FakeWorld;
  messages: Map<string, Record<string, unknown>>;
  interactions: Map<string, InteractionRecord>;
  dispatch(event: string, data: unknown): void;
  gatewayUrl(): string;
}

type Body = Record<string, unknown> | unknown[] | null;

function makeMessage(state: FakeState, channelId: string, author: FakeUser, body: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  const message = {
    id: nextSnowflake(),
    type: 0,
    channel_id: channelId,
    guild_id: state.world.guildId,
    author,
    content: body.content ?? '',
    embeds: body.embeds ?? [],
    components: body.components ?? [],
    attachments: [],
    mentions: [],
    mention_roles: [],
    mention_everyone: false,
    pinned: false,
    tts: false,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    flags: Number(body.flags ?? 0),
    ...extra,
  };
  state.messages.set(message.id, message);
  return message;
}

function webhookMessage(state: FakeState, interaction: InteractionRecord, body: Record<string, unknown>) {
  const flags = Number(body.flags ?? 0) | interaction.flags;
  return makeMessage(state, interaction.channelId, state.world.botUser, { ...body, flags }, {
    webhook_id: state.world.applicationId,
    application_id: state.world.applicationId,
    type: 20,
  });
}

function notFound(): RestResponse {
  return { status: 404, body: { message: '404: Not Found', code: 0 } };
}

/** Routes one request. `path` is the part after /api/v10, still URL-encoded. */
export function routeRest(state: FakeState, method: string, path: string, body: Body): RestResponse {
  const { world } = state;
  const segments = path.split('/').filter(Boolean).map(decodeURIComponent);
  const [first, second, third, fourth, fifth] = segments;
  const object = (body ?? {}) as Record<string, unknown>;

  if (method === 'GET' && path === '/gateway/bot') {
    // Without url or session_start_limit discord.js crashes at login.
    return { status: 200, body: { url: state.gatewayUrl(), shards: 1, session_start_limit: { total: 1000, remaining: 999, reset_after: 0, max_concurrency: 1 } } };
  }
  if (method === 'GET' && path === '/applications/@me') {
    return { status: 200, body: { id: world.applicationId, name: 'Marsad', description: '', flags: 0, bot_public: false, bot_require_code_grant: false, verify_key: 'fake' } };
  }
  const guildCommands = third === 'guilds' && fifth === 'commands';
  if (method === 'PUT' && first === 'applications' && (third === 'commands' || guildCommands)) {
    const commands = ((body ?? []) as Record<string, unknown>[]).map((command) => ({
      id: nextSnowflake(),
      application_id: world.applicationId,
      version: nextSnowflake(),
      type: 1,
      default_member_permissions: null,
      ...command,
      ...(guildCommands ? { guild_id: fourth } : {}),
    }));
    return { status: 200, body: commands };
  }
  if (method === 'POST' && first === 'interactions' && fourth === 'callback') {
    const interaction = state.interactions.get(second!);
    if (!interaction || interaction.token !== third) return { status: 404, body: { message: 'Unknown interaction', code: 10062 } };
    const data = (object.data ?? {}) as Record<string, unknown>;
    if (object.type === 8) {
      // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT: Discord refuses more than 25 choices or names/values over 100.
      const choices = (data.choices ?? []) as { name: string; value: unknown }[];
      const invalid = choices.length > 25 || choices.some((choice) => !choice.name || choice.name.length > 100 || String(choice.value).length > 100);
      if (invalid) return { status: 400, body: { message: 'Invalid Form Body', code: 50035 } };
      return { status: 204 };
    }
    interaction.flags = Number(data.flags ?? 0) & 64;
    if (object.type === 4) interaction.originalMessageId = webhookMessage(state, interaction, data).id;
    return { status: 204 };
  }
  if (first === 'webhooks' && second === world.applicationId) {
    const interaction = [...state.interactions.values()].find((candidate) => candidate.token === third);
    if (!interaction) return { status: 404, body: { message: 'Unknown Webhook', code: 10015 } };
    if (method === 'POST' && segments.length === 3) return { status: 200, body: webhookMessage(state, interaction, object) };
    if (fourth === 'messages' && fifth === '@original') {
      if (method === 'DELETE') return { status: 204 };
      const previous = interaction.originalMessageId ? state.messages.get(interaction.originalMessageId) : undefined;
      const message: Record<string, unknown> = previous
        ? { ...previous, ...object, edited_timestamp: new Date().toISOString() }
        : webhookMessage(state, interaction, object);
      interaction.originalMessageId = String(message.id);
      state.messages.set(String(message.id), message);
      return { status: 200, body: message };
    }
  }
  if (method === 'POST' && first === 'channels' && third === 'typing') return { status: 204 };
  if (method === 'POST' && first === 'channels' && third === 'messages' && segments.length === 3) {
    const message = makeMessage(state, second!, world.botUser, object);
    state.dispatch('MESSAGE_CREATE', message); // Discord echoes the bot's own messages: Marsad must ignore them.
    return { status: 200, body: message };
  }
  if (method === 'POST' && first === 'channels' && third === 'messages' && fifth === 'threads') {
    if (second === world.noThreadsChannelId) return { status: 403, body: { message: 'Missing Permissions', code: 50013 } };
    const thread = threadChannel(state, second!, fourth!, object);
    state.dispatch('THREAD_CREATE', { ...thread, newly_created: true });
    return { status: 201, body: thread };
  }
  return notFound();
}

/** A public thread started on a message: Discord gives it the message's id. */
function threadChannel(state: FakeState, parentId: string, messageId: string, body: Record<string, unknown>) {
  const now = new Date().toISOString();
  const autoArchive = Number(body.auto_archive_duration ?? 1440);
  return {
    id: messageId,
    type: 11,
    guild_id: state.world.guildId,
    parent_id: parentId,
    owner_id: state.world.botUser.id,
    name: String(body.name ?? ''),
    last_message_id: null,
    rate_limit_per_user: 0,
    message_count: 0,
    member_count: 1,
    total_message_sent: 0,
    flags: 0,
    thread_metadata: { archived: false, auto_archive_duration: autoArchive, archive_timestamp: now, locked: false, create_timestamp: now },
    member: { id: messageId, user_id: state.world.botUser.id, join_timestamp: now, flags: 0 },
  };
}
