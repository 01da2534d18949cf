/**
 * Limits and safety, end to end: a long answer split into messages within
 * every Discord limit (quotes never cut), a quoted "@everyone" that pings
 * nobody, and the per-user rate limit (RATE_LIMIT_PER_MINUTE=2 here).
 * The knowledge is the real knowledge/ plus one article quoting "@everyone".
 */
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { MarsadEngine } from '../../src/core/engine-types.js';
import { makeUser } from '../fake-discord/fixtures.js';
import { makeAsker, sendChannelMessage, sendSlashCommand } from '../fake-discord/events.js';
import { delegateTo } from './engine-wrappers.js';
import { KNOWLEDGE_DIR, startHarness, type Harness } from './harness.js';
import {
  customIds, expectVerifiedQuotes, expectWithinDiscordLimits, isCallback, isChannelMessage, isFollowUp, isOriginalEdit, messageBody, readable, shownSources, visibleText,
} from './payloads.js';

const LONG_QUESTION = 'What did Tokayev say about Russia, China, the United States and the United Nations?';
const BRIEFING_QUESTION = 'When does the Astana briefing move?';
const MENTIONING_ARTICLE = `---
id: newsroom-notice-2025-02-01
title: Newsroom notice on the Astana briefing
outlet: Marsad test desk
date: 2025-02-01
language: en
---

The press officer wrote to the channel: "@everyone and @here, the Astana briefing moves to Thursday." Reporters were asked to confirm.
`;

let harness: Harness;
let knowledgeDir: string;

/**
 * For LONG_QUESTION the real engine is asked for 30 sources and its answer is
 * lengthened to one paragraph per source, as a long model answer would be.
 */
const lengthenedAnswers = (engine: MarsadEngine): MarsadEngine =>
  delegateTo(engine, {
    ask: async (question, options) => {
      if (question !== LONG_QUESTION) return engine.ask(question, options);
      const answer = await engine.ask(question, { ...options, k: 30 });
      const paragraphs = answer.citations.map((citation) => `${citation.translation ?? citation.text} [${citation.n}]`);
      return { ...answer, answer: paragraphs.join('\n\n'), cites: answer.citations.map((citation) => citation.n) };
    },
  });

beforeAll(async () => {
  knowledgeDir = await mkdtemp(path.join(tmpdir(), 'marsad-knowledge-'));
  await cp(KNOWLEDGE_DIR, knowledgeDir, { recursive: true });
  await writeFile(path.join(knowledgeDir, 'newsroom-notice-2025-02-01.md'), MENTIONING_ARTICLE);
  harness = await startHarness({ wrapEngine: lengthenedAnswers, environment: () => ({ MARSAD_KNOWLEDGE_DIR: knowledgeDir, RATE_LIMIT_PER_MINUTE: '2' }) });
});
afterAll(async () => {
  await harness?.stop();
  await rm(knowledgeDir, { recursive: true, force: true });
});

