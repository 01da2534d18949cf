/**
 * A question asking for several things ("what sectors…", «أي الدول…», «شو المجالات…») is answered by the unit
 * that lists them (src/core/question/asks-several.ts, src/core/answer/enumeration.ts): on reports of other
 * outlets and topics (test/fixtures/lists), a paragraph saying the talks were broad comes after the next one,
 * which names the sectors; a question about how the talks were described still gets the description, and a
 * "how" question is not read as asking for a list.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { givesList, namesPlaces, placesNamed } from '../../src/core/answer/enumeration.js';
import type { Engine } from '../../src/core/engine.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures, firstCited } from '../core/helpers.js';

describe('questions that ask for several things', () => {
  it('reads a plural class after "what"/"which", in English, MSA and dialect', () => {
    for (const [question, lang] of [
      ['What sectors were discussed at the summit?', 'en'],
      ['Which countries signed the treaty?', 'en'],
      ['what topics did the mayor raise', 'en'],
      ['Which areas does the plan cover?', 'en'],
      ['شو المجالات اللي بحثها الوزيران؟', 'ar'],
      ['ايش المواضيع اللي انطرحت بالاجتماع؟', 'ar'],
      ['أي الدول وقعت على الاتفاقية؟', 'ar'],
      ['ما هي أبرز القطاعات التي شملها الاتفاق؟', 'ar'],
    ] as const) expect(readQuestion(question, lang).list, question).toBe(true);
  });

  it('leaves other questions alone', () => {
    for (const [question, lang] of [
      ['What happens next?', 'en'],
      ['What makes the port so slow?', 'en'],
      ['How many sectors were discussed?', 'en'],
      ['How did the minister describe the talks?', 'en'],
      ['What is the capital of Chile?', 'en'],
      ['How do the two ministries keep in touch?', 'en'],
      ['ما هو موقف الوزير من الاتفاق؟', 'ar'],
      ['ما هي أبرز إنجازات الحكومة؟', 'ar'],
    ] as const) expect(readQuestion(question, lang).list, question).toBe(false);
  });

  it('tells a list of countries or powers from a list of other things', () => {
    for (const [question, lang] of [
      ['Which countries signed the treaty?', 'en'],
      ['Which big powers did the minister court?', 'en'],
      ['أي الدول وقعت على الاتفاقية؟', 'ar'],
      ['ما الدول التي تحد تشيلي من الشمال؟', 'ar'],
    ] as const) expect(readQuestion(question, lang).places, question).toBe(true);
    for (const [question, lang] of [
      ['What sectors were discussed at the summit?', 'en'],
      ['شو المجالات اللي بحثها الوزيران؟', 'ar'],
      ['What happens next?', 'en'],
    ] as const) expect(readQuestion(question, lang).places, question).toBe(false);
  });

  it('keeps "which areas" a question about things, not a measure', () => {
    expect(readQuestion('Which areas did the ministers discuss?', 'en').type).toBe('other');
    expect(readQuestion('What is the area of the park?', 'en').type).toBe('number');
  });
});

describe('units that list', () => {
  it('sees examples and three or more joined items', () => {
    expect(givesList('We discussed many issues, including tourism.')).toBe(true);
    expect(givesList('They will work on farming, mining and energy.')).toBe(true);
    expect(givesList('ناقشنا التعاون في التجارة والاقتصاد والنقل.')).toBe(true);
    expect(givesList('وهناك قطاعات واعدة، منها النقل والطاقة.')).toBe(true);
  });

  it('does not take a pair of words and a clause, or a single comma, for a list', () => {
    expect(givesList('The agenda had been "broad and demanding", and both delegations came with requests.')).toBe(false);
    expect(givesList('In December, the president held a call with the prime minister.')).toBe(false);
    expect(givesList('وقال إن جدول الأعمال كان “حافلا وواسعا جدا”، وإن الوفدين عملا حتى الليل.')).toBe(false);
    expect(givesList('ولم يحدث مثل هذا من قبل.')).toBe(false);
  });

  it('counts as a list of places only two places besides the ones the question names', () => {
    const chile = placesNamed(['تشيلي']);
    expect(namesPlaces('ناقش الوزير تجارة تشيلي مع بيرو والبرازيل.', chile)).toBe(true);
    expect(namesPlaces('The minister spoke of Peru, Brazil and the wider region.', chile)).toBe(true);
    expect(namesPlaces('وأكد الوزير متانة العلاقات بين تشيلي وبيرو.', chile)).toBe(false);
    expect(namesPlaces('وتعهد الضيف بدعم استقلال تشيلي وسيادتها ووحدة أراضيها.', chile)).toBe(false);
    expect(namesPlaces('وأكد الوزير متانة العلاقات بين تشيلي وبيرو.', new Set())).toBe(true);
  });

  it('does not take a means ("through video calls") for a list', () => {
    expect(givesList('Officials stay in contact through monthly video calls.')).toBe(false);
  });
});

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('lists', ['lists', 'outlets']);
});

afterAll(removeTemporaryDirectories);

const cited = (question: string, lang: 'ar' | 'en') => firstCited(engine, question, lang);

describe('answering with the list', () => {
  it('answers "what sectors / which topics" from the paragraph naming them, not the one saying the talks were broad', async () => {
    for (const question of ['What sectors were on the table in the talks between Rojas and Tran?', 'which topics were on the agenda of the talks with Tran?']) {
      const { answer, first } = await cited(question, 'en');
      expect(answer.answerable, question).toBe(true);
      expect(first, question).toBe('santiago-trade-talks-2025-03-18#3');
      expect(answer.answer).toContain('renewable energy');
    }
    const arabic = await cited('ما هي القطاعات التي شملتها مباحثات عمان؟', 'ar');
    expect(arabic.answer.answerable).toBe(true);
    expect(arabic.first).toBe('amman-baghdad-talks-2025-06-09#3');
    expect(arabic.answer.answer).toContain('السياحة العلاجية');
  });

  it('still answers how the talks were described with the description', async () => {
    expect((await cited('How did Rojas describe the agenda of the talks?', 'en')).first).toBe('santiago-trade-talks-2025-03-18#2');
    expect((await cited('كيف وصف الخطيب جدول أعمال المباحثات؟', 'ar')).first).toBe('amman-baghdad-talks-2025-06-09#2');
  });

  it('still answers how the teams keep in touch with the means', async () => {
    const english = await cited('How do the ministries of Rojas and Tran keep in touch between meetings?', 'en');
    expect(english.first).toBe('santiago-trade-talks-2025-03-18#4');
    expect(english.answer.answer).toContain('video calls');
    const arabic = await cited('كيف يتواصل الفريقان الأردني والعراقي بين الاجتماعات؟', 'ar');
    expect(arabic.first).toBe('amman-baghdad-talks-2025-06-09#4');
    expect(arabic.answer.answer).toContain('الاتصالات المرئية');
  });
});
