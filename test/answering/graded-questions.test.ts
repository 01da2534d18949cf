/**
 * "How hot", "how tall", "how far": a report gives the temperature, the height, the distance, seldom the adjective the
 * question grades. The attribute the adjective is a value of (WordNet's, knowledge/language/english-attributes.tsv) is
 * searched, and the question wants a number. Over two English reports of other outlets and topics
 * (test/fixtures/measures) beside the other outlets' fixtures.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('graded-questions', ['measures', 'outlets']);
});

afterAll(removeTemporaryDirectories);

describe('a "how" question grading an adjective', () => {
  it('wants a number when the adjective measures something, not when it judges', () => {
    expect(readQuestion('how hot did it get in seville', 'en')).toMatchObject({ type: 'number', graded: 'hot' });
    expect(readQuestion('How tall are the towers?', 'en')).toMatchObject({ type: 'number', graded: 'tall' });
    expect(readQuestion('how popular is the new bridge?', 'en').graded).toBeNull();
  });

  it('is answered by the passage giving the measure', async () => {
    await expectAnswered(engine, 'how hot did it get in seville', { holds: '44.6 degrees' });
    await expectAnswered(engine, 'how tall are the towers of the sotra bridge?', { holds: '190 metres' });
    await expectAnswered(engine, 'how far is the sotra crossing from bergen harbour', { holds: 'twelve kilometres' });
  });
});
