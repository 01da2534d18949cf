/**
 * Latin runs in Arabic lines (and Arabic runs in English lines) laid out by the
 * Unicode Bidirectional Algorithm (bidi-js) with Discord's left-to-right base:
 * what a run's text holds (its quotation's full stop and closing mark, the
 * digits glued to it, an abbreviation's dot) is drawn with it; the Arabic
 * sentence's own full stop, «…» and «؟» after a Latin name are drawn where
 * right-to-left text ends, at the line's left. `visualText` is the line as
 * shown from left to right (Arabic letters appear reversed in it).
 */
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { renderAnswer as renderTerminalAnswer } from '../../src/cli/render-answer.js';
import type { Engine } from '../../src/core/engine.js';
import { summarizeWithEngine } from '../../src/core/summary/index.js';
import { directLine } from '../../src/core/text/bidi.js';
import { renderSummary } from '../../src/discord/commands/summary.js';
import { renderAnswer } from '../../src/discord/render/render-answer.js';
import { engineOverFixtures, removeTemporaryDirectories } from '../core/helpers.js';
import { visualText } from './bidi-order.js';

const shownArabic = (line: string) => visualText(directLine(line, 'rtl'));
/** A rendered line as shown, its isolates kept (a no-break space read as a space). */
const shown = (line: string) => visualText(line.replace(/\u00A0/gu, ' '));

describe('an Arabic line ending in a Latin run', () => {
  test('".": an English quotation keeps its full stop and closing mark; a name leaves the sentence\'s stop at the left end', () => {
    expect(shownArabic('وقالت ممثلة الشركة: "We expect the whole city to be covered by June."').startsWith('"We expect the whole city to be covered by June." :')).toBe(true);
    expect(shownArabic('بلغت السرعة القصوى 300km/h.').startsWith('.300km/h ')).toBe(true);
    expect(shownArabic('أطلقت الشركة الخدمة بالتعاون مع شركة Nordlink.').startsWith('.Nordlink ')).toBe(true);
  });

  test('"»": English words quoted in «…» keep their stop inside; «…» around a name closes the Arabic sentence', () => {
    expect(shownArabic('وقال المتحدث: «The talks will resume on Monday.»').startsWith('«The talks will resume on Monday.» :')).toBe(true);
    expect(shownArabic('وتمتد الخدمة لاحقا ضمن برنامج «Smart Morocco».').startsWith('.«Smart Morocco» ')).toBe(true);
  });

  test('")": brackets opened before the Latin words close after their punctuation', () => {
    expect(shownArabic('ونقلت الصحيفة تصريح المسؤول (according to Reuters.)').startsWith('(according to Reuters.) ')).toBe(true);
    expect(shownArabic('وتلتزم الشبكة بمعايير الاتحاد الدولي للاتصالات (ITU).').startsWith('.(ITU) ')).toBe(true);
  });

  test('"؟": the Arabic question mark ends the line at the left, after a model name read whole', () => {
    expect(shownArabic('هل وصلت خدمة 5G؟').startsWith('؟5G ')).toBe(true);
    expect(shownArabic('هل تصل سرعة الشبكة إلى 2 Gbps؟').startsWith('؟Gbps 2 ')).toBe(true);
  });
});

describe('a Latin run in the middle of an Arabic line', () => {
  test('a quotation with its comma, a name with its digits and an abbreviation with its dot are drawn whole', () => {
    expect(shownArabic('قالت: "We will not return until we are paid," ثم غادرت المكان.')).toContain(' "We will not return until we are paid," :');
    expect(shownArabic('انتشر فيروس COVID-19 في المدينة.')).toContain(' COVID-19 ');
    expect(shownArabic('اشترت القوات الجوية طائرات F-16 العام الماضي.')).toContain(' F-16 ');
    expect(shownArabic('أكدت الولايات المتحدة U.S. ذلك أمس.')).toContain(' U.S. ');
  });

  test('quotation marks opened before a Latin name and closed after Arabic words are drawn around the same words', () => {
    expect(shownArabic('قال “Tokayev وبوتين” إن الحوار مستمر.')).toContain(' ”نيتوبو Tokayev“ ');
    expect(shownArabic('قال «Tokayev وبوتين» إن الحوار مستمر.')).toContain(' «نيتوبو Tokayev» ');
  });
});

test('an English line: an Arabic quotation keeps its full stop inside its closing mark', () => {
  const shown = visualText(directLine('The minister said “سيكتمل المشروع.” on Monday.', 'ltr'));
  expect(shown).toBe('The minister said ”.عورشملا لمتكيس“ on Monday.');
});

describe('every renderer, over an Arabic report whose sentences end in Latin runs', () => {
  let engine: Engine;
  const quote = '"We expect the whole city to be covered by June."';

  beforeAll(async () => {
    engine = await engineOverFixtures('latin-runs', ['mixed-script']);
  });

  afterAll(removeTemporaryDirectories);

  test('the Discord reply and the terminal draw the English quotation whole; the header keeps "5G"', async () => {
    const answer = await engine.ask('ماذا قالت ممثلة الشركة الشريكة عن تغطية المدينة؟');
    const lines = renderAnswer(answer, 'latin-runs').flatMap((message) => (message.embeds ?? []).flatMap((embed) => (embed.description ?? '').split('\n')));
    expect(lines.some((line) => shown(line).includes(` ${quote} :`))).toBe(true);
    expect(lines.some((line) => shown(line).includes(' 5G '))).toBe(true);
    expect(renderTerminalAnswer(answer).split('\n').some((line) => visualText(line).includes(` ${quote} :`))).toBe(true);
  });

  test('the summary draws the quotation whole and "5G" in its points', async () => {
    const summary = await summarizeWithEngine(engine, null, { articleId: 'casablanca-5g-2025-04-02', lang: 'ar' });
    const lines = renderSummary(summary).flatMap((message) => (message.embeds ?? []).flatMap((embed) => (embed.description ?? '').split('\n')));
    expect(lines.some((line) => shown(line).includes(` ${quote} :`))).toBe(true);
    expect(lines.some((line) => shown(line).includes(' 5G '))).toBe(true);
  });
});
