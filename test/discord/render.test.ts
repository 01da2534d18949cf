/**
 * The pure pieces under the bot: bidi isolates, splitting, rendering within
 * Discord's limits, mention neutralising, input checks, the rate limiter and
 * button ids. Real article text from knowledge/ is used wherever text matters.
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { createEngine } from '../../src/core/engine.js';
import { stripIsolates } from '../../src/core/text/bidi.js';
import type { Answer, Article, Citation } from '../../src/core/types.js';
import { checkQuestion } from '../../src/discord/answering/question-input.js';
import { RateLimiter } from '../../src/discord/answering/rate-limiter.js';
import { restApiBase } from '../../src/discord/client-options.js';
import { buttonId, parseButtonId } from '../../src/discord/render/buttons.js';
import { splitToFit } from '../../src/discord/render/chunks.js';
import { renderAnswer } from '../../src/discord/render/render-answer.js';
import { neutralizeMentions } from '../../src/discord/render/safe-text.js';
import { isMarsadError } from '../../src/errors.js';
import { KNOWLEDGE_DIR } from './harness.js';
import { customIds, expectWithinDiscordLimits, shownQuotes } from './payloads.js';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

const PDI = '\u2069';

let dataDir: string;
let article: Article;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'marsad-render-'));
  const engine = await createEngine(loadConfig({ MARSAD_KNOWLEDGE_DIR: KNOWLEDGE_DIR, MARSAD_DATA_DIR: dataDir }), { generative: null });
  article = engine.readArticle(engine.articles()[0]!.meta.id)!;
});
afterAll(() => rm(dataDir, { recursive: true, force: true }));

function citationOf(n: number, paragraphIndex: number): Citation {
  const paragraph = article.paragraphs[paragraphIndex]!;
  return {
    n, articleId: article.meta.id, articleTitle: article.meta.title, section: paragraph.section, paragraph: paragraph.number,
    quote: paragraph.text, text: paragraph.text, translation: paragraph.translation, quoteTranslation: paragraph.translation, score: 0.5, url: null,
  };
}

describe('splitting and rendering within limits', () => {
  test('splits at paragraph boundaries first, and never inside a sentence when sentences fit', async () => {
    const paragraphs = article.paragraphs.map((paragraph) => paragraph.text);
    const chunks = splitToFit(paragraphs.join('\n\n'), 1_000);
    for (const chunk of chunks) expect(chunk.length).toBeLessThanOrEqual(1_000);
    const rejoined = chunks.map(stripIsolates).join('\n\n');
    for (const paragraph of paragraphs.filter((text) => text.length < 1_000)) expect(rejoined).toContain(paragraph);
    for (const chunk of chunks) expect(chunk.split(/[\u2066-\u2068]/u).length).toBe(chunk.split(PDI).length);
  });

  test('a long answer citing every paragraph renders within every Discord limit, every quote an exact (capped) excerpt', async () => {
    const citations = article.paragraphs.map((_, index) => citationOf(index + 1, index));
    const answer: Answer = {
      question: 'Everything Tokayev said?', lang: 'en', answerable: true, mode: 'offline',
      answer: citations.map((citation) => `${citation.translation} [${citation.n}]`).join('\n\n'),
      citations, moreCitations: citations.slice(0, 2),
    };
    const messages = renderAnswer(answer, 'answer-id');
    expect(messages.length).toBeGreaterThan(1);
    const quotes: string[] = [];
    for (const [index, message] of messages.entries()) {
      expectWithinDiscordLimits(message);
      expect(message.components.length > 0).toBe(index === messages.length - 1);
      quotes.push(...shownQuotes(message));
    }
    expect(quotes).toHaveLength(citations.length);
    quotes.forEach((quote, index) => expect(citations[index]!.quote.replace(/\s+/gu, ' ')).toContain(quote));
    // Every retrieved excerpt is cited and shown: nothing is left behind "More excerpts".
    expect(customIds(messages.at(-1)!)).toEqual(['ask:vote:up:answer-id', 'ask:vote:down:answer-id']);
  });
});

describe('inputs and safety', () => {
  test('mentions are broken visibly', () => {
    expect(neutralizeMentions('hi @everyone and @here <@123456789012345678>')).toBe('hi @\u200Beveryone and @\u200Bhere <@\u200B123456789012345678>');
  });

  test('questions: mentions stripped; empty, too long and emoji-only refused in both languages', () => {
    expect(checkQuestion('<@123456789012345678> ماذا عن الصين؟')).toEqual({ text: 'ماذا عن الصين؟', language: 'ar' });
    for (const bad of ['   ', 'x'.repeat(501), '<@123456789012345678> 👍🏽 🎉', '@everyone']) {
      try {
        checkQuestion(bad);
        expect.unreachable(bad);
      } catch (error) {
        expect(isMarsadError(error) && error.code).toBe('invalid_input');
        expect(isMarsadError(error) && error.localizedMessage('ar')).not.toBe(isMarsadError(error) && error.message);
      }
    }
  });

  test('the rate limiter is a sliding window per user', () => {
    let now = 0;
    const limiter = new RateLimiter(2, () => now);
    limiter.take('a');
    limiter.take('a');
    limiter.take('b');
    expect(() => limiter.take('a')).toThrow(/wait 60 s/u);
    now = 59_999;
    expect(() => limiter.take('a')).toThrow(/wait 1 s/u);
    now = 60_000;
    expect(() => limiter.take('a')).not.toThrow();
  });

  test('button ids round-trip and fit in 100 characters; REST base accepts both spellings', () => {
    for (const button of [{ action: 'more', answerId: 'abcdefghijkl', offset: 3 }, { action: 'vote', answerId: 'abcdefghijkl', vote: 'down' }] as const) {
      expect(buttonId(button).length).toBeLessThanOrEqual(100);
      expect(parseButtonId(buttonId(button))).toEqual(button);
    }
    expect(parseButtonId('summary:page:2')).toBeNull();
    expect(restApiBase('http://127.0.0.1:8080')).toBe('http://127.0.0.1:8080/api');
    expect(restApiBase('http://127.0.0.1:8080/api/')).toBe('http://127.0.0.1:8080/api');
    expect(restApiBase('http://127.0.0.1:8080/api/v10')).toBe('http://127.0.0.1:8080/api');
  });
});
