/**
 * The Levantine «قديش» / «قديه» / «أديش» ask an amount as «كم» does, the noun after them naming what is counted or
 * measured («قديش مطر نزل»): the verb after that noun is the predicate, and the noun is the subject the answer must
 * speak of. A report of another outlet and topic (test/fixtures/dialect-amounts: a storm in Taza).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

describe('«قديش» + a noun asks an amount of that noun', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('dialect-amount-words', ['dialect-amounts', 'siblings', 'lists']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('reads the noun after «قديش», «قديه», «أديش» as what is asked for, so the verb after it is the predicate, as after «كم»', () => {
    for (const question of ['كم مطر نزل؟', 'قديش مطر نزل؟', 'قديه مطر نزل؟', 'أديش مطر نزل؟']) {
      expect(readQuestion(question, 'ar').predicate, question).toBe('نزل');
    }
  });

  it('reads no noun asked for when a verb or a particle follows («قديش صارت النسبة»، «شكد يدفعون»)', () => {
    expect(readQuestion('قديش صارت نسبة البطالة؟', 'ar').predicate).toBe('صارت');
    expect(readQuestion('شكد يدفعون للمقاولين؟', 'ar').predicate).toBe('يدفعون');
  });

  it('answers how much rain fell with the measured rainfall, not refusing for a word of the question no article uses', async () => {
    await expectAnswered(engine, 'قديش مطر نزل بتازة بالعاصفة؟', { cited: 'taza-storm-2026-03-04#2', holds: '74' });
    await expectAnswered(engine, 'قديش مطر نزل بتازة؟', { cited: 'taza-storm-2026-03-04#2', holds: '74' });
  });
});
