import { describe, expect, it } from 'vitest';
import { ordinalsOf } from '../../src/core/answer/verdict-ordinals.js';
import { compareQuantities, quantitiesOf, YEAR_NOUN } from '../../src/core/answer/verdict-quantities.js';

const same = (question: string | null, passage: string | null) => question === passage;

describe('quantitiesOf', () => {
  it('reads numbers in digits and in words, with their magnitudes and counted word', () => {
    expect(quantitiesOf('The extension cost about two hundred million dollars')).toEqual([{ value: 200_000_000, noun: 'dollar', bound: null }]);
    expect(quantitiesOf('the terminal handled 900,000 containers')).toEqual([{ value: 900_000, noun: 'container', bound: null }]);
    expect(quantitiesOf('على مدى خمسة وعشرين عامًا')[0]).toMatchObject({ value: 25 });
    expect(quantitiesOf('بلغت 1.2 مليار دولار')[0]).toMatchObject({ value: 1_200_000_000 });
  });

  it('reads a bound and a year', () => {
    expect(quantitiesOf('أكثر من 800 عامل')[0]).toMatchObject({ value: 800, bound: 'above' });
    expect(quantitiesOf('signed in 2011')[0]).toMatchObject({ value: 2011, noun: YEAR_NOUN });
  });

  it('reads a magnitude letter glued to a number ("20k") and a bounded four-digit number before a noun as a count', () => {
    expect(quantitiesOf('above 20k lira')).toEqual([{ value: 20_000, noun: 'lira', bound: 'above' }]);
    expect(quantitiesOf('a 3bn plan')[0]).toMatchObject({ value: 3_000_000_000 });
    expect(quantitiesOf('more than 2000 suspected cholera cases')[0]).toMatchObject({ value: 2000, noun: 'suspect', also: ['cholera', 'case'], bound: 'above' });
    expect(quantitiesOf('listed since 2000 by the agency')[0]).toMatchObject({ noun: YEAR_NOUN });
  });

  it('does not read a number inside a word', () => {
    expect(quantitiesOf('كازاخستان والعامة')).toEqual([]);
  });

  it('reads the word for one with nothing it counts as a pronoun, no amount', () => {
    expect(quantitiesOf('was the bridge built like the one that fell in Genoa?')).toEqual([]);
    expect(quantitiesOf('وهو واحد من أقدم الجسور')).toEqual([]);
    expect(quantitiesOf('did more than one ferry sink?')[0]).toMatchObject({ value: 1, noun: 'ferry', bound: 'above' });
  });

  it('reads a unit of measure as the whole of what a number counts, not the words after it', () => {
    expect(quantitiesOf('up from 950,000 hectares last year')).toEqual([{ value: 950_000, noun: 'hectare', bound: null, measure: expect.objectContaining({ dimension: 'area' }) }]);
  });
});

describe('ordinalsOf', () => {
  it('reads a rank with the word it ranks: after an English ordinal, before an Arabic one with the article', () => {
    expect(ordinalsOf('for the fifth year running')).toEqual([{ value: 5, noun: 'year', bound: null }]);
    expect(ordinalsOf('للعام الخامس على التوالي')).toEqual([{ value: 5, noun: 'عام', bound: null }]);
    expect(ordinalsOf('فازت للمرة الثانية')[0]).toMatchObject({ value: 2 });
  });

  it('reads an Arabic ordinal without the article as leading its noun', () => {
    expect(ordinalsOf('أول عضو في الاتحاد')).toEqual([{ value: 1, noun: 'عضو', bound: null }]);
  });

  it('does not take a rank for an amount', () => {
    expect(quantitiesOf('للعام الخامس')).toEqual([]);
  });
});

describe('compareQuantities', () => {
  const of = quantitiesOf;
  it('agrees, differs, or finds the number absent', () => {
    expect(compareQuantities(of('500 dollars'), of('500 dollars and 3 days'), same)).toBe('agrees');
    expect(compareQuantities(of('500 dollars'), of('400 dollars'), same)).toBe('differs');
    expect(compareQuantities(of('500 dollars'), of('3 days'), same)).toBe('absent');
  });

  it('leaves open what a bound does not settle', () => {
    expect(compareQuantities(of('900 workers'), of('more than 600 workers'), same)).toBe('absent');
    expect(compareQuantities(of('more than 500 workers'), of('600 workers'), same)).toBe('agrees');
    expect(compareQuantities(of('more than 700 workers'), of('600 workers'), same)).toBe('differs');
  });
});

describe('yesNoVerdict with numbers', () => {
  const verdictOf = async (question: string, passage: string, headline = '') => {
    const { yesNoVerdict } = await import('../../src/core/answer/verdict.js');
    const { questionTerms } = await import('../../src/core/retrieval/query.js');
    return yesNoVerdict([passage], questionTerms(question), { names: new Set() }, question, headline);
  };

  it('reads the Arabic dual of the counted word as two', async () => {
    expect(await verdictOf('هل تلقى المرضى ثلاث جرعات من اللقاح؟', 'تلقى المرضى جرعتين من اللقاح.')).toBe('no');
  });

  it('answers "no" when the passage gives another rank of what is asked, in either language', async () => {
    expect(await verdictOf('هل فاز النادي بالبطولة للمرة الثالثة؟', 'فاز النادي بالبطولة للمرة الثانية في تاريخه.')).toBe('no');
    expect(await verdictOf('Did the club win the league for the third year running?', 'The club won the league for the second year running.')).toBe('no');
    expect(await verdictOf('Did the club win the league for the second year running?', 'The club won the league for the second year running.')).toBe('yes');
  });

  it('checks a number against a passage that names its subject only in the headline', async () => {
    const question = 'is the cleaning fee for the new covered market stalls above 2k lira?';
    expect(await verdictOf(question, 'Traders will also pay a cleaning fee of 900 lira a month.', 'Bursa rents out its new covered market stalls')).toBe('no');
    expect(await verdictOf(question, 'Traders will also pay a cleaning fee of 900 lira a month.')).toBe('not_said');
  });

  it('does not answer "no" from a number of another unit, or from the pronoun one', async () => {
    expect(await verdictOf('Is this the biggest wheat harvest in ten years?', 'It is the biggest wheat harvest in a decade, up from 800,000 tonnes last year.')).not.toBe('no');
    expect(await verdictOf('was the new bridge built the same way as the one that fell?', 'The new bridge was built in 2004 the same way as the bridge that fell, with 12 steel cables.')).not.toBe('no');
  });

  it('does not read a sound plural as a dual: it counts nothing', async () => {
    expect(await verdictOf('هل صمم الرافعات خمسة مهندسين؟', 'صمم الرافعات فريق من المهندسين الألمان.')).not.toBe('no');
  });
});
