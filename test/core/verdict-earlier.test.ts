import { describe, expect, it } from 'vitest';
import { asksEarlier, byEarlier, earlierRanks } from '../../src/core/answer/verdict-earlier.js';

const isAsked = (token: string) => ['fire', 'flood', 'فيضان', 'major'].includes(token);

describe('a yes/no question asking whether something happened before', () => {
  it('reads the cue at the end of an English question and anywhere in an Arabic one, not a date "before"', () => {
    expect(asksEarlier('has the mill had a major fire before?')).toBe(true);
    expect(asksEarlier('has the mill had a fire b4 this one or not?')).toBe(true);
    expect(asksEarlier('هل صار فيضان قبل هيك بالوادي؟')).toBe(true);
    expect(asksEarlier('هل سبق أن غمر الفيضان الوادي؟')).toBe(true);
    expect(asksEarlier('will the mill reopen before the end of March?')).toBe(false);
    expect(asksEarlier('is this the first fire at the mill before?')).toBe(false);
  });

  it('reads the rank a passage gives what is asked, in either language, and "for the first time", and answers by it', () => {
    expect(earlierRanks(['It was the mill’s first major fire since it opened in 1987.'], isAsked)).toEqual([1]);
    expect(earlierRanks(['وهذا ثالث فيضان يضرب الوادي منذ 2019.'], isAsked)).toEqual([3]);
    expect(earlierRanks(['The river burst its banks for the first time in a century.'], isAsked)).toEqual([1]);
    expect(earlierRanks(['The first shift of the mill starts at six.'], isAsked)).toEqual([]);
    const question = 'has the mill had a major fire before?';
    expect(byEarlier('yes', question, ['It was the mill’s first major fire since it opened in 1987.'], isAsked)).toBe('no');
    expect(byEarlier('not_said', 'هل صار فيضان قبل هيك بالوادي؟', ['وهذا ثالث فيضان يضرب الوادي منذ 2019.'], isAsked)).toBe('yes');
    expect(byEarlier('yes', question, ['The fire destroyed the mill’s main hall.'], isAsked)).toBe('yes');
  });

  it('reads "other" and «أخرى» as asking whether one of the kind stood before the one the article is about', () => {
    const isPlant = (token: string) => ['plant', 'plants', 'مصنع'].includes(token);
    expect(asksEarlier('does the brewery have other plants abroad?')).toBe(true);
    expect(byEarlier('yes', 'does the brewery have other plants abroad?', ['It is the brewery’s first plant abroad.'], isPlant)).toBe('no');
    expect(byEarlier('not_said', 'هل لدى المجموعة مصانع أخرى خارج المغرب؟', ['وهو ثاني مصنع للمجموعة خارج المغرب.'], isPlant)).toBe('yes');
  });
});
