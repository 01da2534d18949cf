import { describe, expect, it } from 'vitest';
import { otherCountryForms } from '../../src/core/text/country-forms.js';
import { normalizeText } from '../../src/core/text/normalize.js';

const forms = (word: string) => otherCountryForms(normalizeText(word));

describe("a country's other words", () => {
  it('gives the name for an adjective of its people and back, in both languages', () => {
    expect(forms('Vietnam')).toEqual(expect.arrayContaining(['vietnamese', normalizeText('فيتنام')]));
    expect(forms('Vietnamese')).toContain('vietnam');
    expect(forms('Jordanian')).toEqual(expect.arrayContaining(['jordan', normalizeText('الأردن')]));
  });

  it('reads an Arabic nisba with its article, particles and endings', () => {
    expect(forms('والسوريين')).toEqual(expect.arrayContaining(['syria', normalizeText('سوريا')]));
    expect(forms('الأردنية')).toContain('jordanian');
  });

  it('keeps one country apart from another that shares a word in WordNet', () => {
    expect(forms('Chinese')).not.toContain('taiwan');
  });

  it("reads a language that is one country's own as that country's word (CLDR), not one spoken most elsewhere", () => {
    expect(forms('Uzbek')).toEqual(expect.arrayContaining(['uzbekistan', normalizeText('أوزبكستان')]));
    expect(forms('Kyrgyz')).toContain('kyrgyzstan');
    expect(forms('Catalan')).toEqual([]);
  });

  it('gives nothing for a word that names no country, nor for a region', () => {
    expect(forms('rice')).toEqual([]);
    expect(forms('African')).toEqual([]);
  });
});
