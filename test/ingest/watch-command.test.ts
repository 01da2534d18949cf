/**
 * /watch add|remove|list run directly on a stand-in interaction, for the
 * file format and the per-channel rules (the same flow through the fake
 * Discord is in discord.test.ts). Plus the digest's rendering within Discord limits.
 */
import { afterAll, describe, expect, it } from 'vitest';
import type { ChatInputCommandInteraction } from 'discord.js';
import { watchCommand } from '../../src/discord/commands/watch.js';
import type { BotContext } from '../../src/discord/context.js';
import { renderArticleCard, renderDigest } from '../../src/discord/digest.js';
import { readWatchWords } from '../../src/ingest/watch-words.js';
import { silentLogger } from '../../src/logger.js';
import { createWorkspace, removeWorkspaces } from './helpers.js';

afterAll(() => removeWorkspaces());

function interaction(channelId: string, subcommand: string, word?: string) {
  const replies: string[] = [];
  const stub = {
    channelId,
    user: { id: '42' },
    replied: false,
    deferred: false,
    options: { getSubcommand: () => subcommand, getString: () => word ?? null },
    reply: async (payload: { content: string; flags: number }) => {
      expect(payload.flags).toBe(64);
      replies.push(payload.content);
    },
  };
  return { stub: stub as unknown as ChatInputCommandInteraction, replies };
}

describe('/watch', () => {
  it('adds, lists and removes words per channel in data/watch-words.json', async () => {
    const workspace = await createWorkspace('watch-command', { withInterview: false });
    const context = { config: workspace.config, logger: silentLogger } as unknown as BotContext;
    const run = async (channelId: string, subcommand: string, word?: string) => {
      const { stub, replies } = interaction(channelId, subcommand, word);
      await watchCommand.execute(stub, context);
      return replies.join('\n').replace(/[\u2066-\u2069]/g, '');
    };
    // The reply is in the word's language (an Arabic word, an Arabic reply), else the user's locale.
    expect(await run('100', 'add', 'روسيا')).toMatch(/^تُراقَب الآن «روسيا» هنا\.\nكلمات المراقبة في هذه القناة \(1\):\n• روسيا$/);
    expect(await run('100', 'add', 'Caspian Sea')).toContain('(2):\n• روسيا\n• Caspian Sea');
    expect(await run('100', 'add', 'caspian  sea')).toMatch(/is already watched here/);
    expect(await run('200', 'list')).toMatch(/^This channel watches no words/);
    expect(readWatchWords(workspace.dataDir).channels).toEqual({ 100: ['روسيا', 'Caspian Sea'] });
    expect(await run('100', 'remove', 'روسيا')).toMatch(/^أُوقفت مراقبة «روسيا»/);
    expect(await run('100', 'list')).toContain('(1):\n• Caspian Sea');
  });
});

describe('digest rendering', () => {
  it('links each article and stays within Discord limits for a long day', () => {
    const entries = Array.from({ length: 120 }, (_, index) => ({ articleId: `a-${index}`, title: `مقالة رقم ${index} عن بحر قزوين`, outlet: 'صوت السهوب', date: '2025-03-16', url: `https://sawt-alsuhub.example/${index}`, addedAt: '2025-03-16T07:00:00Z' }));
    const messages = renderDigest({ day: '2025-03-16', entries });
    const embeds = messages.flatMap((message) => message.embeds);
    expect(embeds[0]!.title).toBe('Daily digest · الموجز اليومي — 2025-03-16 (120)');
    expect(embeds.every((embed) => embed.description!.length <= 4096)).toBe(true);
    expect(messages.every((message) => message.embeds.length <= 10)).toBe(true);
    expect(embeds.map((embed) => embed.description).join('\n')).toContain('(https://sawt-alsuhub.example/119)');
  });

  it('flags the card posted to a channel watching one of its words', () => {
    const card = { articleId: 'x', title: 'Title', outlet: 'Outlet', date: '2025-03-16', language: 'en' as const, url: null, keyPoints: ['One.', 'Two.'], watchMatches: [{ channelId: '100', words: ['Caspian'] }] };
    const [embed] = renderArticleCard(card, ['Caspian']).embeds;
    expect(embed!.footer!.text).toBe('Watched here · مراقَبة هنا: Caspian');
    expect(embed!.description).toBe('1. One.\n2. Two.');
    expect(embed!.url).toBeUndefined();
  });
});
