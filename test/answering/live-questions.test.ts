/**
 * A question asking a live fact — the weather now, today or tomorrow, or the time of day — is refused, though it names
 * a city an article names (src/core/question/live-question.ts, the rule in answer-confidence.ts): a press archive holds
 * what was reported, not the weather outside. A question about what the reports tell, or the weather asked in the past,
 * is still read as one. Articles of other outlets and topics (test/fixtures/countries: an Omani recall, a Cebu
 * ferry-fare report).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { asksLiveFact } from '../../src/core/question/live-question.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('live-questions', ['countries']);
});

afterAll(removeTemporaryDirectories);

describe('live questions', () => {
  it('refuses the weather now and the time of day in a city the articles name, in English and dialect Arabic', async () => {
    for (const question of ["what's the weather in cebu city today", 'is it raining in cebu now?', 'what time is it in cebu city', 'كيف الجو بمسقط اليوم؟', 'قديش الساعة بمسقط هلق؟']) {
      const answer = await engine.ask(question);
      expect(answer.answerable, question).toBe(false);
    }
  });

  it('answers what the reports tell about the same cities', async () => {
    for (const question of ['how much will the ferry fares in cebu rise?', 'كم عبوة من شراب السعال سحبت الوزارة؟']) {
      const answer = await engine.ask(question);
      expect(answer.answerable, question).toBe(true);
    }
  });

  it('reads a live question from a word of the weather beside a word of now, or from asking the time', () => {
    for (const question of ['will it rain tomorrow in leeds', 'whats the temperature in dubai rn', 'شو الطقس بالرياض بكرا؟', 'كم الساعة الحين في الدوحة', 'الدنيا عم تشتي ببيروت هلق؟']) {
      expect(asksLiveFact(question), question).toBe(true);
    }
  });

  it('leaves the weather a report may tell, the hour of an event and the day\'s news to the answer', () => {
    for (const question of ['what was the temperature in baghdad today?', 'did the storm delay the works?', 'الساعة كم بدأ الاجتماع؟', 'what did the minister say today?', 'كم ساعة استمرت المحادثات اليوم؟', 'هل تأثر الميناء بالأمطار الأسبوع الماضي؟']) {
      expect(asksLiveFact(question), question).toBe(false);
    }
  });
});
