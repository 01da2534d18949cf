/**
 * Normalisation for matching (normalizeText), the eval README's gold-match
 * normalisation, and the keyword index's terms.
 */
import { describe, expect, it } from 'vitest';
import { normalizeForGoldMatch, normalizeText, stripArabicMarks, toAsciiDigits } from '../../src/core/text/normalize.js';
import { countFeatures } from '../../src/core/embeddings/features.js';
import { indexTerms, rawTokens, stemArabic, stemEnglish, stripArabicArticle } from '../../src/core/text/tokenize.js';

describe('normalizeText', () => {
  it('removes harakat, tanwin, shadda, sukun and superscript alef', () => {
    expect(normalizeText('مُحَمَّدٌ')).toBe('محمد');
    expect(normalizeText('كُتِبَ')).toBe('كتب');
    expect(normalizeText('هٰذا')).toBe('هذا');
    expect(normalizeText('مِنْ')).toBe('من');
    expect(normalizeText('كتابًا')).toBe('كتابا');
  });

  it('removes tatweel used for justification', () => {
    expect(normalizeText('كـــازاخـستان')).toBe('كازاخستان');
    expect(normalizeText('كـــازاخـستان')).toBe(normalizeText('كازاخستان'));
  });

  it('folds alef forms to bare alef', () => {
    expect(normalizeText('أإآٱا')).toBe('ااااا');
    expect(normalizeText('إلى الأمم المتحدة')).toBe(normalizeText('الي الامم المتحده'));
  });

  it('folds alef maqsura and Persian yeh to yaa', () => {
    expect(normalizeText('على')).toBe('علي');
    expect(normalizeText('متى')).toBe('متي');
    expect(normalizeText('ی')).toBe('ي');
  });

  it('folds taa marbuta to haa', () => {
    expect(normalizeText('المقابلة')).toBe('المقابله');
    expect(normalizeText('مدينة')).toBe(normalizeText('مدينه'));
  });

  it('folds Persian keheh to kaf, so a word typed on a Persian keyboard matches', () => {
    expect(normalizeText('ک')).toBe('ك');
    expect(normalizeText('کازاخستان')).toBe('كازاخستان');
    expect(normalizeText('کازاخستانی')).toBe(normalizeText('كازاخستاني'));
  });

  it('turns Arabic-Indic and Persian digits into ASCII', () => {
    expect(normalizeText('٣٣ مرة')).toBe('33 مره');
    expect(normalizeText('۳۳ مرة')).toBe('33 مره');
    expect(normalizeText('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeText('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
  });

  it('drops straight and curly quotation marks and guillemets', () => {
    expect(normalizeText('“توكاييف”')).toBe('توكاييف');
    expect(normalizeText('«بوتين»')).toBe('بوتين');
    expect(normalizeText('"paralyzed"')).toBe('paralyzed');
    expect(normalizeText('‘common home’')).toBe('common home');
  });

  it('removes zero-width characters and bidi controls', () => {
    expect(normalizeText('كازا\u200Bخستان')).toBe('كازاخستان');
    expect(normalizeText('\u202Eبوتين\u202C')).toBe('بوتين');
    expect(normalizeText('\u200Fتوكاييف\u200E')).toBe('توكاييف');
    expect(normalizeText('\u2067Putin\u2069')).toBe('putin');
    expect(normalizeText('\uFEFFصين')).toBe('صين');
    expect(normalizeText('ZWJ\u200Djoin')).toBe('zwjjoin');
  });

  it('applies NFKC: presentation forms, ligatures and full-width letters', () => {
    expect(normalizeText('ﻻ')).toBe('لا'); // lam-alef ligature
    expect(normalizeText('ﺑﻮﺗﻴﻦ')).toBe('بوتين'); // presentation forms
    expect(normalizeText('ＰＵＴＩＮ')).toBe('putin');
    expect(normalizeText('①')).toBe('1');
  });

  it('lower-cases Latin and collapses white space', () => {
    expect(normalizeText('  Kassym-Jomart\t\tTOKAYEV \n ')).toBe('kassym-jomart tokayev');
  });

  it('maps Arabic punctuation to its Latin counterpart', () => {
    expect(normalizeText('كم مرة؟')).toBe('كم مره?');
    expect(normalizeText('روسيا، الصين؛')).toBe('روسيا, الصين;');
  });
});

describe('toAsciiDigits and stripArabicMarks', () => {
  it('toAsciiDigits converts only digits', () => {
    expect(toAsciiDigits('عام ٢٠٢٥ و۲۰۲۴')).toBe('عام 2025 و2024');
    expect(toAsciiDigits('no digits')).toBe('no digits');
  });

  it('stripArabicMarks removes marks and tatweel but keeps letter forms', () => {
    expect(stripArabicMarks('أُمَّـــة')).toBe('أمة');
    expect(stripArabicMarks('إلى')).toBe('إلى');
  });
});

describe('normalizeForGoldMatch (../shared/eval/README.md)', () => {
  it('removes the quotation marks “ ” and "', () => {
    expect(normalizeForGoldMatch('لا يزال “مشلولا”')).toBe('لا يزال مشلولا');
    expect(normalizeForGoldMatch('"paralyzed"')).toBe('paralyzed');
  });

  it('removes diacritics', () => {
    expect(normalizeForGoldMatch('كُتب وقيل')).toBe('كتب وقيل');
    expect(normalizeForGoldMatch('هدفًا')).toBe('هدفا');
  });

  it('unifies alef forms', () => {
    expect(normalizeForGoldMatch('أإآٱ')).toBe('اااا');
  });

  it('does not fold what the README does not name (taa marbuta, alef maqsura, digits)', () => {
    expect(normalizeForGoldMatch('مرة على ٣٣')).toBe('مرة على ٣٣');
  });

  it('matches a gold string against the published paragraph', () => {
    const paragraph = 'مشيرا إلى أن مجلس الأمن التابع للأمم المتحدة لا يزال “مشلولا”.';
    expect(normalizeForGoldMatch(paragraph)).toContain(normalizeForGoldMatch('لا يزال مشلولا'));
    expect(normalizeForGoldMatch(paragraph)).toContain(normalizeForGoldMatch('مجلس الامن التابع'));
  });
});

describe('index terms and light stemming', () => {
  it('strips the article and attached prepositions, keeping three-letter stems', () => {
    expect(stemArabic('والصين')).toBe('صين');
    expect(stemArabic('للصين')).toBe('صين');
    expect(stemArabic('بالصين')).toBe('صين');
    expect(new Set(['التعاون', 'بالتعاون', 'والتعاون', 'وبالتعاون'].map(stemArabic)).size).toBe(1);
    expect(stemArabic('علاقات')).toBe('علاق');
    // never below three letters
    expect(stemArabic('بنت').length).toBeGreaterThanOrEqual(3);
  });

  it('lemmatises simple English inflections', () => {
    expect(stemEnglish('visited')).toBe('visit');
    expect(stemEnglish('countries')).toBe('country');
    expect(stemEnglish('stopped')).toBe('stop');
    expect(stemEnglish('talks')).toBe('talk');
    expect(stemEnglish('crisis')).toBe('crisis');
  });

  it('normalises, drops stop words and stems, so spelling variants share terms', () => {
    expect(indexTerms('الأمم المتحدة')).toEqual(indexTerms('الامم المتحده'));
    expect(indexTerms('كازاخستان')).toEqual(indexTerms('کازاخستان'));
    expect(indexTerms('The visits of the president')).toEqual(['visit', 'president']);
  });

  it('splits a number glued to an Arabic word, and nothing else', () => {
    expect(rawTokens(normalizeText('رحلة أبولو1 الأولى'))).toEqual(['رحله', 'ابولو', '1', 'الاولي']);
    expect(rawTokens(normalizeText('في الـ20 من مايو'))).toEqual(['في', 'ال', '20', 'من', 'مايو']);
    expect(indexTerms('أبولو1')).toEqual(indexTerms('أبولو 1'));
    // Latin names with digits, and plain numbers, stay whole.
    expect(rawTokens(normalizeText('G20 covid19 2025 3.5'))).toEqual(['g20', 'covid19', '2025', '3', '5']);
  });

  it('strips the article with its attached particle, and only that', () => {
    expect(['النشيد', 'والنشيد', 'بالنشيد', 'للنشيد', 'وبالنشيد'].map(stripArabicArticle)).toEqual(['نشيد', 'نشيد', 'نشيد', 'نشيد', 'نشيد']);
    expect(stripArabicArticle('نشيد')).toBe('نشيد');
    // never down to one letter, and Latin words untouched
    expect(stripArabicArticle('ال')).toBe('ال');
    expect(stripArabicArticle('alliance')).toBe('alliance');
  });

  it("gives a word and its form with the article the same character n-grams", () => {
    const withArticle = [...countFeatures('النشيد').keys()];
    const without = [...countFeatures('نشيد').keys()];
    expect(withArticle).toEqual(without);
    expect(countFeatures('بالنشيد')).toEqual(countFeatures('النشيد'));
  });
});
