/**
 * /summary end to end: the real discord.js client against the fake Discord,
 * the real engine on knowledge/ (offline). Deferred reply, one edit (plus
 * follow-ups for the sources), Discord limits, verified quotes, the language
 * option and default, section scope, and a topic that is not covered.
 * Each point is checked against the paragraph its [n] names in the Sources
 * field (the published sentence, or its English rendering).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { summaryCommand, summaryLanguage } from '../../src/discord/commands/summary.js';
import { articleSuggestions } from '../../src/discord/commands/article-suggestions.js';
import { makeAsker, sendAutocomplete, sendSlashCommand } from '../fake-discord/events.js';
import { startHarness, type Harness } from '../discord/harness.js';
import { carriesMessage, expectWithinDiscordLimits, isCallback, isOriginalEdit, messageBody, readable, visibleText } from '../discord/payloads.js';
import { INTERVIEW_ID } from './fixtures.js';

let harness: Harness;

beforeAll(async () => {
  harness = await startHarness();
});
afterAll(() => harness?.stop());

/** The Sources field as [n] → paragraph ("**[2]** ¶ 3" / «**[2]** الفقرة 3»). */
function sourceParagraphs(body: Record<string, any>): Map<number, number> {
  const field = body.embeds.flatMap((embed: any) => embed.fields ?? []).find((candidate: any) => /^(?:Sources|المصادر)$/u.test(readable(candidate.name)));
  return new Map([...readable(field?.value ?? '').matchAll(/\*\*\[(\d+)\]\*\* (?:¶|الفقرة) (\d+)/gu)].map((match) => [Number(match[1]), Number(match[2])] as const));
}

