/**
 * Who may run admin commands. `default_member_permissions` only hides a
 * command in the client, and server admins can override it per channel or
 * role, so the rule is checked again here, server-side, on every run: the
 * server is one of the admin servers (ADMIN_GUILD_IDS, else DISCORD_GUILD_ID:
 * Manage Server in any other server the bot was added to counts for nothing),
 * the member has Manage Server there, and one of ADMIN_ROLE_IDS when that
 * list is set.
 */
import { GuildMember, InteractionContextType, PermissionFlagsBits, SlashCommandBuilder, type ChatInputCommandInteraction } from 'discord.js';
import { MarsadError } from '../errors.js';
import type { BotContext } from './context.js';
import { replyWithFailure } from './interaction-replies.js';

function memberRoleIds(interaction: ChatInputCommandInteraction): string[] {
  const member = interaction.member;
  if (!member) return [];
  // A cached guild gives a GuildMember; an uncached one the raw API member with role ids.
  return member instanceof GuildMember ? [...member.roles.cache.keys()] : member.roles;
}

export interface AdminRules {
  adminRoleIds: readonly string[];
  adminGuildIds: readonly string[];
}

/** Why an interaction may not run an admin command (for the log), or null when it may. */
export function adminRefusal(interaction: ChatInputCommandInteraction, rules: AdminRules): string | null {
  if (!interaction.inGuild()) return 'not in a server';
  if (rules.adminGuildIds.length === 0) return 'no admin server configured (set DISCORD_GUILD_ID or ADMIN_GUILD_IDS)';
  if (!rules.adminGuildIds.includes(interaction.guildId)) return 'not an admin server';
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return 'no Manage Server permission';
  if (rules.adminRoleIds.length === 0) return null;
  const roles = memberRoleIds(interaction);
  return rules.adminRoleIds.some((roleId) => roles.includes(roleId)) ? null : 'no admin role';
}

/** An admin command's definition: hidden from members without Manage Server, offered in servers only. */
export function adminCommand(name: string, description: string): SlashCommandBuilder {
  return new SlashCommandBuilder().setName(name).setDescription(description).setDefaultMemberPermissions(PermissionFlagsBits.ManageGuild).setContexts(InteractionContextType.Guild);
}

/**
 * Checks the admin rule for a command; when it refuses, logs why (never to the
 * member) and replies privately that only admins may `action`. True when refused.
 */
export async function refusedAsNonAdmin(interaction: ChatInputCommandInteraction, context: BotContext, command: string, action: { en: string; ar: string }): Promise<boolean> {
  const refusal = adminRefusal(interaction, context.config.discord);
  if (!refusal) return false;
  context.logger.warn({ event: `${command}_refused`, reason: refusal, userId: interaction.user.id, guildId: interaction.guildId }, `${command} refused: ${refusal}`);
  const forbidden = new MarsadError('forbidden', `Only server admins can ${action.en} (Manage Server, and an admin role when one is configured).`, {
    messageAr: `${action.ar} للمشرفين فقط (صلاحية إدارة الخادم، ودور مشرف إن كان محددًا).`,
  });
  await replyWithFailure(interaction, forbidden, 'both', context);
  return true;
}
