/**
 * A who- or what-did-they-say question whose topic no article mentions is refused, though a paragraph shares its
 * other words — someone who "won" something else, a quote by the head of another association
 * (src/core/question/uncovered-topic.ts, the rule in src/core/answer/answer-confidence.ts). Two short reports written
 * for the test (test/fixtures/uncovered-topic: a made-up town's mayoral election in English, a made-up divers'
 * association in Arabic); the same frames about what they do report are answered.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, expectAnswered, expectRefused, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('uncovered-topic', ['uncovered-topic']);
});

afterAll(removeTemporaryDirectories);

describe('a question whose topic no article mentions', () => {
  it('"who won the world cup?" typed in lower case is not answered with the mayor who won an election', async () => {
    await expectRefused(engine, 'who won the world cup?');
  });

  it('«شو قال رئيس الجمعية عن الشعاب المرجانية؟» is not answered with what the head of the association said of the quay', async () => {
    await expectRefused(engine, 'شو قال رئيس الجمعية عن الشعاب المرجانية؟');
  });
});

describe('the same frames about what the reports tell', () => {
  it('who won the election, and who conceded it, are answered', async () => {
    await expectAnswered(engine, 'who won the mayoral election in harbourtown?', { holds: 'Ribeiro' });
    await expectAnswered(engine, 'who conceded the election?', { holds: 'Gerrard' });
  });

  it('what the head of the association said about the quay is answered with his quote', async () => {
    await expectAnswered(engine, 'شو قال رئيس الجمعية عن الرصيف؟', { holds: 'رصيف جديد' });
  });
});