/** Points as "text [n]" lines; each one's opening words are in the paragraph it cites (published or rendered). */
function expectPointsFromTheirParagraphs(body: Record<string, any>, english: boolean): number {
  const sources = sourceParagraphs(body);
  const article = harness.engine.readArticle(INTERVIEW_ID)!;
  const lines = readable(body.embeds[0].description).split('\n').filter((line) => /^\d+\. /u.test(line));
  for (const line of lines) {
    const [, text = '', n = ''] = /^\d+\. (.+?) \[(\d+)\]$/u.exec(line) ?? [];
    const paragraph = sources.get(Number(n));
    expect(paragraph, line).toBeDefined();
    const source = english ? article.paragraphs[paragraph! - 1]!.translation! : article.paragraphs[paragraph! - 1]!.text;
    const opening = text.replace(/["“”]/gu, '').slice(0, 40);
    expect(source.replace(/["“”]/gu, ''), line).toContain(opening);
  }
  return lines.length;
}

/** Sends /summary and returns the defer callback and every message body the bot sent for it, in order. */
async function summary(options: Record<string, string>) {
  const { fake } = harness;
  const since = fake.mark();
  const sent = sendSlashCommand(fake, 'summary', options, makeAsker());
  const callback = await fake.waitForRequest(isCallback(sent.id), { since });
  const edit = await fake.waitForRequest(isOriginalEdit(fake, sent.token), { since, timeoutMs: 20_000 });
  const requests = (await fake.waitForQuiet(since)).filter((request) => request.path.includes(sent.token));
  const bodies = requests.filter((request) => carriesMessage(request) && !request.path.endsWith('/callback')).map(messageBody);
  return { callback, edit: messageBody(edit), bodies, requests };
}

describe('/summary', () => {
  test('whole article, default language from the en-US locale: deferred, then one embed with cited points, English labels', async () => {
    const { callback, edit, bodies, requests } = await summary({});
    expect(callback.body.type).toBe(5);
    expect(requests[0]!.path).toMatch(/\/callback$/u); // deferred before anything else is sent
    expect(requests.filter((request) => request.method === 'PATCH')).toHaveLength(1);
    expect(bodies).toHaveLength(1);
    expect(edit.embeds).toHaveLength(1); // the common case: one embed
    const main = edit.embeds[0];
    expect(main.title.length).toBeGreaterThan(20);
    expect(main.title).not.toMatch(/[“"]/u); // written from the points, not a quote
    const pointLines = visibleText({ embeds: [{ description: main.description }] }).split('\n').filter((line: string) => /^\d+\. /u.test(line));
    expect(pointLines.length).toBeGreaterThanOrEqual(5);
    for (const line of pointLines) expect(line).toMatch(/^\d+\. [^\u0600-\u06FF]+ (\[\d+\])+$/u); // English points, each cited
    const fieldNames = main.fields.map((field: any) => field.name);
    expect(fieldNames).toEqual(expect.arrayContaining(['Key quotes', 'People', 'Countries', 'Organisations', 'Sources']));
    expect(visibleText(edit)).toMatch(/Putin \(¶ 11, 12, 13\)/u);
    expectWithinDiscordLimits(edit);
    expect(expectPointsFromTheirParagraphs(edit, true)).toBe(pointLines.length);
    // No sentence twice: a key quote is not also a point.
    const quotes = readable(main.fields[0].value).split('\n').map((line) => line.replace(/^> “|” — .*$/gu, '').slice(0, 40));
    for (const quote of quotes) expect(readable(main.description)).not.toContain(quote);
    expect(readable(main.footer.text)).toMatch(/Summarised offline/u);
  });

  test('topic:روسيا language:ar → the Russia section in Arabic, citing only its paragraphs, every line right to left', async () => {
    const { edit } = await summary({ topic: 'روسيا', language: 'ar' });
    const main = edit.embeds[0];
    expect(readable(main.title)).toMatch(/^العلاقات مع روسيا: /u);
    expect(main.fields.map((field: any) => readable(field.name))).toContain('اقتباسات رئيسية');
    const paragraphs = [...sourceParagraphs(edit).values()];
    expect(paragraphs.length).toBeGreaterThanOrEqual(3);
    expect(paragraphs.every((number) => number >= 10 && number <= 13)).toBe(true);
    expect(expectPointsFromTheirParagraphs(edit, false)).toBeGreaterThanOrEqual(3);
    for (const line of [main.title, ...main.description.split('\n'), main.footer.text]) expect(line).toMatch(/^\u2067.*\u2069$/u);
    expect(readable(main.footer.text)).toMatch(/لُخّص دون اتصال/u);
  });

  test('a topic the articles do not cover gets a plain "not covered" reply', async () => {
    const { edit } = await summary({ topic: 'football world cup', language: 'en' });
    expect(edit.content).toMatch(/do not cover “football world cup”/u);
    expect(edit.embeds).toEqual([]);
  });
});

test('language: the option, else an Arabic or English locale, else Arabic', () => {
  expect(summaryLanguage('en', null, 'ar')).toBe('en');
  expect(summaryLanguage(null, null, 'ar')).toBe('ar');
  expect(summaryLanguage(null, null, 'en-GB')).toBe('en');
  // The topic's own language comes before the locale; with neither, the article's language decides (undefined).
  expect(summaryLanguage(null, 'روسيا', 'en-GB')).toBe('ar');
  expect(summaryLanguage(null, null, 'fr')).toBeUndefined();
  expect(summaryLanguage(null, null, undefined)).toBeUndefined();
});

describe('the article option suggests indexed articles as the user types (autocomplete)', () => {
  async function suggestions(typed: string) {
    const { fake } = harness;
    const since = fake.mark();
    const sent = sendAutocomplete(fake, 'summary', { name: 'article', value: typed }, makeAsker());
    const callback = await fake.waitForRequest(isCallback(sent.id), { since });
    expect(callback.body.type).toBe(8); // APPLICATION_COMMAND_AUTOCOMPLETE_RESULT
    return callback.body.data.choices as { name: string; value: string }[];
  }

  test('is declared as autocomplete, without fixed choices', () => {
    const article = summaryCommand.data.toJSON().options!.find((option) => option.name === 'article') as { autocomplete?: boolean; choices?: unknown[] };
    expect(article.autocomplete).toBe(true);
    expect(article.choices).toBeUndefined();
  });

  test('nothing typed: the indexed articles; typed words in Arabic or English narrow them; no match: none', async () => {
    expect((await suggestions('')).map((choice) => choice.value)).toContain(INTERVIEW_ID);
    const [english] = await suggestions('kazakhstan foreign');
    expect(english).toMatchObject({ value: INTERVIEW_ID, name: "2025-01-03 · Tokayev Discusses the Dynamics of Kazakhstan's Foreign Policy" });
    expect((await suggestions('كازاخستان')).map((choice) => choice.value)).toEqual([INTERVIEW_ID]);
    expect(await suggestions('no such article anywhere')).toEqual([]);
  });

  test('an autocomplete request the bot cannot serve is still answered, with no suggestions', async () => {
    const { fake } = harness;
    const since = fake.mark();
    const sent = sendAutocomplete(fake, 'ask', { name: 'question', value: 'Put' }, makeAsker());
    const callback = await fake.waitForRequest(isCallback(sent.id), { since });
    expect(callback.body).toEqual({ type: 8, data: { choices: [] } });
  });
});

describe('articleSuggestions', () => {
  const listing = (id: string, date: string, title: string, titleTranslation: string | null = null) =>
    ({ id, date, title, titleTranslation, outlet: 'العدالة اليوم', language: 'ar' as const, paragraphs: 3, hasTranslation: titleTranslation !== null, url: null });

  test('newest first, at most 25, names and values within 100 characters', () => {
    const archive = Array.from({ length: 60 }, (_, index) => listing(`article-${index}`, `2025-02-${String((index % 28) + 1).padStart(2, '0')}`, `تقرير ${index} `.repeat(20)));
    const choices = articleSuggestions(archive, '', 'ar');
    expect(choices).toHaveLength(25);
    expect(choices[0]!.name.startsWith('2025-02-28')).toBe(true);
    for (const choice of choices) {
      expect(choice.name.length).toBeLessThanOrEqual(100);
      expect(choice.value.length).toBeLessThanOrEqual(100);
    }
  });

  test('matches normalised text: diacritics, alef forms and case do not matter; every typed word must match', () => {
    const archive = [listing('a', '2025-01-03', '“توكاييف” يناقش السياسة الخارجية', 'Tokayev Discusses Foreign Policy'), listing('b', '2025-01-04', 'الإمارات والصين')];
    expect(articleSuggestions(archive, 'تُوكاييف', 'en').map((choice) => choice.value)).toEqual(['a']);
    expect(articleSuggestions(archive, 'الامارات', 'en').map((choice) => choice.value)).toEqual(['b']);
    expect(articleSuggestions(archive, 'TOKAYEV policy', 'en').map((choice) => choice.value)).toEqual(['a']);
    expect(articleSuggestions(archive, 'tokayev china', 'en')).toEqual([]);
    // titled in the user's language
    expect(articleSuggestions(archive, 'tokayev', 'en')[0]!.name).toBe('2025-01-03 · Tokayev Discusses Foreign Policy');
    expect(articleSuggestions(archive, 'tokayev', 'ar')[0]!.name).toBe('2025-01-03 · “توكاييف” يناقش السياسة الخارجية');
  });
});
