import { describe, expect, it } from 'vitest';
import { lengthsOf } from '../../src/core/answer/verdict-ordinals.js';
import { compareQuantities, quantitiesOf, YEAR_NOUN } from '../../src/core/answer/verdict-quantities.js';

const same = (question: string | null, passage: string | null) => question === passage;
const compare = (question: string, passage: string) => compareQuantities(quantitiesOf(question), [...quantitiesOf(passage), ...lengthsOf(passage)], same);

describe('units of measure in yes/no questions', () => {
  it('reads a unit counted by a bound, a fraction, an Arabic dual or accusative without a number', () => {
    expect(quantitiesOf('has the strike lasted more than a week?')).toMatchObject([{ value: 1, bound: 'above', measure: { dimension: 'time' } }]);
    expect(quantitiesOf('less than half an hour')).toMatchObject([{ value: 0.5, bound: 'below', measure: { dimension: 'time', size: 60 } }]);
    expect(quantitiesOf('أقل من نص ساعة')).toMatchObject([{ value: 0.5, bound: 'below' }]);
    expect(quantitiesOf('بعد مفاوضات استمرت عامين')).toMatchObject([{ value: 2, measure: { dimension: 'time' } }]);
    expect(quantitiesOf('وتستمر العروض أسبوعًا')).toMatchObject([{ value: 1, measure: { dimension: 'time', size: 10080 } }]);
  });

  it('leaves a unit alone that no bound, fraction or number counts', () => {
    expect(quantitiesOf('the strike began last week')).toEqual([]);
    expect(quantitiesOf('40,000 passengers a day')).toEqual([{ value: 40_000, noun: 'passenger', bound: null }]);
  });

  it('reads a four-digit number before a unit as a measure, not a year', () => {
    expect(quantitiesOf('a span of 1000 metres')[0]).toMatchObject({ value: 1000, measure: { dimension: 'length' } });
    expect(quantitiesOf('opened in 2013')[0]).toMatchObject({ noun: YEAR_NOUN });
  });

  it('compares values given in different units of one dimension, in either language', () => {
    expect(compare('Has the strike lasted more than a week?', 'توقفت الحافلات لليوم الثالث على التوالي')).toBe('differs');
    expect(compare('هل تستغرق الرحلة أقل من نصف ساعة؟', 'the crossing now takes twenty minutes')).toBe('agrees');
    expect(compare('did the talks last two years?', 'بعد مفاوضات استمرت عامين')).toBe('agrees');
    expect(compare('is the main span more than 1,000 metres?', 'a main span of 1.2 kilometres')).toBe('agrees');
    expect(compare('did the strike last two days?', 'a 48-hour strike')).toBe('agrees');
  });

  it('does not compare units of different dimensions', () => {
    expect(compare('did the march last more than an hour?', 'the march covered five kilometres')).toBe('absent');
  });
});
