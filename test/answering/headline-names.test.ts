/**
 * A report names its subject in the headline and the lead and goes on without the name: the paragraph giving a
 * hospital's cost under «افتتاح مستشفى جديد للأطفال في صلالة» says «وبلغت التكلفة الإجمالية…», naming neither the
 * hospital nor the city. Retrieval credits a paragraph with the question's names its article's headline holds
 * (src/core/retrieval/carried-words.ts `titleNames`, before the few read are chosen: retriever.ts), so it is read and
 * answers, rather than other articles' cost paragraphs. Articles of other outlets and topics
 * (test/fixtures/headline-names: a Salalah hospital, a Busan ferry terminal; the other fixture folders' costs as rivals).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('headline-names', ['headline-names', 'outlets', 'articles', 'answering']);
});

afterAll(removeTemporaryDirectories);

describe('names a headline carries', () => {
  it('answers the cost from the paragraph that names neither the hospital nor the city, in Arabic and English', async () => {
    for (const question of ['كم تكلفة مستشفى صلالة؟', 'how much did the salalah hospital cost']) {
      const answer = await engine.ask(question);
      expect(answer.answerable, question).toBe(true);
      expect(answer.citations[0]!.quote, question).toContain('95 مليون ريال');
    }
  });

  it('still answers another article\'s cost from its own paragraph', async () => {
    const answer = await engine.ask('how much did the busan ferry terminal cost');
    expect(answer.answerable).toBe(true);
    expect(answer.answer).toContain('84 billion won');
  });
});
