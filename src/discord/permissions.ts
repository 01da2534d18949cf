/**
 * Who may run admin commands. `default_member_permissions` only hides a
 * command in the client, and server admins can override it per channel or
 * role, so the rule is checked again here, server-side, on every run:
 * Manage Server, and one of ADMIN_ROLE_IDS when that list is set.
 */
import { GuildMember, PermissionFlagsBits, type ChatInputCommandInteraction } from 'discord.js';

function memberRoleIds(interaction: ChatInputCommandInteraction): string[] {
  const member = interaction.member;
  if (!member) return [];
  // A cached guild gives a GuildMember; an uncached one the raw API member with role ids.
  return member instanceof GuildMember ? [...member.roles.cache.keys()] : member.roles;
}

export function isAdmin(interaction: ChatInputCommandInteraction, adminRoleIds: readonly string[]): boolean {
  if (!interaction.inGuild()) return false;
  if (!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild)) return false;
  if (adminRoleIds.length === 0) return true;
  const roles = memberRoleIds(interaction);
  return adminRoleIds.some((roleId) => roles.includes(roleId));
}
