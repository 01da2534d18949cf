/**
 * A city a dictionary also lists («طرابلس»، «نيروبي»), alone or with a clinging «ب ل و ف ك», is a name the answer
 * must be about (knowledge/language/city-names.tsv): a value of another place does not answer a question about it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

const reading = (question: string) => readQuestion(question, 'ar');

describe('reading a city', () => {
  it('is a name for certain, with or without a clinging letter', () => {
    for (const [question, city] of [
      ['كم سعر الاشتراك بطرابلس؟', 'بطرابلس'],
      ['كم محطة في نيروبي؟', 'نيروبي'],
      ['متى افتتح المطار ولاغوس؟', 'ولاغوس'],
    ] as const) {
      expect(reading(question).names, question).toContain(normalizeText(city));
      expect(reading(question).certainNames, question).toContain(normalizeText(city));
    }
  });

  it('a word that only looks like a city with a clinging letter stays a word («بلدية», «للمشروع»)', () => {
    expect(reading('كم تبلغ ميزانية بلدية المدينة؟').certainNames.size).toBe(0);
    expect(reading('كم تبلغ تكلفة المشروع للمدينة؟').certainNames.size).toBe(0);
  });
});

describe('a value asked of a city the articles do not report on', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('city-names', ['outlets', 'answering', 'translations', 'articles']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('is not answered with the value of another city\'s project', async () => {
    for (const question of ['كم تبلغ تكلفة مشروع تحلية المياه بطرابلس؟', 'كم تبلغ تكلفة مشروع تحلية المياه في نيروبي؟']) {
      const answer = await engine.ask(question, { k: 5 });
      expect(answer.answerable, `${question} → ${answer.answer}`).toBe(false);
    }
  });

  it('is answered where the article reports it', async () => {
    await expectAnswered(engine, 'كم تبلغ تكلفة مشروع تحلية المياه بالعقبة؟', { holds: 'ثلاثة مليارات دولار' });
  });
});

describe('a city an English-only report names in English', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('city-in-english', ['readings', 'outlets', 'answering']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('is no absent name of an Arabic question: «لشبونة» is the report\'s "Lisbon" (its CLDR time zone)', async () => {
    await expectAnswered(engine, 'شو قالت وزيرة البحر عن المحادثات في لشبونة؟', { holds: 'constructive and frank' });
  });
});
