/**
 * A "how many" question counting a unit of measure is met by any word for that unit (measure-units.tsv: «سنة» and
 * «عام», "years" and «أعوام»): the unit that says «أربعة أعوام» names what «كم سنة» counts (counted.ts). Article of
 * another outlet and topic: test/fixtures/counted-units, a lift bridge in Bizerte.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { countedWord } from '../../src/core/answer/counted.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures, expectAnswered } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('counted-units', ['counted-units']);
});

afterAll(removeTemporaryDirectories);

describe('a counted unit of measure', () => {
  it('is named by another word for the same unit', async () => {
    const explained = await engine.explain('كم سنة استغرقت أشغال الجسر المتحرك في بنزرت؟');
    expect(explained.features?.countedMissing).toBe(0);
    await expectAnswered(engine, 'كم سنة استغرقت أشغال الجسر المتحرك في بنزرت؟', { holds: 'أربعة أعوام' });
  });

  it('in either language, and not by a word for another unit', () => {
    const years = countedWord('سنه');
    expect(['عام', 'اعوام', 'عاما', 'years'].every(years)).toBe(true);
    expect(['شهر', 'ايام', 'months'].some(years)).toBe(false);
  });
});
