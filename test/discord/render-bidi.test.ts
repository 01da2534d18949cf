/**
 * The direction rule (src/core/text/bidi.ts) checked with the Unicode
 * Bidirectional Algorithm itself (bidi-js), with Discord's left-to-right
 * base: Arabic lines read from the right as one unit, English lines from the
 * left with their Arabic runs whole, for the lines the renderers really make.
 */
import { describe, expect, test } from 'vitest';
import { directLine, directText, stripIsolates } from '../../src/core/text/bidi.js';
import type { Citation } from '../../src/core/types.js';
import { citationHeader, renderAnswer as renderTerminalAnswer } from '../../src/cli/render-answer.js';
import { labelsFor } from '../../src/discord/render/labels.js';
import { renderCitation } from '../../src/discord/render/citations.js';
import { renderHelp } from '../../src/discord/commands/help.js';
import { logicalWords, readingOrder, visualText } from './bidi-order.js';

const ARABIC = /[\u0600-\u06FF]/u;

/** Markdown as Discord consumes it: escapes, bold markers and quote bars are not read. */
const shown = (line: string) => line.replace(/\u00A0/gu, ' ').replace(/\\([^\p{L}\p{N}\s])/gu, '$1').replace(/\*\*/gu, '').replace(/^> /u, '').replace(/\[([^\]]*)\]\(https?:[^)\s]+\)/gu, '$1');

function expectReads(line: string, direction: 'rtl' | 'ltr'): void {
  const text = shown(line);
  expect(readingOrder(text, direction), JSON.stringify(stripIsolates(text))).toEqual(logicalWords(text));
}

const citation: Citation = {
  n: 1,
  articleId: 'tokayev',
  articleTitle: '“توكاييف” يناقش ديناميكيات السياسة الخارجية لـ“كازاخستان”',
  articleTitleTranslation: "Tokayev Discusses the Dynamics of Kazakhstan's Foreign Policy",
  section: 'العلاقات مع روسيا',
  sectionTranslation: 'Relations with Russia',
  paragraph: 24,
  quote: 'وقال توكاييف إن الحوار مع روسيا سيستمر في عام 2025.',
  text: 'وقال توكاييف إن الحوار مع روسيا سيستمر في عام 2025.',
  translation: 'Tokayev said the dialogue with Russia will continue in 2025.',
  quoteTranslation: 'Tokayev said the dialogue with Russia will continue in 2025.',
  score: 0.8,
  url: 'https://example.org/interview?utm_source=rss',
};

describe('the Unicode Bidirectional Algorithm on rendered lines', () => {
  test('an Arabic source header reads from the right: [1], title, section, «الفقرة 24» in that order', () => {
    const [header, quote] = renderCitation(citation, 'ar').split('\n') as [string, string];
    expectReads(header, 'rtl');
    expectReads(quote, 'rtl');
    // On screen (left to right): the number left of «الفقرة» (letters appear reversed in this dump), [1] at the right end.
    expect(visualText(shown(header))).toMatch(/^24 ةرقفلا · /u);
    expect(visualText(shown(header)).endsWith('[1]')).toBe(true);
  });

  test('the same header without the rule is what users saw: [1] at the left, ¶ 24 out of order', () => {
    const unruled = shown(stripIsolates('**[1]** “توكاييف” يناقش ديناميكيات السياسة الخارجية · العلاقات مع روسيا · الفقرة 24'));
    expect(readingOrder(unruled, 'rtl')).not.toEqual(logicalWords(unruled));
  });

  test('an Arabic sentence keeps its full stop at its end (the left), in footers and notices too', () => {
    const line = directLine(labelsFor('ar').noMoreExcerpts, 'rtl');
    expectReads(line, 'rtl');
    expect(visualText(line).startsWith('.')).toBe(true);
    expect(visualText(stripIsolates(line)).startsWith('.')).toBe(false); // left to right on its own, the stop showed first
  });

  test('an English header reads from the left; an Arabic title in it stays whole, and "¶ 24" stays at the end', () => {
    const english = { ...citation, articleTitleTranslation: null, sectionTranslation: null };
    const header = renderCitation(english, 'en').split('\n')[0]!;
    expectReads(header, 'ltr');
    expect(visualText(shown(header)).endsWith('¶ 24')).toBe(true);
  });

  test('an Arabic title linked in an English header stays a Markdown link: its isolate inside the brackets, "](" unbroken', () => {
    const english = { ...citation, articleTitleTranslation: null, sectionTranslation: null };
    const header = renderCitation(english, 'en').split('\n')[0]!;
    expect(header).toMatch(/\[\u2067[^\]]*\u2069\]\(https:\/\/example\.org\/interview\)/u);
    expectReads(header, 'ltr');
    // …and an English title and section in an Arabic header, the same way round.
    const englishSource = { ...citation, articleTitle: 'Dock workers strike over unpaid wages', section: "The government's position", articleTitleTranslation: null, sectionTranslation: null };
    expect(renderCitation(englishSource, 'ar').split('\n')[0]).toMatch(/\[\u2066Dock workers strike over unpaid wages\u2069\]\(https:/u);
  });

  test('terminal: "Relations with Russia (العلاقات مع روسيا) · ¶ 11" keeps ") · ¶ 11" after the Arabic run', () => {
    const line = directLine('[3] Relations with Russia (العلاقات مع روسيا) · ¶ 11', 'ltr');
    expectReads(line, 'ltr');
    expect(visualText(line)).toMatch(/\) · ¶ 11$/u);
    const header = citationHeader({ ...citation, articleTitleTranslation: null }, 'en');
    expectReads(header, 'ltr');
  });

  test('Arabic lines with commands, names and dates: "/ask" keeps its slash in front, 2025-02-10 reads as written', () => {
    const line = directLine('• /ask: اكتب سؤالك، وأشِر إلى @Marsad بتاريخ 2025-02-10 في الساعة 12:30.', 'rtl');
    expectReads(line, 'rtl');
    const screen = visualText(line);
    expect(screen).toContain('/ask');
    expect(screen).toContain('@Marsad');
    expect(screen).toContain('2025-02-10');
    expect(screen).toContain('12:30');
  });

  test('every line of the Arabic and English /help reads in its own direction', () => {
    for (const language of ['ar', 'en'] as const) {
      const [embed] = renderHelp(language, 60)[0]!.embeds;
      for (const line of embed!.description!.split('\n').filter((text) => text.trim())) {
        expectReads(line, ARABIC.test(line) && /[\u2067]/u.test(line) ? 'rtl' : 'ltr');
      }
    }
  });

  test('the terminal answer: each line one direction, Arabic lines read from the right', () => {
    const answer = renderTerminalAnswer({
      question: 'ماذا قال توكاييف عن روسيا؟', lang: 'ar', answerable: true, mode: 'offline',
      answer: 'وقال توكاييف إن الحوار مع روسيا سيستمر في عام 2025. [1]', citations: [citation], cites: [1],
    });
    for (const line of answer.split('\n').filter((text) => text.trim())) expectReads(line.trim(), ARABIC.test(line) ? 'rtl' : 'ltr');
  });

  test('idempotent, and isolates never leak outside a line', () => {
    const text = 'English only [1].\nالسطر الثاني and English\n> “اقتباس عربي” [2]';
    const once = directText(text);
    expect(directText(once)).toBe(once);
    expect(stripIsolates(once)).toBe(text);
    for (const line of once.split('\n')) expect(line.split(/[\u2066-\u2068]/u).length).toBe(line.split('\u2069').length);
  });
});
