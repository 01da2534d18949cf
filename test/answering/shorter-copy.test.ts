/**
 * A report that tells its lead again further down (a recap paragraph repeating the lead word for word, then going on)
 * holds the answer twice. The recap repeats the question's words more often, so retrieval ranks it first; the
 * lead holds the same sentence with less besides it and is the one cited. Two reports of other outlets and topics,
 * in both languages, written for the test.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

describe('a paragraph that repeats a shorter one of its article word for word', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('shorter-copy', ['copies']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('cites the lead, not the recap repeating it, for what both say', async () => {
    await expectAnswered(engine, 'كم كتابا تضم المكتبة الجهوية في صفاقس؟', { cited: 'sfax-library-2026-06-02#1', holds: '120 ألف كتاب', lang: 'ar' });
  });

  it('does the same in English', async () => {
    await expectAnswered(engine, 'How many passengers does the Galway ferry carry?', { cited: 'galway-ferry-2026-07-11#1', holds: '240 passengers', lang: 'en' });
  });

  it('cites the recap for what only the recap says', async () => {
    await expectAnswered(engine, 'Where can passengers buy tickets for the Galway ferry?', { cited: 'galway-ferry-2026-07-11#3', holds: 'at the pier', lang: 'en' });
  });
});
