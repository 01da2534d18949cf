/**
 * A short report's opening paragraph repeats its headline's names; the question's value is in a sibling paragraph
 * ("Cabins will leave … every four minutes"). Between the two, what tells them apart decides: the sibling holding a
 * value of the kind asked answers. Three reports of other outlets and topics, in both languages, written for the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, firstCited, removeTemporaryDirectories } from '../core/helpers.js';

describe("the lead paragraph and its sibling holding the value asked", () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('sibling-order', ['siblings']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('answers how often with the paragraph giving the interval, not the lead naming the cable car', async () => {
    const { answer, first } = await firstCited(engine, 'tbilisi cable car how often do cabins leave?', 'en');
    expect(first).toBe('tbilisi-cable-car-2026-03-04#2');
    expect(answer.answer).toContain('every four minutes');
  });

  it('answers how many workers joined with the paragraph giving the count', async () => {
    const { answer, first } = await firstCited(engine, 'كم عاملا انضم إلى إضراب ميناء البصرة؟', 'ar');
    expect(first).toBe('basra-dockers-2026-04-18#2');
    expect(answer.answer).toContain('800');
  });

  it('answers how long the wait is with the paragraph giving the duration', async () => {
    const { answer, first } = await firstCited(engine, 'كم دقيقة ينتظر المرضى في عيادات وهران؟', 'ar');
    expect(first).toBe('oran-clinics-2026-05-09#2');
    expect(answer.answer).toContain('خمسين دقيقة');
  });

  it('still answers from the lead when the lead holds the value asked', async () => {
    const { first } = await firstCited(engine, 'when did the tbilisi cable car reopen?', 'en');
    expect(first).toBe('tbilisi-cable-car-2026-03-04#1');
  });
});
