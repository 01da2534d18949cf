/**
 * Rendering hostile article text (issue 13, items 3 and 7): Markdown in
 * quotes, titles and answers is shown, not obeyed; a "[2]" in article text
 * points nowhere; bidi overrides are dropped; long quotes are capped outside
 * the verified words; long text splits within the limits, never inside an
 * escape. Speed is the bench's business (npm run bench: "render 20,000-char quote").
 */
import { describe, expect, test } from 'vitest';
import { stripIsolates } from '../../src/core/text/bidi.js';
import type { Answer, Citation } from '../../src/core/types.js';
import { splitToFit } from '../../src/discord/render/chunks.js';
import { QUOTE_CHARS, renderCitation } from '../../src/discord/render/citations.js';
import { renderArticleCard } from '../../src/discord/digest.js';
import { renderAnswer } from '../../src/discord/render/render-answer.js';
import { answerText, articleText, capQuote, escapeMarkdown } from '../../src/discord/render/safe-text.js';
import { expectWithinDiscordLimits, readable, shownQuotes } from './payloads.js';

const PHISH = 'Passengers can [verify their tickets here](https://evil.example/phish) before boarding.';

function citation(n: number, quote: string, extra: Partial<Citation> = {}): Citation {
  return { n, articleId: `article-${n}`, articleTitle: `Article ${n}`, section: null, paragraph: n, quote, text: quote, translation: null, quoteTranslation: null, score: 0.5, url: null, ...extra };
}

function answer(fields: Partial<Answer>): Answer {
  return { question: 'What happened?', lang: 'en', answerable: true, mode: 'offline', answer: '', citations: [], ...fields };
}

/** No live Markdown: every link, emphasis, code, heading and list marker in the raw text is escaped. */
function expectInert(raw: string): void {
  const unescaped = raw.replace(/\\[^\p{L}\p{N}\s]/gu, '');
  expect(unescaped).not.toMatch(/\[[^\]]*\]\(https?:/u);
  expect(unescaped).not.toMatch(/\*\*|__|```|`|~~|\|\|/u);
  expect(unescaped).not.toMatch(/^[ \t]*(?:#{1,3} |-# |[-*+] |\d+\. )/mu);
}

describe('Markdown from articles is shown, not obeyed', () => {
  test('a masked link, bold, a code fence, a heading and a list in a quote and a title are escaped once', () => {
    const hostile = `${PHISH}\n# Breaking\n- item\n1. first\n**bold** \`code\` \`\`\`fence\`\`\` ~~gone~~ ||spoiler|| __under__`;
    const entry = renderCitation(citation(1, hostile.replace(/\n/gu, ' '), { articleTitle: '[Official](https://evil.example) **notice**' }), 'en');
    expectInert(entry.replace(/^\*\*\[1\]\*\* /u, ''));
    expect(readable(entry)).toContain('[verify their tickets here](https://evil.example/phish)');
    expectInert(escapeMarkdown(hostile));
    expect(escapeMarkdown(escapeMarkdown('*'))).toBe('\\\\\\*'); // escaping is done once: twice shows the backslash
  });

  test('the offline answer body is escaped too; its own [n] markers stay, a "[2]" carried from article text is dropped', () => {
    const body = answerText('Fares rise **today** [2]. The minister confirmed it [1].', new Set([1]));
    expectInert(body);
    expect(readable(body)).toBe('Fares rise **today**. The minister confirmed it [1].');
    const rendered = renderAnswer(answer({ answer: 'The minister confirmed it [1]. Tickets cost more [2]', citations: [citation(1, 'The minister confirmed it.'), citation(2, 'Unrelated.')], cites: [1] }), 'id');
    const description = readable(rendered[0]!.embeds[0]!.description!);
    expect(description.split('\n\n')[0]).toBe('The minister confirmed it [1]. Tickets cost more');
    expect(description).not.toMatch(/\*\*\[2\]\*\*/u); // source [2] is not cited: not shown
  });

  test('"[2]" inside a quote or a card key point is removed from the display', () => {
    expect(readable(articleText('The tickets are checked at the gate [2]. Then boarding [١٢] starts.'))).toBe('The tickets are checked at the gate. Then boarding starts.');
    const card = renderArticleCard({ articleId: 'a', title: '[Click](https://evil.example)', outlet: 'Desk', date: '2025-01-01', language: 'en', url: null, keyPoints: [PHISH, 'Gate closes [3].'], watchMatches: [] });
    const embed = card.embeds[0]!;
    expectInert(embed.title!);
    expectInert(embed.description!.replace(/^\d+\. /gmu, '')); // the card's own numbering aside
    expect(readable(embed.description!)).toContain('Gate closes.');
  });

  test('bidi overrides and isolates in article text are dropped; Marsad keeps its own', () => {
    const spoofed = 'Invoice \u202Egpj.exe\u202C from \u2066the bank\u2069 and «\u2067نص\u2069»';
    const shown = articleText(spoofed);
    expect(shown).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/u);
    const entry = renderCitation(citation(1, spoofed), 'en');
    expect(entry).not.toMatch(/[\u202A-\u202E]/u);
    expect(stripIsolates(entry)).not.toMatch(/[\u2066-\u2069]/u);
  });
});

describe('long text', () => {
  const arabicProse = Array.from({ length: 1_300 }, (_, index) => `كلمة${index % 10}`).join('، ');

  test('a 20,000-character quote is capped at a word, with an ellipsis after the exact words shown', () => {
    const quote = arabicProse.slice(0, 20_000);
    const { shown, capped } = capQuote(quote, QUOTE_CHARS.cited);
    expect(capped).toBe(true);
    expect(quote.startsWith(shown)).toBe(true);
    expect(shown.length).toBeLessThanOrEqual(QUOTE_CHARS.cited);
    const messages = renderAnswer(answer({ answer: 'A long quote [1].', citations: [citation(1, quote)], cites: [1] }), 'id');
    expect(messages).toHaveLength(1);
    expectWithinDiscordLimits(messages[0]!);
    const [displayed] = shownQuotes(messages[0]!);
    expect(quote.startsWith(displayed!)).toBe(true);
    expect(readable(messages[0]!.embeds[0]!.description!)).toContain(`${displayed} …”`);
  });

  test('an answer of 20,000 characters (commas only, then one 10,000-character token) splits within the limit, in order, never inside an escape', () => {
    const text = `${arabicProse.slice(0, 10_000)} ${'x*'.repeat(5_000)}`;
    const escaped = escapeMarkdown(text);
    const pieces = splitToFit(escaped, 4_096);
    expect(pieces.length).toBeGreaterThan(3);
    for (const piece of pieces) {
      expect(piece.length).toBeLessThanOrEqual(4_096);
      expect(/(?<!\\)(?:\\\\)*\\$/u.test(stripIsolates(piece))).toBe(false); // no piece ends on a lone escaping backslash
    }
    expect(pieces.map(stripIsolates).join('').replace(/\s+/gu, '')).toBe(escaped.replace(/\s+/gu, ''));
  });
});
