/**
 * Questions read across languages (Arabic over English-only reports, English over Arabic-only ones: the
 * fixtures of test/fixtures/outlets and answering): a paragraph holding two of the question's words through
 * the offline lexicon is evidence, and is answered from; a chat question met through one word is not.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, expectAnswered, expectRefused, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('cross-lingual-corroborated', ['outlets', 'answering', 'articles']);
});

afterAll(removeTemporaryDirectories);

describe('answerability across languages', () => {
  it('answers a dialect question whose station count and city reach the English report through the lexicon', async () => {
    expect(engine.articles().find((article) => article.meta.id === 'almaty-metro-2025-02-01')?.translation).toBeNull();
    await expectAnswered(engine, 'كم محطة في خط المترو الجديد بالماتي؟', { cited: 'almaty-metro-2025-02-01#1', holds: /two new metro stations/ });
  });

  it('still refuses chat questions on no report\'s topic, met across languages through one common word', async () => {
    for (const question of ['recommend a good book about the ottoman empire', 'who won the world cup']) await expectRefused(engine, question);
  });
});
