import { describe, expect, it } from 'vitest';
import { bySuperlative } from '../../src/core/answer/verdict-superlatives.js';

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

  it('turns only a yes', () => {
    expect(bySuperlative('not_said', "is the mill the region's biggest flour maker?", ["It is the region's third-largest flour maker."])).toBe('not_said');
  });
});
