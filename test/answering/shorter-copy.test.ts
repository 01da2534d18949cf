/**
 * A report that tells its lead again further down (a recap paragraph repeating the lead word for word, then going on)
 * holds the answer twice. The recap repeats the question's words more often, so retrieval ranks it first; the
 * lead holds the same sentence with less besides it and is the one cited. Two reports of other outlets and topics,
 * in both languages, written for the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, firstCited, removeTemporaryDirectories } from '../core/helpers.js';

describe('a paragraph that repeats a shorter one of its article word for word', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('shorter-copy', ['copies']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('cites the lead, not the recap repeating it, for what both say', async () => {
    const { answer, first } = await firstCited(engine, 'كم كتابا تضم المكتبة الجهوية في صفاقس؟', 'ar');
    expect(first).toBe('sfax-library-2026-06-02#1');
    expect(answer.answer).toContain('120 ألف كتاب');
  });

  it('does the same in English', async () => {
    const { answer, first } = await firstCited(engine, 'How many passengers does the Galway ferry carry?', 'en');
    expect(first).toBe('galway-ferry-2026-07-11#1');
    expect(answer.answer).toContain('240 passengers');
  });

  it('cites the recap for what only the recap says', async () => {
    const { answer, first } = await firstCited(engine, 'Where can passengers buy tickets for the Galway ferry?', 'en');
    expect(first).toBe('galway-ferry-2026-07-11#3');
    expect(answer.answer).toContain('at the pier');
  });
});