describe('a long answer', () => {
  test('is one edit plus follow-ups, each within every limit, paragraphs and quotes whole, buttons last', async () => {
    const { fake } = harness;
    const since = fake.mark();
    const sent = sendSlashCommand(fake, 'ask', { question: LONG_QUESTION }, makeAsker());
    // The buttons ride on the last message: once it arrives, the answer is complete.
    await fake.waitForRequest((request) => request.path.includes(sent.token) && customIds(messageBody(request)).length > 0, { since });
    const requests = (await fake.waitForQuiet(since)).filter((request) => request.path.includes(sent.token));
    const [callback, edit, ...followUps] = requests;
    expect(callback!.path).toMatch(/\/callback$/u);
    expect(isOriginalEdit(fake, sent.token)(edit!)).toBe(true);
    // Thirty cited paragraphs do not fit one message (6,000 characters): the rest follows.
    expect(followUps.length).toBeGreaterThanOrEqual(1);
    expect(followUps.every(isFollowUp(fake, sent.token))).toBe(true);

    const bodies = [edit!, ...followUps].map(messageBody);
    for (const body of bodies) {
      expectWithinDiscordLimits(body);
      expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    }
    expect(bodies.map((body) => customIds(body).length > 0)).toEqual(bodies.map((_, index) => index === bodies.length - 1));

    const answer = (await harness.engine.ask(LONG_QUESTION)).answer;
    const descriptions = bodies.flatMap((body) => body.embeds.map((embed: any) => readable(embed.description ?? '')));
    for (const paragraph of answer.split('\n\n')) expect(descriptions.some((description) => description.includes(paragraph))).toBe(true);
    const quoted = bodies.reduce((count, body) => count + expectVerifiedQuotes(body, harness.engine), 0);
    expect(quoted).toBeGreaterThanOrEqual(20);
    expect(bodies.flatMap(shownSources).map((source) => source.n)).toEqual(Array.from({ length: quoted }, (_, index) => index + 1));
  });

  test('in a thread: several channel messages, each within every limit', async () => {
    const { fake } = harness;
    const since = fake.mark();
    const question = sendChannelMessage(fake, LONG_QUESTION, makeUser('thread-reader'), { mentionBot: 'user' });
    await fake.waitForRequest((request) => isChannelMessage(question.id)(request) && customIds(request.body).length > 0, { since });
    const messages = (await fake.waitForQuiet(since)).filter(isChannelMessage(question.id));
    expect(messages.length).toBeGreaterThanOrEqual(2);
    for (const message of messages) expectWithinDiscordLimits(message.body);
  });
});

describe('a quoted "@everyone"', () => {
  test('in an /ask answer: shown, visibly broken, and no mention allowed', async () => {
    const { fake } = harness;
    const sent = sendSlashCommand(fake, 'ask', { question: BRIEFING_QUESTION }, makeAsker());
    const body = messageBody(await fake.waitForRequest(isOriginalEdit(fake, sent.token)));
    const raw = JSON.stringify(body.embeds);
    expect(raw).toContain('@\u200Beveryone');
    expect(raw).toContain('@\u200Bhere');
    expect(raw).not.toMatch(/@(everyone|here)/u);
    expect(visibleText(body)).toContain('"@everyone and @here, the Astana briefing moves to Thursday."');
    expect(body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(expectVerifiedQuotes(body, harness.engine)).toBeGreaterThanOrEqual(1);
  });

  test('in a thread answer: the same', async () => {
    const { fake } = harness;
    const since = fake.mark();
    const question = sendChannelMessage(fake, BRIEFING_QUESTION, makeUser('thread-reader-2'), { mentionBot: 'user' });
    const answer = await fake.waitForRequest(isChannelMessage(question.id), { since });
    expect(JSON.stringify(answer.body)).toContain('@\u200Beveryone');
    expect(JSON.stringify(answer.body)).not.toMatch(/@(everyone|here)/u);
    expect(answer.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
  });
});

describe('the rate limit', () => {
  test('the third question within a minute is refused politely and privately; other users are unaffected', async () => {
    const { fake } = harness;
    const hurried = makeAsker('hurried');
    for (const question of ['What did Tokayev say about China?', 'What did Tokayev say about Russia?']) {
      const sent = sendSlashCommand(fake, 'ask', { question }, hurried);
      expect((await fake.waitForRequest(isCallback(sent.id))).body.type).toBe(5);
    }
    const since = fake.mark();
    const third = sendSlashCommand(fake, 'ask', { question: 'What did Tokayev say about the United Nations?' }, hurried);
    const refusal = await fake.waitForRequest(isCallback(third.id), { since });
    expect(refusal.body).toMatchObject({ type: 4, data: { flags: 64 } });
    expect(refusal.body.data.content).toMatch(/^You are asking quickly: please wait \d+ s before your next question \(limit: 2 a minute\)\.$/u);

    const mention = sendChannelMessage(fake, 'ماذا قال توكاييف عن الصين؟', hurried.user, { mentionBot: 'user' });
    const reply = await fake.waitForRequest(isChannelMessage(mention.channelId), { since });
    expect(reply.body.content).toMatch(/^أنت تسأل بسرعة/u);

    const other = sendSlashCommand(fake, 'ask', { question: 'What did Tokayev say about the United Nations?' }, makeAsker('patient'));
    expect((await fake.waitForRequest(isCallback(other.id), { since })).body.type).toBe(5);
  });
});
