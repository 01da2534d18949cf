/**
 * "Who invented…" and "who discovered…" ask of deeds told in few words (knowledge/language/deed-words.tsv): a paragraph
 * naming someone beside the object asked of (a telescope shown by the director who opened the hall) does not answer who
 * invented or discovered it, so a general-knowledge question sharing only the object's word is refused. Someone the report
 * tells inventing or discovering is still the answer. Articles of other outlets and topics (test/fixtures/inventions:
 * a radio museum in Tartu and an observatory in Sousse that tell no inventor; an inventors' fair in Narva).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;
let told: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('invention-questions', ['inventions/shown', 'outlets']);
  told = await engineOverFixtures('invention-questions-told', ['inventions/told', 'outlets']);
});

afterAll(removeTemporaryDirectories);

const language = (question: string) => (/\p{Script=Arabic}/u.test(question) ? 'ar' : 'en');

describe('who invented, who discovered', () => {
  it('is refused when the paragraphs only name the thing and whoever showed it', async () => {
    for (const question of ['who invented the telescope', 'مين اخترع التلسكوب؟', 'who invented the transistor radio?', 'مين اكتشف الكواكب؟']) {
      const answer = await engine.ask(question);
      expect(answer.answerable, question).toBe(false);
    }
  });

  it('is answered with whoever the report tells inventing or discovering', async () => {
    const sensor = await told.ask('who invented the rain sensor for greenhouse roofs?');
    expect(sensor.answerable).toBe(true);
    expect(sensor.answer).toContain('Jaan Rebane');
    const comet = await told.ask('who discovered the small comet shown at the narva fair');
    expect(comet.answerable).toBe(true);
    expect(comet.answer).toContain('Mirjam Oja');
  });

  it('reads the deed from the verb after the question word', () => {
    for (const question of ['who invented the telephone?', 'مين اخترع التلفون؟']) expect(readQuestion(question, language(question)).deed, question).toBe('invent');
    for (const question of ['who discovered penicillin', 'مين اكتشف البنسلين؟']) expect(readQuestion(question, language(question)).deed, question).toBe('discover');
  });
});
