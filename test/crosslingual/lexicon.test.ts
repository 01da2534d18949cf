import { describe, it, expect } from 'vitest';
import { Lexicon, loadLexicon } from '../../src/core/crosslingual/lexicon.js';
import { arabicLookupCandidates, englishDerivedCandidates, englishLemmaCandidates } from '../../src/core/crosslingual/lexicon-forms.js';
import { lookupArabic, lookupEnglish } from '../../src/core/crosslingual/lexicon-lookup.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { rawTokens } from '../../src/core/text/tokenize.js';

const tokens = (text: string): string[] => rawTokens(normalizeText(text));

// A tiny lexicon in the committed file format, so lookups are tested on known data.
const SMALL_EN_AR = Lexicon.parse(
  'en-ar',
  [
    '# comment lines are skipped',
    'united nations\tالامم المتحده',
    'united\tمتحد',
    'nation\tالامه\tالدوله',
    'security council\tمجلس الامن',
    'security\tالامن',
    'guinea pig\tالخنزير الغيني',
    'pig\tالخنزير',
    'city\tالمدينه',
    'study\tدرس',
    'stop\tتوقف',
    'box\tالصندوق',
    'run\tالركض',
    'running\tالجري',
    'make\tصنع',
    'national\tالمواطن',
    '',
  ].join('\n'),
);

const SMALL_AR_EN = Lexicon.parse(
  'ar-en',
  ['الرييس\tpresident\tchief', 'كره القدم\tfootball\tsoccer', 'الامم المتحده\tunited nations', 'مدينه\tcity'].join('\n'),
);

describe('loadLexicon', () => {
  it('loads the committed FreeDict lexicon in both directions, once per process', () => {
    const enAr = loadLexicon('en-ar');
    const arEn = loadLexicon('ar-en');
    expect(enAr.size).toBeGreaterThan(80_000);
    expect(arEn.size).toBeGreaterThan(45_000);
    expect(loadLexicon('en-ar')).toBe(enAr);
    expect(enAr.senses('kazakhstan')).toContain('كازاخستان');
    expect(enAr.senses('government')?.[0]).toBe('الحكومه');
    expect(arEn.senses('كره القدم')).toContain('football');
  });

  it('stores senses in normalizeText form, with no markup', () => {
    const enAr = loadLexicon('en-ar');
    // FreeDict writes "الرئيس" (hamza on yaa): normalised to "الرييس".
    expect(enAr.senses('president')).toContain('الرييس');
    for (const headword of ['capital', 'moscow', 'lagos', 'ablebodied']) {
      for (const sense of enAr.senses(headword) ?? []) {
        expect(sense).toBe(normalizeText(sense));
        expect(sense).not.toMatch(/[()[\]\-/a-z]/);
      }
    }
    // "لاجوس - أكبر مدينة في نيجيريا": the explanation after the dash is dropped.
    expect(enAr.senses('lagos')).toEqual(['لاجوس']);
  });

  it('parses the TSV format: comments and empty lines skipped, senses in order', () => {
    expect(SMALL_EN_AR.size).toBe(15);
    expect(SMALL_EN_AR.senses('nation')).toEqual(['الامه', 'الدوله']);
    expect(SMALL_EN_AR.has('# comment lines are skipped')).toBe(false);
    expect(SMALL_EN_AR.maxHeadwordTokens).toBe(2);
  });

  it('reads a hand-edited file: unsorted, empty fields dropped, a headword with none is no entry', () => {
    const edited = Lexicon.parse('en-ar', ['zebra\tحمار الوحش', 'melon\t\tبطيخ\t\tشمام\t', 'empty\t\t', 'apple\tتفاحه'].join('\n'));
    expect(edited.size).toBe(3);
    expect(edited.senses('melon')).toEqual(['بطيخ', 'شمام']);
    expect(edited.has('empty')).toBe(false);
    expect(edited.senses('empty')).toBeUndefined();
    expect(edited.senses('zebra')).toEqual(['حمار الوحش']);
    expect(edited.has('mango')).toBe(false);
  });
});

