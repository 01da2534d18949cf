/**
 * Normalisation for matching (normalizeText), the eval README's gold-match
 * normalisation, and the keyword index's terms.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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

  it("drops a possessive 's after an s whole, so a name ending in s keeps its spelling", () => {
    expect(normalizeText("Damascus's water")).toBe('damascus water');
    expect(normalizeText('the Congress’s vote')).toBe('the congress vote');
    // Other possessives lose the apostrophe only: "georgias" stems to Georgia.
    expect(normalizeText("Georgia's 5G")).toBe('georgias 5g');
    // Not a possessive: an apostrophe inside a word, or before other letters.
    expect(normalizeText("O'Sullivans's")).toBe('osullivans');
    expect(normalizeText("the bus'shelter")).toBe('the busshelter');
    expect(normalizeText("rock 'n' roll")).toBe('rock n roll');
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

  it('drops reflexive pronouns in Arabic as in English: "itself" names no topic', () => {
    expect(indexTerms('الوزارة تعيد تسمية نفسها')).toEqual(indexTerms('الوزارة تعيد تسمية'));
    expect(indexTerms('رأى الناخبون أنفسهم ضحايا')).toEqual(indexTerms('رأى الناخبون ضحايا'));
    expect(indexTerms('the ministry renamed itself')).toEqual(indexTerms('the ministry renamed'));
    // «نفس» alone ("the same", "soul") still names something.
    expect(indexTerms('في نفس العام').length).toBe(2);
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

/** The chain of replacements normalizeText is written as one pass of: the two must agree on any text. */
function replacementChain(text: string): string {
  const folds: Record<string, string> = {
    'أ': 'ا', 'إ': 'ا', 'آ': 'ا', 'ٱ': 'ا', 'ٲ': 'ا', 'ٳ': 'ا', 'ى': 'ي', 'ی': 'ي', 'ې': 'ي', 'ۍ': 'ي', 'ئ': 'ي',
    'ة': 'ه', 'ۀ': 'ه', 'ە': 'ه', 'ہ': 'ه', 'ھ': 'ه', 'ؤ': 'و', 'ک': 'ك', 'ڪ': 'ك', 'گ': 'ك',
    'پ': 'ب', 'چ': 'ك', 'ژ': 'ز', 'ڤ': 'ف', 'ڨ': 'ق',
  };
  return text
    .normalize('NFKC')
    .replace(/(?<=[sS])['’][sS](?![\p{L}\p{M}\p{N}])/gu, '')
    .replace(/[\u200B-\u200F\u202A-\u202E\u2060-\u2069\uFEFF\u00AD]/g, '')
    .replace(/[\u0610-\u061A\u064B-\u065F\u0670\u06D6-\u06DC\u06DF-\u06E8\u06EA-\u06ED]/g, '')
    .replace(/\u0640/g, '')
    .replace(new RegExp(`[${Object.keys(folds).join('')}]`, 'g'), (letter) => folds[letter]!)
    .replace(/[\u0660-\u0669\u06F0-\u06F9]/g, (digit) => String(digit.charCodeAt(0) - (digit.charCodeAt(0) >= 0x06f0 ? 0x06f0 : 0x0660)))
    .replace(/["“”„‟«»‹›'‘’‚‛`´]/g, '')
    .replace(/\u060C/g, ',')
    .replace(/\u061B/g, ';')
    .replace(/\u061F/g, '?')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
}

describe('normalizeText in one pass', () => {
  it('agrees with the chain of replacements on every fixture article', () => {
    const folder = path.join(import.meta.dirname, '../fixtures');
    const files = readdirSync(folder, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.md') || name.endsWith('.txt'));
    expect(files.length).toBeGreaterThan(5);
    for (const name of files) {
      const text = readFileSync(path.join(folder, name), 'utf8');
      expect(normalizeText(text), name).toBe(replacementChain(text));
      for (const line of text.split('\n')) expect(normalizeText(line)).toBe(replacementChain(line));
    }
  });

  it('agrees on random mixes of spaces, marks, controls, folded letters, digits and Latin capitals', () => {
    const alphabet = [' ', '\n', '\t', '\u00A0', '\u2003', '\u200B', '\u200F', '\uFEFF', '\u00AD', 'ـ', 'َ', 'ٰ', '«', '»', '"', "'", '`', '´', '“', 'أ', 'ى', 'ة', 'ک', 'ا', 'ب', '٣', '۷', '،', '؛', '؟', 'A', 'z', 's', 'S', '’', 'İ', 'ﷺ', 'ﻻ', '1', '.'];
    let seed = 7;
    const next = () => ((seed = (seed * 1103515245 + 12345) % 2147483648), seed);
    for (let sample = 0; sample < 3000; sample += 1) {
      const text = Array.from({ length: next() % 24 }, () => alphabet[next() % alphabet.length]).join('');
      expect(normalizeText(text), JSON.stringify(text)).toBe(replacementChain(text));
    }
  });
});
