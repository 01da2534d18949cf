/**
 * The Arabic word for a country's people derived by the grammar of the nisba (scripts/build-demonyms.ts): a final
 * alif that is a four-letter name's fourth letter may stay, «وي» added («النمسا» → «نمساوي»), so a question naming
 * Austria reads a report saying «النمساويين». A report of another outlet and topic (test/fixtures/country-adjectives:
 * Austrian gas talks in Algiers).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { otherCountryForms } from '../../src/core/text/country-forms.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

describe('the nisba of a country name ending in alif', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('country-nisba', ['country-adjectives', 'siblings', 'lists']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('reads «النمسا» as «نمساوي», and still «فرنسا» as «فرنسي» (a fifth-letter alif is only dropped)', () => {
    expect(otherCountryForms('النمسا')).toContain('نمساوي');
    expect(otherCountryForms('فرنسا')).toContain('فرنسي');
    expect(otherCountryForms('فرنسا')).not.toContain('فرنساوي');
  });

  it('answers a question naming Austria from a report that speaks of the Austrians', async () => {
    await expectAnswered(engine, 'شو بدها تشتري النمسا من الجزائر؟', { cited: 'vienna-gas-talks-2026-02-03#3', holds: 'معدات' });
  });
});
