/**
 * A question typed in haste is read as meant (src/core/question/typed-slips.ts): a misspelt function word ("mcuh",
 * "waht": knowledge/language/function-word-slips.tsv) is that word, not a name the articles lack, and "how mcuh" still
 * asks a number; a possessive "'s" the articles never write on that word is taken off, so "nairobi's", which no suffix cut takes back
 * to Nairobi, is the city; a dictionary word typed for the auxiliary opening a yes/no question ("dose the…": does,
 * knowledge/language/auxiliary-slips.tsv) is read as that auxiliary. Over English-only reports of other outlets and topics (test/fixtures/typed-readings: two cities' fare plans), where a lower-case
 * word no article holds is judged an absent name.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { mendedQuestion } from '../../src/core/question/typed-slips.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('typed-slips', ['typed-readings']);
});

afterAll(removeTemporaryDirectories);

describe('a misspelt function word', () => {
  it('is read as the word meant, unless the articles write it so', () => {
    expect(mendedQuestion('Waht did teh council decide?', () => false)).toBe('What did the council decide?');
    expect(mendedQuestion('who is teh?', (word) => word === 'teh')).toBe('who is teh?');
  });

  it('keeps a "how much" question a number question', async () => {
    const answer = await engine.ask('how mcuh will a monthly pass cost in honolulu?');
    expect(answer.answerType).toBe('number');
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]?.quote).toContain('$90');
    // The answer gives the question as typed.
    expect(answer.question).toBe('how mcuh will a monthly pass cost in honolulu?');
  });
});

describe('a dictionary word typed for the auxiliary opening a yes/no question', () => {
  it('is read as the auxiliary first in the question before a determiner or pronoun, and as itself elsewhere', () => {
    expect(mendedQuestion('dose the council plan to freeze the pass?', () => true)).toBe('does the council plan to freeze the pass?');
    expect(mendedQuestion('Dose it cost more?', () => true)).toBe('Does it cost more?');
    expect(mendedQuestion('how big is the dose?', () => true)).toBe('how big is the dose?');
    expect(mendedQuestion('dose levels rose?', () => true)).toBe('dose levels rose?');
  });

  it('makes the question a yes/no question, answered with a verdict', async () => {
    const answer = await engine.ask('dose the student pass stay at $40 in honolulu');
    expect(answer.answerType).toBe('yes_no');
    expect(answer.verdict).toBe('yes');
  });
});

describe("a possessive 's", () => {
  it('is taken off a word whose joined form keys apart from it, unless the articles write that form', () => {
    expect(mendedQuestion("what is peru's population and the mayors' plan?", () => false)).toBe("what is peru population and the mayors' plan?");
    expect(mendedQuestion("what is peru's population?", (word) => word === 'perus')).toBe("what is peru's population?");
    // "georgias" keys as Georgia already; "what's" is a contraction, not a possessive.
    expect(mendedQuestion("what's Georgia's plan?", () => false)).toBe("what's Georgia's plan?");
  });

  it("leaves the name: its report answers, not another city's with the same words", async () => {
    const answer = await engine.ask("how much will a monthly pass cost under nairobi's new plan?");
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]?.articleId).toBe('nairobi-matatu-passes-2026-04-20');
    expect(answer.citations[0]?.quote).toContain('3,500 shillings');
  });

  it('does not make a name the reports lack one they hold', async () => {
    expect((await engine.ask("how much is a monthly pass in kahului's new plan?")).answerable).toBe(false);
  });
});
