/**
 * A paragraph that opens on the one before it and tells the event the question asks of (its predicate: "depend")
 * answers before the paragraph that sets the scene, though that one shares more of the question's other words (the
 * dam, its reservoir, the minister's name): it carries them (src/core/retrieval/carried-words.ts). The scene's
 * paragraph still answers what it says itself. Articles of other outlets and topics (test/fixtures/scene,
 * continuation, outlets).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('carried-scene', ['scene', 'continuation', 'outlets']);
});

afterAll(removeTemporaryDirectories);

async function firstCited(question: string) {
  const answer = await engine.ask(question, { k: 5, lang: 'en' });
  return { answer, first: answer.citations[0] && `${answer.citations[0].articleId}#${answer.citations[0].paragraph}` };
}

describe('the scene carried to the paragraph that tells the asked event', () => {
  it('answers what an agreement depends on from the paragraph saying it, not the one that sets the scene', async () => {
    const { answer, first } = await firstCited("what does an agreement over the dam's reservoir depend on according to Ruth Nakato?");
    expect(answer.answerable).toBe(true);
    expect(first).toBe('nile-basin-talks-2025-06-12#3');
    expect(answer.answer).toContain('rainfall');
  });

  it('still answers from the scene for what the scene says', async () => {
    const { first } = await firstCited('Who was asked for her view on a deal over the dam?');
    expect(first).toBe('nile-basin-talks-2025-06-12#2');
  });
});
