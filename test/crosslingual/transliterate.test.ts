import { describe, it, expect } from 'vitest';
import { transliterateArabic } from '../../src/core/crosslingual/transliteration/arabic-to-latin.js';
import { transliterateLatin } from '../../src/core/crosslingual/transliteration/latin-to-arabic.js';
import { arabicMatchKey, keySimilarity, latinMatchKey, nameSimilarity } from '../../src/core/crosslingual/transliteration/match-keys.js';
import { NameIndex } from '../../src/core/crosslingual/transliteration/name-index.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { rawTokens } from '../../src/core/text/tokenize.js';

// Arabic press vocabulary: the names (with and without clitics, as printed) and
// look-alike distractors that share letters with them.
const ARABIC_VOCABULARY = rawTokens(
  normalizeText(
    [
      'توكاييف لتوكاييف أكوردا أكتاو إلواي كازاخستان لكازاخستان بوتين وبوتين',
      'توكيو أكتوبر بوتان الوادي كازينو أكراد الكتاب أوكرانيا كارثة بوتقة الأكراد التوك',
      'روسيا الصين الولايات المتحدة أستانا الرئيس السياسة الخارجية',
    ].join(' '),
  ),
);

const ENGLISH_VOCABULARY = rawTokens(
  normalizeText('Tokayev met Putin in Astana; Kazakhstan, Tokyo, token, tobacco, put, pottery, Bhutan, Denver, dinner'),
);

describe('transliterateLatin', () => {
  it('spells the preferred reading first, with the usual endings', () => {
    expect(transliterateLatin('Kazakhstan')[0]).toBe('كازاخستان');
    expect(transliterateLatin('Putin')[0]).toBe('بوتين');
    expect(transliterateLatin('Akorda')[0]).toBe('اكوردا');
    expect(transliterateLatin('Aktau')[0]).toBe('اكتاو');
    // Initial vowel → alef (إلواي is إ + لواي, folded to ا by normalizeText).
    expect(transliterateLatin('Elway')[0]).toBe('الواي');
    expect(transliterateLatin('Denver')).toContain('دنفر');
  });

  it('offers -ov/-ev variants and writes doubled letters once', () => {
    expect(transliterateLatin('Tokayev')).toContain('توكاييف');
    expect(transliterateLatin('Ivanov')).toContain('ايفانوف');
    expect(transliterateLatin('Tesla')[0]).toBe('تسلا');
    expect(transliterateLatin('Manning')[0]).toBe('مانينغ');
  });

  it('reads an English short u as «ا», as the Arabic press spells it (Truss: تراس, Justin: جاستن)', () => {
    expect(transliterateLatin('Truss')).toContain('تراس');
    expect(transliterateLatin('Justin')).toContain('جاستن');
    expect(transliterateLatin('Putin')[0]).toBe('بوتين');
    expect(new NameIndex('ar', ['ليز', 'تراس', 'تروس']).match('Truss').map((match) => match.token)).toContain('تراس');
  });

  it('spells German -tz- «تز» too, and the final y of a word with no other vowel «اي» (Fritz: فريتز, Fly: فلاي)', () => {
    expect(transliterateLatin('Fritz')).toContain('فريتز');
    expect(transliterateLatin('Fly')[0]).toBe('فلاي');
    const press = new NameIndex('ar', ['فريتز', 'هابر', 'فلاي', 'دبي', 'فلين', 'الرحلات']);
    expect(press.match('Fritz').map((match) => match.token)).toContain('فريتز');
    expect(press.match('Fly').map((match) => match.token)[0]).toBe('فلاي');
    // A final y in a word with another vowel stays «ي» (Kelly).
    expect(transliterateLatin('Kelly')).not.toContain('كلاي');
  });

  it('returns nothing for non-Latin tokens and respects the limit', () => {
    expect(transliterateLatin('توكاييف')).toEqual([]);
    expect(transliterateLatin('2015')).toEqual([]);
    expect(transliterateLatin('Kazakhstan', 3)).toHaveLength(3);
  });
});

