/**
 * A Roman numeral after a name ("Cup XLIX") is written in digits in the Arabic press («الكأس 49»): an English question
 * over Arabic-only reports searches its value too, so it reaches the report of that edition, not another's, and is not
 * refused for naming something no article mentions.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { romanNumeralValue } from '../../src/core/crosslingual/roman-numerals.js';
import { engineOverArticles, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

describe('romanNumeralValue', () => {
  it('reads canonical numerals of two letters or more', () => {
    expect(romanNumeralValue('XLIX')).toBe(49);
    expect(romanNumeralValue('XXXIII')).toBe(33);
    expect(romanNumeralValue('XIV')).toBe(14);
    expect(romanNumeralValue('MCMXC')).toBe(1990);
  });

  it('leaves out single letters, non-canonical forms, lower case and abbreviations without a small numeral', () => {
    expect(romanNumeralValue('I')).toBeUndefined();
    expect(romanNumeralValue('IIII')).toBeUndefined();
    expect(romanNumeralValue('VX')).toBeUndefined();
    expect(romanNumeralValue('xiv')).toBeUndefined();
    expect(romanNumeralValue('CD')).toBeUndefined();
    expect(romanNumeralValue('MD')).toBeUndefined();
  });
});

describe('an English question naming an edition by a Roman numeral, over Arabic reports', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await engineOverArticles('roman-numerals', [
      { id: 'regatta-49', title: 'سباق القوارب الشراعية', paragraphs: ['فاز قارب «النورس» بسباق الخليج للقوارب الشراعية 49 بعد منافسة استمرت ثلاثة أيام قبالة سواحل المدينة.'] },
      { id: 'regatta-33', title: 'ذكريات السباق', paragraphs: ['وكان قارب «الصقر» قد فاز بسباق الخليج للقوارب الشراعية 33 قبل ستة عشر عاما، في أول مشاركة له.'] },
    ]);
  });

  afterAll(removeTemporaryDirectories);

  it('answers from the report of that edition', async () => {
    await expectAnswered(engine, 'Which boat won the Gulf Sailing Regatta XLIX?', { cited: 'regatta-49#1', lang: 'en' });
    await expectAnswered(engine, 'Which boat won the Gulf Sailing Regatta XXXIII?', { cited: 'regatta-33#1', lang: 'en' });
  });
});
