/**
 * The fake Discord's world: one application and bot user, one guild with a
 * text channel, an @everyone role and an admin role, and builders for the
 * payloads discord.js 14 needs (fields found necessary by the proof of
 * concept are marked; leaving them out crashes or silently breaks the client).
 */

let counter = 0n;
/** Unique, increasing snowflakes: discord.js silently reuses a cached message with the same id. */
export function nextSnowflake(): string {
  counter += 1n;
  return (1_300_000_000_000_000_000n + counter).toString();
}

export interface FakeUser {
  id: string;
  username: string;
  discriminator: string;
  global_name: string | null;
  avatar: null;
  bot?: boolean;
}

export function makeUser(username: string, options: { bot?: boolean } = {}): FakeUser {
  return { id: nextSnowflake(), username, discriminator: '0', global_name: username, avatar: null, ...(options.bot ? { bot: true } : {}) };
}

export interface FakeWorld {
  token: string;
  applicationId: string;
  botUser: FakeUser;
  guildId: string;
  channelId: string;
  adminRoleId: string;
  /** The role Discord creates for the bot: typing "@Marsad" may pick it instead of the user. */
  botRoleId: string;
  /** A second text channel where the bot may not create threads (the fake answers 403). */
  noThreadsChannelId: string;
}

export function makeWorld(): FakeWorld {
  const botUser = makeUser('Marsad', { bot: true });
  return {
    // Shaped like a real token (base64 id . timestamp . hmac) so the logger's secret masking applies.
    token: `${Buffer.from(botUser.id).toString('base64')}.FakeTs.fake-discord-token-not-a-secret`,
    applicationId: botUser.id,
    botUser,
    guildId: nextSnowflake(),
    channelId: nextSnowflake(),
    adminRoleId: nextSnowflake(),
    botRoleId: nextSnowflake(),
    noThreadsChannelId: nextSnowflake(),
  };
}

/** Permission bits as Discord sends them (decimal strings). */
export const PERMISSIONS = {
  member: (1n << 10n | 1n << 11n | 1n << 16n | 1n << 38n).toString(), // view, send, read history, send in threads
  manageGuild: (1n << 5n | 1n << 10n | 1n << 11n | 1n << 16n | 1n << 38n).toString(),
};

export function textChannel(world: FakeWorld, id = world.channelId) {
  return { id, type: 0, guild_id: world.guildId, name: id === world.channelId ? 'press-desk' : 'no-threads', position: 0, permission_overwrites: [], parent_id: null, topic: null, nsfw: false, rate_limit_per_user: 0, last_message_id: null, flags: 0 };
}

function role(id: string, name: string, permissions: string, position: number) {
  return { id, name, permissions, position, color: 0, colors: { primary_color: 0, secondary_color: null, tertiary_color: null }, hoist: false, managed: false, mentionable: false, icon: null, unicode_emoji: null, flags: 0 };
}

export function readyPayload(world: FakeWorld, sessionId: string, resumeUrl: string) {
  return {
    v: 10,
    user: { ...world.botUser, verified: true, mfa_enabled: false, flags: 0 }, // needed
    guilds: [{ id: world.guildId, unavailable: true }], // needed
    session_id: sessionId, // needed
    resume_gateway_url: resumeUrl,
    shard: [0, 1],
    application: { id: world.applicationId, flags: 0 }, // needed for command registration
    private_channels: [],
    presences: [],
    relationships: [],
    guild_join_requests: [],
    geo_ordered_rtc_regions: [],
    user_settings: {},
  };
}

export function guildCreatePayload(world: FakeWorld) {
  const joinedAt = new Date(0).toISOString();
  return {
    id: world.guildId,
    name: 'Marsad test newsroom',
    icon: null,
    owner_id: nextSnowflake(),
    unavailable: false,
    large: false,
    member_count: 3,
    joined_at: joinedAt,
    roles: [
      role(world.guildId, '@everyone', PERMISSIONS.member, 0),
      role(world.adminRoleId, 'Marsad admins', PERMISSIONS.manageGuild, 1),
      { ...role(world.botRoleId, 'Marsad', PERMISSIONS.member, 2), managed: true, tags: { bot_id: world.botUser.id } },
    ],
    channels: [textChannel(world), textChannel(world, world.noThreadsChannelId)], // needed: without it `ready` stalls and MESSAGE_CREATE is dropped
    threads: [],
    members: [{ user: world.botUser, roles: [], joined_at: joinedAt, deaf: false, mute: false, flags: 0 }],
    emojis: [],
    stickers: [],
    features: [],
    voice_states: [],
    presences: [],
    stage_instances: [],
    guild_scheduled_events: [],
    soundboard_sounds: [],
    premium_tier: 0,
    premium_subscription_count: 0,
    system_channel_flags: 0,
    preferred_locale: 'en-US',
    nsfw_level: 0,
    mfa_level: 0,
    verification_level: 0,
    explicit_content_filter: 0,
    default_message_notifications: 0,
    afk_timeout: 300,
    afk_channel_id: null,
    system_channel_id: null,
    rules_channel_id: null,
    public_updates_channel_id: null,
    application_id: null,
    vanity_url_code: null,
    description: null,
    banner: null,
    splash: null,
    discovery_splash: null,
    max_members: 500000,
  };
}

export function guildMember(user: FakeUser, roles: string[], permissions?: string) {
  return {
    user,
    roles,
    joined_at: new Date(0).toISOString(),
    deaf: false,
    mute: false,
    flags: 0,
    nick: null,
    avatar: null,
    premium_since: null,
    pending: false,
    communication_disabled_until: null,
    ...(permissions ? { permissions } : {}),
  };
}