describe('transliterateArabic', () => {
  it('gives Latin spellings with optional short vowels', () => {
    expect(transliterateArabic('بوتين')).toContain('butin');
    expect(transliterateArabic('دنفر')).toContain('danfar');
    expect(transliterateArabic('Putin')).toEqual([]);
  });
});

describe('matching keys', () => {
  it('fold letters that transliterate alike', () => {
    expect(arabicMatchKey('طهران')).toBe(arabicMatchKey('تهران'));
    expect(arabicMatchKey('توكاييف')).toBe('توكايف');
    expect(arabicMatchKey('أكوردا')).toBe('اكوردا');
    expect(latinMatchKey('Tokaev')).toBe(latinMatchKey('Tokaiev'));
    expect(latinMatchKey('Mohammed')).toBe(latinMatchKey('Muhamad'));
    expect(latinMatchKey('Philip')).toBe(latinMatchKey('Filip'));
    expect(latinMatchKey('Putin')).not.toBe(latinMatchKey('Pottery'));
  });

  it('measure Dice similarity of padded bigrams', () => {
    expect(keySimilarity('abc', 'abc')).toBe(1);
    expect(keySimilarity('abc', 'xyz')).toBe(0);
    // #a ab bc c# vs #a ab bd d#: 2 shared of 4 + 4.
    expect(keySimilarity('abc', 'abd')).toBeCloseTo(0.5);
    expect(nameSimilarity('كازاخستان', 'كزاخستان', 'ar')).toBeGreaterThan(0.8);
  });
});

describe('NameIndex (Latin names → Arabic vocabulary)', () => {
  const index = new NameIndex('ar', ARABIC_VOCABULARY);

  it.each([
    ['Tokayev', 'توكاييف'],
    ['Akorda', 'اكوردا'],
    ['Aktau', 'اكتاو'],
    ['Elway', 'الواي'],
    ['Kazakhstan', 'كازاخستان'],
    ['Putin', 'بوتين'],
  ])('%s reaches %s first, above every distractor', (name, expected) => {
    const matches = index.match(name);
    expect(matches[0]?.token).toBe(expected);
    expect(matches[0]?.similarity).toBeGreaterThanOrEqual(0.9);
    for (const other of matches.slice(1)) {
      if (other.token.endsWith(expected)) continue; // the same name with a clitic
      expect(other.similarity).toBeLessThan(matches[0]?.similarity ?? 0);
    }
  });

  it('finds the name behind proclitics (لتوكاييف, لكازاخستان)', () => {
    const tokens = index.match('Kazakhstan', { limit: 5 }).map((match) => match.token);
    expect(tokens).toContain('لكازاخستان');
    expect(index.match('Tokayev', { limit: 5 }).map((match) => match.token)).toContain('لتوكاييف');
  });

  it('does not match words that only look alike', () => {
    expect(index.match('Oxford')).toEqual([]);
    expect(index.match('Tokyo').map((match) => match.token)).not.toContain('توكاييف');
    expect(index.match('Bhutan')[0]?.token).toBe('بوتان');
  });

  it('answers repeated queries from its cache with equal results', () => {
    const first = index.match('Tokayev');
    const second = index.match('Tokayev');
    expect(second).toEqual(first);
    second[0]!.similarity = 0;
    expect(index.match('Tokayev')[0]?.similarity).toBeGreaterThan(0.9);
  });
});

describe('NameIndex (Arabic names → English vocabulary)', () => {
  const index = new NameIndex('latin', ENGLISH_VOCABULARY);

  it.each([
    ['توكاييف', 'tokayev'],
    ['لبوتين', 'putin'],
    ['كازاخستان', 'kazakhstan'],
    ['دنفر', 'denver'],
    ['أستانا', 'astana'],
  ])('%s reaches %s', (name, expected) => {
    expect(index.match(name)[0]?.token).toBe(expected);
  });

  it('ignores Arabic words with no Latin counterpart', () => {
    expect(index.match('السياسة')).toEqual([]);
  });
});
