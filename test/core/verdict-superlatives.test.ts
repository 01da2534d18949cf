import { describe, expect, it } from 'vitest';
import { otherNounIn } from '../../src/core/answer/verdict-counted.js';
import { byOrdinalRank, bySuperlative } from '../../src/core/answer/verdict-superlatives.js';
import { questionTerms } from '../../src/core/retrieval/query.js';

describe('a superlative asked against the rank the passage gives', () => {
  it('answers no when the passage ranks it below the top on the same scale, in either language', () => {
    expect(bySuperlative('yes', "is the mill the region's biggest flour maker?", ["It is the region's third-largest flour maker."])).toBe('no');
    expect(bySuperlative('yes', 'هل سيكون المصرف الجديد أكبر مصرف في البلاد؟', ['لينشأ ثاني أكبر مصرف في البلاد من حيث الأصول.'])).toBe('no');
    expect(bySuperlative('yes', 'is it the highest dam in the country', ['It is the second highest dam in the country.'])).toBe('no');
  });

  it('keeps the answer when the passage gives the top itself, no rank, or the question compares', () => {
    expect(bySuperlative('yes', "is the mill the region's biggest flour maker?", ["It is the region's largest flour maker."])).toBe('yes');
    expect(bySuperlative('yes', "is the mill the region's biggest flour maker?", ['The mill opened in 1998.'])).toBe('yes');
    expect(bySuperlative('yes', 'هل الحريق أكبر من حريق العام الماضي؟', ['وهو ثاني أكبر حريق تشهده المنطقة.'])).toBe('yes');
    expect(bySuperlative('yes', 'did flour prices rise?', ["It is the region's third-largest flour maker."])).toBe('yes');
  });

  it('keeps the answer when the passage ranks another thing the question names, in either language', () => {
    const checked = (question: string, passage: string) => bySuperlative('yes', question, [passage], otherNounIn(questionTerms(question)));
    expect(checked('does the biggest shareholder of the bank back the merger?', 'The boards approved the merger, creating the second-largest bank in the country.')).toBe('yes');
    expect(checked('هل يؤيد أكبر مساهم في البنك الاندماج؟', 'وافق مجلسا إدارة البنكين على الاندماج، لينشأ ثاني أكبر بنك في البلاد.')).toBe('yes');
    expect(checked('is it the biggest bank in the country?', 'The boards approved the merger, creating the second-largest bank in the country.')).toBe('no');
    expect(checked('هل سيكون المصرف الجديد أكبر مصرف في البلاد؟', 'لينشأ ثاني أكبر مصرف في البلاد من حيث الأصول.')).toBe('no');
  });

  it('turns only a yes', () => {
    expect(bySuperlative('not_said', "is the mill the region's biggest flour maker?", ["It is the region's third-largest flour maker."])).toBe('not_said');
  });
});

describe('a first rank asked against the ordinal the passage gives the same noun', () => {
  const sameNoun = (asked: string | null, given: string | null) => asked === given || (asked === 'university' && given === 'جامع');

  it('answers no when the passage ranks the noun below the first, in either language', () => {
    expect(byOrdinalRank('yes', 'is aston the top university in the league table?', ['Aston is the third university in the league table.'], sameNoun)).toBe('no');
    expect(byOrdinalRank('yes', 'is aston the biggest university in the region?', ['لتصبح ثالث جامعة في المنطقة'], sameNoun)).toBe('no');
  });

  it('keeps the answer when the passage gives the first rank, another noun a rank, or the question asks no first rank', () => {
    expect(byOrdinalRank('yes', 'is aston the top university in the league table?', ['Aston is the first university in the league table.'], sameNoun)).toBe('yes');
    expect(byOrdinalRank('yes', 'is aston the top university in the league table?', ['Aston rose for the third year in a row.'], sameNoun)).toBe('yes');
    expect(byOrdinalRank('yes', 'is aston a university in the league table?', ['Aston is the third university in the league table.'], sameNoun)).toBe('yes');
    expect(byOrdinalRank('yes', 'هل الحريق أكبر من حريق العام الماضي؟', ['وهو الحريق الثاني هذا العام.'], (asked, given) => asked === given)).toBe('yes');
  });
});
