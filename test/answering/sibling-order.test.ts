/**
 * A short report's opening paragraph repeats its headline's names; the question's value is in a sibling paragraph
 * ("Cabins will leave … every four minutes"). Between the two, what tells them apart decides: the sibling holding a
 * value of the kind asked answers. Three reports of other outlets and topics, in both languages, written for the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, expectAnswered, firstCited, removeTemporaryDirectories } from '../core/helpers.js';

describe("the lead paragraph and its sibling holding the value asked", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('sibling-order', ['siblings']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('answers how often with the paragraph giving the interval, not the lead naming the cable car', async () => {
    await expectAnswered(engine, 'tbilisi cable car how often do cabins leave?', { cited: 'tbilisi-cable-car-2026-03-04#2', holds: 'every four minutes', lang: 'en' });
  });

  it('answers how many workers joined with the paragraph giving the count', async () => {
    await expectAnswered(engine, 'كم عاملا انضم إلى إضراب ميناء البصرة؟', { cited: 'basra-dockers-2026-04-18#2', holds: '800', lang: 'ar' });
  });

  it('answers how long the wait is with the paragraph giving the duration', async () => {
    await expectAnswered(engine, 'كم دقيقة ينتظر المرضى في عيادات وهران؟', { cited: 'oran-clinics-2026-05-09#2', holds: 'خمسين دقيقة', lang: 'ar' });
  });

  it('still answers from the lead when the lead holds the value asked', async () => {
    const { first } = await firstCited(engine, 'when did the tbilisi cable car reopen?', 'en');
    expect(first).toBe('tbilisi-cable-car-2026-03-04#1');
  });
});
