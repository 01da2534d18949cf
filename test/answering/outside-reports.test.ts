/**
 * A question asking what a common word means, or asking the bot itself, is refused though it shares a word with an
 * article (src/core/question/outside-reports.ts, the rule in answer-confidence.ts): a fare report uses "ferry", it
 * does not define it, nor does a recall notice say what the bot thinks of it. A question about what the articles
 * report is still answered, and so is what a word means where a passage defines it (a glossary box, an
 * encyclopaedia). Articles of other outlets and topics (test/fixtures/countries: an Omani recall, a Cebu ferry-fare
 * report; a weather explainer written here).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverArticles, engineOverFixtures } from '../core/helpers.js';

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

  it('refuses a judgement of taste no passage quotes', async () => {
    for (const question of ['is cebu a nice city to live in?', 'هل مسقط مدينة جميلة للعيش؟']) {
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

describe('a passage that defines the word', () => {
  it('answers what the word means', async () => {
    const explainer = await engineOverArticles('outside-reports-defined', [
      {
        id: 'kerala-rains-2025-06-10',
        title: 'Kerala braces for early rains',
        language: 'en',
        paragraphs: [
          'Fishing boats stayed in harbour along the Kerala coast on Tuesday as the rains arrived a week early, the state weather office said.',
          'A monsoon is a seasonal reversal of the prevailing winds that brings most of the region\'s yearly rainfall between June and September.',
        ],
      },
    ]);
    for (const question of ['what is a monsoon?', 'what does monsoon mean']) {
      const answer = await explainer.ask(question);
      expect(answer.answerable, question).toBe(true);
    }
    const answer = await explainer.ask("what's a harbour?");
    expect(answer.answerable).toBe(false);
  });
});
