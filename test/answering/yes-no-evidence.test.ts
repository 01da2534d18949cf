/**
 * A yes/no question is answered by the passage that tells what it asks, in words of its own: "under half an hour" by
 * "twenty minutes". The answerability model reads whether the question asks yes or no (the feature asksYesNo,
 * answerability.ts): the same share of the question's words is better evidence for a yes/no question than for one
 * asking for a value the passage must hold, once the passage holds some of it (`TUNING.answer.yesNoEvidence`). A yes/no
 * question about what no article tells, sharing a common word or two with a passage, is still refused. Articles
 * of other outlets and topics (test/fixtures/measures: a Norwegian bridge, an Andalusian heatwave;
 * test/fixtures/transport-projects: tram, stadium and metro reports; test/fixtures/countries).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, expectAnswered, expectRefused, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('yes-no-evidence', ['measures', 'transport-projects', 'countries', 'outlets']);
});

afterAll(removeTemporaryDirectories);

describe('a yes/no question', () => {
  it('is read as one by the model where the passage holds some of it; a value question is not', async () => {
    expect((await engine.explain('Are the Sotra towers taller than 200 metres?')).features?.asksYesNo).toBe(1);
    expect((await engine.explain('How tall are the Sotra bridge towers?')).features?.asksYesNo).toBe(0);
    expect((await engine.explain('is spain hosting the world cup?')).features?.asksYesNo).toBe(0);
  });

  it('told in other words than its own (twenty minutes for under half an hour): answered with the passage', async () => {
    await expectAnswered(engine, 'Does the drive from the islands to Bergen now take under half an hour?', { holds: 'twenty minutes' });
  });

  it('about what no article tells: refused', async () => {
    for (const question of [
      'did the king of norway visit seville?',
      'Did the Sotra bridge close during a storm last winter?',
      'is spain hosting the world cup?',
      'did the oran tram drivers go on strike?',
      'هل فاز فريق وهران بالدوري هذا الموسم؟',
    ]) {
      await expectRefused(engine, question);
    }
  });
});
