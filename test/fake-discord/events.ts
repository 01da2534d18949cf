/**
 * What a user does, as the gateway events Discord would send: a slash
 * command, a button click, a message in a channel or thread. Each returns the
 * ids a test needs to find the bot's response among the recorded requests.
 */
import { randomBytes } from 'node:crypto';
import type { FakeDiscord } from './fake-discord.js';
import { guildMember, makeUser, nextSnowflake, PERMISSIONS, textChannel, type FakeUser } from './fixtures.js';

export interface SentInteraction {
  id: string;
  token: string;
  /** performance.now() when the INTERACTION_CREATE frame was written (null if queued while disconnected). */
  sentAt: () => number | null;
}

export interface Asker {
  user: FakeUser;
  roles?: string[];
  permissions?: string;
  /** The user's Discord locale (en-US unless given). */
  locale?: string;
}

export function makeAsker(name = 'reader', locale?: string): Asker {
  return { user: makeUser(name), ...(locale ? { locale } : {}) };
}

function dispatchInteraction(fake: FakeDiscord, asker: Asker, fields: Record<string, unknown>, channelId = fake.world.channelId): SentInteraction {
  const { world } = fake;
  const id = nextSnowflake();
  const token = `interaction-token-${randomBytes(12).toString('hex')}`;
  fake.state.interactions.set(id, { id, token, channelId, originalMessageId: null, flags: 0 });
  const event = fake.gateway.dispatch('INTERACTION_CREATE', {
    id,
    application_id: world.applicationId, // needed
    token, // needed
    version: 1,
    guild_id: world.guildId, // needed
    channel_id: channelId,
    // discord.js takes the interaction's channel id from this object, so it must be the channel used.
    channel: [world.channelId, world.noThreadsChannelId].includes(channelId)
      ? textChannel(world, channelId)
      : { id: channelId, type: 11, guild_id: world.guildId, parent_id: world.channelId },
    member: guildMember(asker.user, asker.roles ?? [], asker.permissions ?? PERMISSIONS.member), // needed (member.user)
    app_permissions: PERMISSIONS.manageGuild,
    locale: asker.locale ?? 'en-US',
    guild_locale: 'en-US',
    entitlements: [], // needed
    authorizing_integration_owners: { 0: world.guildId }, // needed
    context: 0,
    attachment_size_limit: 8_388_608,
    ...fields,
  });
  return { id, token, sentAt: () => event.sentAt };
}

type OptionValue = string | boolean;

export function sendSlashCommand(fake: FakeDiscord, name: string, options: Record<string, OptionValue>, asker: Asker): SentInteraction {
  const commandOptions = Object.entries(options).map(([optionName, value]) => ({ name: optionName, type: typeof value === 'boolean' ? 5 : 3, value }));
  return dispatchInteraction(fake, asker, {
    type: 2, // needed: APPLICATION_COMMAND
    data: { id: nextSnowflake(), name, type: 1, options: commandOptions, guild_id: fake.world.guildId }, // needed
  });
}

/**
 * The user typing in an autocomplete option (type 4, APPLICATION_COMMAND_AUTOCOMPLETE):
 * the option being typed is marked `focused`; the bot answers with a type 8 callback.
 */
export function sendAutocomplete(fake: FakeDiscord, name: string, focused: { name: string; value: string }, asker: Asker, others: Record<string, string> = {}): SentInteraction {
  const options = [...Object.entries(others).map(([optionName, value]) => ({ name: optionName, type: 3, value })), { ...focused, type: 3, focused: true }];
  return dispatchInteraction(fake, asker, {
    type: 4, // needed: APPLICATION_COMMAND_AUTOCOMPLETE
    data: { id: nextSnowflake(), name, type: 1, options, guild_id: fake.world.guildId }, // needed
  });
}

/** A slash command with a subcommand (`/watch add word:…`): options nest under a type-1 option. */
export function sendSubcommand(fake: FakeDiscord, name: string, subcommand: string, options: Record<string, OptionValue>, asker: Asker): SentInteraction {
  const subcommandOptions = Object.entries(options).map(([optionName, value]) => ({ name: optionName, type: typeof value === 'boolean' ? 5 : 3, value }));
  return dispatchInteraction(fake, asker, {
    type: 2,
    data: { id: nextSnowflake(), name, type: 1, options: [{ name: subcommand, type: 1, options: subcommandOptions }], guild_id: fake.world.guildId },
  });
}

export function clickButton(fake: FakeDiscord, message: Record<string, unknown>, customId: string, asker: Asker): SentInteraction {
  return dispatchInteraction(fake, asker, { type: 3, data: { custom_id: customId, component_type: 2 }, message }, String(message.channel_id));
}

export interface SentMessage {
  id: string;
  channelId: string;
}

/**
 * A user's message. `mentionBot: 'user'` prefixes "<@bot>" and lists the bot in
 * `mentions`, as Discord does; `'role'` mentions the bot's managed role instead.
 */
export function sendChannelMessage(
  fake: FakeDiscord,
  content: string,
  author: FakeUser,
  options: { channelId?: string; mentionBot?: 'user' | 'role' } = {},
): SentMessage {
  const { world } = fake;
  const id = nextSnowflake();
  const channelId = options.channelId ?? world.channelId;
  const message = {
    id, // needed
    channel_id: channelId, // needed: a cached channel, or the event is dropped
    guild_id: world.guildId,
    author, // needed
    member: guildMember(author, []),
    content: options.mentionBot === 'user' ? `<@${world.botUser.id}> ${content}` : options.mentionBot === 'role' ? `<@&${world.botRoleId}> ${content}` : content,
    timestamp: new Date().toISOString(),
    edited_timestamp: null,
    tts: false,
    mention_everyone: false,
    mentions: options.mentionBot === 'user' ? [world.botUser] : [],
    mention_roles: options.mentionBot === 'role' ? [world.botRoleId] : [],
    attachments: [],
    embeds: [],
    components: [],
    pinned: false,
    type: 0,
    flags: 0,
  };
  fake.state.messages.set(id, message);
  fake.gateway.dispatch('MESSAGE_CREATE', message);
  return { id, channelId };
}
