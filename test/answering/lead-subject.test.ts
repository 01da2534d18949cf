/**
 * A report names its subject's place in the lead and not again: "KISUMU – Ferry crossings between Kisumu and Homa Bay
 * resumed…", then "Each crossing now takes three and a half hours". A question naming the place is answered from the
 * later paragraph, its lead's words counted as said there at a credit in the answerability model's evidence
 * (src/core/retrieval/lead-words.ts). A sibling report on another city lends nothing: its question stays unanswered
 * by this report's figure. Articles of other outlets and topics
 * (test/fixtures/lead-subject: a Kisumu ferry, water plants in Irbid and Zarqa whose headlines name no city).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('lead-subject', ['lead-subject', 'outlets', 'articles', 'answering']);
});

afterAll(removeTemporaryDirectories);

describe('words a report says only in its lead', () => {
  it('answers a question naming the lead\'s city from the later paragraph that gives the value', async () => {
    for (const [question, expected] of [
      ['how long does the ferry take from kisumu now', 'three and a half hours'],
      ['how much is a ticket on the kisumu ferry', '600 shillings'],
      ['كم كلفت محطة اربد؟', '45 مليون دينار'],
    ] as const) {
      const answer = await engine.ask(question);
      expect(answer.answerable, question).toBe(true);
      expect(answer.citations[0]!.quote, question).toContain(expected);
    }
  });

  it('does not lend one report\'s lead to a sibling report on another city', async () => {
    const asked = await engine.ask('كم كلفت محطة اربد؟');
    expect(asked.answerable).toBe(true);
    const other = await engine.ask('كم كلفت محطة الزرقاء؟');
    expect(other.answerable).toBe(false);
  });
});
