import { describe, expect, it } from 'vitest';
import { byFrequency, frequenciesOf } from '../../src/core/answer/verdict-frequency.js';
import { lengthsOf } from '../../src/core/answer/verdict-ordinals.js';
import { quantitiesOf } from '../../src/core/answer/verdict-quantities.js';
import { byShares, sharesOf } from '../../src/core/answer/verdict-shares.js';

describe('sharesOf', () => {
  it('reads share words, widened by a bound before them', () => {
    expect(sharesOf('Did most of the members vote?')).toEqual([{ low: 0.51, high: 1 }]);
    expect(sharesOf('هل غادر أقل من ثلث الموظفين؟')).toEqual([{ low: 0, high: 0.323 }]);
    expect(sharesOf('more than two thirds of the seats')).toEqual([{ low: 0.677, high: 1 }]);
  });

  it('reads a part of its whole and a percentage', () => {
    expect(sharesOf('يضم الأسطول 200 شاحنة، و50 منها معطلة')).toEqual([{ low: 0.25, high: 0.25 }]);
    expect(sharesOf('five of the six members signed')[0]!.low).toBeCloseTo(5 / 6);
    expect(sharesOf('turnout was 64% this year')).toEqual([{ low: 0.64, high: 0.64 }]);
  });

  it('does not read a superlative, an amount or a time as a share', () => {
    expect(sharesOf('the most important port')).toEqual([]);
    expect(sharesOf('half a million visitors')).toEqual([]);
    expect(sharesOf('في أقل من نصف ساعة')).toEqual([]);
    expect(sharesOf('for the third week')).toEqual([]);
  });
});

describe('byShares', () => {
  const passage = ['The fleet has 240 trams, and 60 of them are running.'];
  it('answers no when the passage gives another share, and keeps a share it gives', () => {
    expect(byShares('yes', 'Are most of the trams running?', passage)).toBe('no');
    expect(byShares('yes', 'Are a quarter of the trams running?', passage)).toBe('yes');
  });

  it('leaves a share the passage does not give open', () => {
    expect(byShares('yes', 'Did most residents back the plan?', ['Residents backed the plan.'])).toBe('not_said');
  });
});

describe('frequenciesOf and byFrequency', () => {
  it('reads frequencies as times a year', () => {
    expect(frequenciesOf('the boat sails three times a week')).toEqual([156]);
    expect(frequenciesOf('تقام السوق مرتين في الشهر')).toEqual([24]);
    expect(frequenciesOf('يزور المعرض آلاف الناس كل ربيع')).toEqual([1]);
    expect(frequenciesOf('it carries 9,000 passengers a day')).toEqual([365]);
  });

  it('does not read a date or a length of time as a frequency', () => {
    expect(frequenciesOf('a week later the talks resumed')).toEqual([]);
    expect(frequenciesOf('بلغت 3 مليارات دولار في العام الماضي')).toEqual([]);
    expect(frequenciesOf('the line was closed for a year')).toEqual([]);
    expect(frequenciesOf('rents may rise 5% a year')).toEqual([]);
    expect(frequenciesOf('the line opened a year late')).toEqual([]);
  });

  it('answers no to another frequency and leaves an unsaid one open', () => {
    expect(byFrequency('yes', 'Does the ferry run daily?', ['The ferry runs three times a week.'])).toBe('no');
    expect(byFrequency('yes', 'Is the fair held every year?', ['The fair is held each spring.'])).toBe('yes');
    expect(byFrequency('yes', 'Does the ferry run daily?', ['The ferry carries bicycles.'])).toBe('not_said');
  });
});

describe('quantitiesOf with fractions', () => {
  it('reads a fraction before a magnitude as an amount, and alone as no amount', () => {
    expect(quantitiesOf('below half a billion dollars')).toEqual([{ value: 500_000_000, noun: 'dollar', bound: 'below' }]);
    expect(quantitiesOf('half of the buses')).toEqual([]);
  });

  it('reads the counted Arabic noun without its accusative alef', () => {
    expect(quantitiesOf('نحو 420 سائقا')[0]).toMatchObject({ value: 420, noun: quantitiesOf('500 سائق')[0]!.noun });
  });
});

describe('lengthsOf', () => {
  it('reads a rank of a period as that many of it, and no other rank', () => {
    expect(lengthsOf('in the third week of the heatwave')).toEqual([{ value: 3, noun: 'week', bound: null, measure: { dimension: 'time', size: 10080 } }]);
    expect(lengthsOf('لليوم الثالث على التوالي')).toHaveLength(1);
    expect(lengthsOf('the third round of talks')).toEqual([]);
  });
});
