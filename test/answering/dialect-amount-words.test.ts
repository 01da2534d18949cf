/**
 * The Levantine «قديش» / «قديه» / «أديش» ask an amount as «كم» does, the noun after them naming what is counted or
 * measured («قديش الغرامة»، «قديش مطر نزل»): that noun is what the answer must speak of, and the verb after it is the
 * predicate. A report of another outlet and topic (test/fixtures/dialect-amounts: a storm in Taza).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

describe('«قديش» + a noun asks an amount of that noun', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('dialect-amount-words', ['dialect-amounts', 'siblings', 'lists']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('reads the noun after «قديش», «قديه», «أديش» as what is counted or measured, as after «كم»', () => {
    for (const question of ['كم الغرامة؟', 'قديش الغرامة؟', 'قديه الغرامة؟', 'أديش الغرامة؟']) {
      expect(readQuestion(question, 'ar').counted, question).toBe(normalizeText('الغرامة'));
    }
    expect(readQuestion('قديش مطر نزل؟', 'ar').counted).toBe('مطر');
  });

  it('reads no counted noun when a verb or a particle follows («قديش صارت النسبة»، «شكد يدفعون»، «قديش رح يضل»)', () => {
    for (const question of ['قديش صارت نسبة البطالة؟', 'شكد يدفعون للمقاولين؟', 'قديش رح يضل المعرض؟']) {
      expect(readQuestion(question, 'ar').counted, question).toBeNull();
    }
  });

  it('answers how much rain fell with the measured rainfall, not refusing for a word of the question no article uses', async () => {
    await expectAnswered(engine, 'قديش مطر نزل بتازة بالعاصفة؟', { cited: 'taza-storm-2026-03-04#2', holds: '74' });
    await expectAnswered(engine, 'قديش مطر نزل بتازة؟', { cited: 'taza-storm-2026-03-04#2', holds: '74' });
  });
});
