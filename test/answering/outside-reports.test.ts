/**
 * A question asking what a common word means, or asking the bot itself, is refused though it shares a word with an
 * article (src/core/question/outside-reports.ts, the rule in answer-confidence.ts): a fare report uses "ferry", it
 * does not define it, nor does a recall notice say what the bot thinks of it. A question about what the articles
 * report is still answered. Articles of other outlets and topics (test/fixtures/countries: an Omani recall, a Cebu
 * ferry-fare report).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('outside-reports', ['countries']);
});

afterAll(removeTemporaryDirectories);

describe('questions outside the reports', () => {
  it('refuses what a common word of an article means', async () => {
    for (const question of ["what's a ferry?", 'what is a hearing', 'شو يعني مضاد حيوي', 'يعني ايش صيدلية']) {
      const answer = await engine.ask(question);
      expect(answer.answerable, question).toBe(false);
    }
  });

  it('refuses what the bot is or thinks', async () => {
    for (const question of ['hello, who made you?', 'do you think the fares are too high?', 'شو رأيك بسحب الشراب؟', 'برأيك الوزارة تأخرت بسحب الشراب؟']) {
      const answer = await engine.ask(question);
      expect(answer.answerable, question).toBe(false);
    }
  });

  it('answers what the reports tell, asked with the same words', async () => {
    for (const question of ['how much will the ferry fares rise?', 'كم عبوة سحبت الوزارة؟']) {
      const answer = await engine.ask(question);
      expect(answer.answerable, question).toBe(true);
    }
  });
});
