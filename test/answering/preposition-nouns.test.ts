/**
 * A noun the dictionary lists, written behind a bare preposition («بجناح»، «بيوم»), is read as a word, not as a name
 * the answer must hold (src/core/question/preposition-nouns.ts): an Arabic question over an English report is answered
 * by the paragraph that tells what it asks, and is not judged to lack a name for never rendering that noun. Articles of
 * other outlets and topics (test/fixtures/preposition-nouns: a Kisumu library reopening; test/fixtures/datelines, two
 * tram reports, as distractors).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('preposition-nouns', ['preposition-nouns', 'datelines']);
});

afterAll(removeTemporaryDirectories);

describe('nouns behind a bare preposition', () => {
  it('counts «بيوم» as the question\'s word, not a name the paragraph must hold', async () => {
    const explained = await engine.explain('كم كتاب استعار القراء بيوم واحد؟');
    expect(explained.features?.nameMissing).toBe(0);
    const answer = await engine.ask('كم كتاب استعار القراء بيوم واحد؟');
    expect(answer.answerable).toBe(true);
    expect(answer.answer).toContain('940');
  });
});