describe('englishLemmaCandidates', () => {
  it('puts the surface form first, then -s/-es/-ies/-ed/-ing lemmas', () => {
    expect(englishLemmaCandidates('cities')[0]).toBe('cities');
    expect(englishLemmaCandidates('cities')).toContain('city');
    expect(englishLemmaCandidates('boxes')).toContain('box');
    expect(englishLemmaCandidates('studied')).toContain('study');
    expect(englishLemmaCandidates('stopped')).toContain('stop');
    expect(englishLemmaCandidates('making')).toContain('make');
    expect(englishLemmaCandidates('used')).toContain('use');
  });

  it('never offers lemmas shorter than three letters', () => {
    expect(englishLemmaCandidates('fled')).not.toContain('fl');
  });

  it('derives related words only on request (national → nation)', () => {
    expect(englishLemmaCandidates('national')).not.toContain('nation');
    expect(englishDerivedCandidates('national')).toContain('nation');
    expect(englishDerivedCandidates('canarian')).toContain('canary');
  });
});

describe('lookupEnglish', () => {
  it('matches multi-word entries before single words', () => {
    const matches = lookupEnglish(tokens('the United Nations Security Council'), { lexicon: SMALL_EN_AR });
    expect(matches.map((match) => match.headwords[0])).toEqual(['united nations', 'security council']);
    expect(matches[0]?.senses).toEqual(['الامم المتحده']);
    expect(matches[0]).toMatchObject({ start: 1, end: 3 });
  });

  it('lemmatises the last word of a multi-word entry', () => {
    const matches = lookupEnglish(tokens('guinea pigs'), { lexicon: SMALL_EN_AR });
    expect(matches).toHaveLength(1);
    expect(matches[0]?.headwords).toEqual(['guinea pig']);
  });

  it('looks the surface form up first, then lemmas, merging their senses', () => {
    const [running] = lookupEnglish(['running'], { lexicon: SMALL_EN_AR });
    expect(running?.headwords).toEqual(['running', 'run']);
    expect(running?.senses).toEqual(['الجري', 'الركض']);
    const [first] = lookupEnglish(['running'], { lexicon: SMALL_EN_AR, mergeLemmas: false });
    expect(first?.senses).toEqual(['الجري']);
    expect(lookupEnglish(tokens('cities studied boxes'), { lexicon: SMALL_EN_AR }).map((m) => m.senses[0])).toEqual([
      'المدينه',
      'درس',
      'الصندوق',
    ]);
  });

  it('skips stop words and unknown words, and never spans a gap', () => {
    expect(lookupEnglish(tokens('the of and'), { lexicon: SMALL_EN_AR })).toEqual([]);
    expect(lookupEnglish(['zzyzx'], { lexicon: SMALL_EN_AR })).toEqual([]);
    const gapped = lookupEnglish(['united', '', 'nations'], { lexicon: SMALL_EN_AR });
    expect(gapped.map((match) => match.headwords[0])).toEqual(['united', 'nation']);
  });

  it('works on the real lexicon (multi-word and inflected entries)', () => {
    const matches = lookupEnglish(tokens('Guinea pigs in Kazakhstan'));
    expect(matches[0]?.headwords[0]).toBe('guinea pigs');
    expect(matches[1]?.senses).toContain('كازاخستان');
  });
});

describe('lookupArabic', () => {
  it('strips proclitics and adds the article to find a headword', () => {
    expect(arabicLookupCandidates('والرييس')).toContain('الرييس');
    expect(arabicLookupCandidates('رييس')).toContain('الرييس');
    const [match] = lookupArabic(['والرييس'], { lexicon: SMALL_AR_EN });
    expect(match?.senses).toEqual(['president', 'chief']);
  });

  it('matches multi-word entries first, the first word possibly with clitics', () => {
    const matches = lookupArabic(tokens('لعب كرة القدم في والأمم المتحدة'), { lexicon: SMALL_AR_EN });
    expect(matches.map((match) => match.senses[0])).toEqual(['football', 'united nations']);
  });

  it('falls back to headwords with the same light stem', () => {
    const [match] = lookupArabic(['مدينتها'], { lexicon: SMALL_AR_EN });
    expect(match?.senses).toEqual(['city']);
  });
});
