import { describe, it, expect } from 'vitest';
import { translateQuery } from '../../src/core/crosslingual/query-translation.js';
import type { QueryTranslation, TranslatedTerm } from '../../src/core/crosslingual/translated-terms.js';
import { TextVocabulary, type CorpusVocabulary } from '../../src/core/crosslingual/vocabulary.js';

// Sentences of knowledge/tokayev-foreign-policy-2025-01-03.md (shortened), plus
// two unrelated ones, as the indexed Arabic corpus.
const ARABIC_DOCUMENTS = [
  'تناول الرئيس “قاسم جومارت توكاييف” السياسة الخارجية لكازاخستان، حسبما ذكرت خدمة “أكوردا” الصحافية.',
  'وقال “توكاييف”: “زار الرئيس “بوتين” كازاخستان 33 مرة. مما يعكس قوة علاقاتنا.',
  'أوضح “توكاييف” أن الحدود بين كازاخستان وروسيا، والتي تعد أطول حدود متواصلة في العالم.',
  'مشيرا إلى أن مجلس الأمن التابع للأمم المتحدة لا يزال “مشلولا”، والحالة الدولية تثير مخاوف بين الدول.',
  'لعب الفريق مباراة كرة القدم في ملعب المدينة.',
  'ارتفعت أسعار النفط في الأسواق العالمية هذا الأسبوع.',
];

// The same kind of text in English, for Arabic questions.
const ENGLISH_DOCUMENTS = [
  'President Kassym-Jomart Tokayev addressed Kazakhstan’s foreign policy, according to the Akorda press service.',
  'President Putin has visited Kazakhstan 33 times, which reflects the strength of our relations.',
  'The border between Kazakhstan and Russia is the longest continuous border in the world.',
  'Oil prices rose on world markets this week.',
];

const arabic = new TextVocabulary(ARABIC_DOCUMENTS);
const english = new TextVocabulary(ENGLISH_DOCUMENTS);

const termsVia = (translation: QueryTranslation, via: TranslatedTerm['via']): string[] =>
  translation.terms.filter((term) => term.via === via).map((term) => term.term);
const weightOf = (translation: QueryTranslation, term: string, via: TranslatedTerm['via'] = 'lexicon'): number =>
  translation.terms.find((candidate) => candidate.term === term && candidate.via === via)?.weight ?? 0;

describe('TextVocabulary', () => {
  it('counts documents per normalised surface token', () => {
    expect(arabic.documentCount).toBe(6);
    expect(arabic.documentFrequency('توكاييف')).toBe(3);
    expect(arabic.documentFrequency('كازاخستان')).toBe(2);
    expect(arabic.documentFrequency('أكوردا')).toBe(0); // not normalised: never found
    expect(arabic.documentFrequency('اكوردا')).toBe(1);
  });
});

describe('translateQuery (English → Arabic)', () => {
  it('translates known words and transliterates names against the corpus', () => {
    const translation = translateQuery('How many times did President Putin visit Kazakhstan?', 'en', arabic);
    expect(termsVia(translation, 'lexicon')).toEqual(expect.arrayContaining(['الرييس', 'كازاخستان']));
    expect(termsVia(translation, 'transliteration')).toContain('بوتين');
    // Stop words and question phrasing are never translated.
    const sources = translation.terms.map((term) => term.source);
    for (const word of ['how', 'many', 'did']) expect(sources).not.toContain(word);
  });

  it('finds Tokayev and Akorda by transliteration, as the corpus spells them', () => {
    const translation = translateQuery('What did Tokayev tell the Akorda press service?', 'en', arabic);
    expect(termsVia(translation, 'transliteration')).toEqual(expect.arrayContaining(['توكاييف', 'اكوردا']));
    expect(termsVia(translation, 'lexicon')).toEqual(expect.arrayContaining(['الصحافه', 'الخدمه']));
  });

  it('drops senses the corpus never uses and keeps the word untranslated', () => {
    // "weather" → الطقس: absent from the corpus, so no lexicon term.
    const translation = translateQuery('What was the weather like?', 'en', arabic);
    expect(termsVia(translation, 'lexicon')).toEqual([]);
    expect(termsVia(translation, 'untranslated')).toContain('weather');
    expect(translation.coveredTokens).toBe(0);
    expect(translation.sourceTokens).toBe(2); // weather, like
  });

  it('splits a word’s weight among its senses, the more specific sense weighing more', () => {
    // "state" → its usual renderings دولة / ولاية / حالة (common-english-arabic.tsv): the first and last occur (الدول, والحالة), ولاية does not.
    const translation = translateQuery('Which state has the longest border?', 'en', arabic);
    const state = translation.terms.filter((term) => term.source === 'state' && term.via === 'lexicon');
    expect(state.map((term) => term.term).sort()).toEqual(['حاله', 'دوله']);
    const total = state.reduce((sum, term) => sum + term.weight, 0);
    expect(total).toBeCloseTo(1, 5);
    expect(state.every((term) => term.weight < 1)).toBe(true);

    const skewed = new TextVocabulary(['الحالة هنا', 'الدول هنا', 'الدول هناك', 'الدول أيضا']);
    const weighted = translateQuery('state', 'en', skewed);
    expect(weightOf(weighted, 'حاله')).toBeGreaterThan(weightOf(weighted, 'دوله'));
  });

  it('keeps a multi-word sense only if all its words occur', () => {
    const translation = translateQuery('Who played football?', 'en', arabic);
    expect(termsVia(translation, 'lexicon')).toContain('كره القدم');
    const withoutFoot = new TextVocabulary(['كرة السلة', 'لعب الفريق']);
    expect(termsVia(translateQuery('Who played football?', 'en', withoutFoot), 'lexicon')).not.toContain('كره القدم');
  });

  it('matches multi-word lexicon entries before single words', () => {
    const vocabulary = new TextVocabulary(['الخنزير الغيني حيوان صغير', 'الخنزير البري']);
    const translation = translateQuery('Where do guinea pigs live?', 'en', vocabulary);
    expect(translation.terms.find((term) => term.term === 'الخنزير الغيني')?.source).toBe('guinea pigs');
    // "pigs" alone (الخنازير, الخنزير) is not looked up inside the entry.
    expect(translation.terms.some((term) => term.source === 'pigs')).toBe(false);
  });

  it('returns numbers and untranslated words as they are', () => {
    const translation = translateQuery('Did Putin visit Kazakhstan 33 times in the 1990s?', 'en', arabic);
    expect(termsVia(translation, 'untranslated')).toEqual(expect.arrayContaining(['33', '1990', 'putin']));
  });

  it('reports the share of question words translated or transliterated', () => {
    const translation = translateQuery('Did Tokayev discuss zzyzx with Putin?', 'en', arabic);
    // discuss → ناقش is not in this corpus; zzyzx is nobody.
    expect(translation.sourceTokens).toBe(4);
    expect(translation.coveredTokens).toBe(2);
  });

  it('indexes a vocabulary once, however many questions are asked', () => {
    let calls = 0;
    const counting: CorpusVocabulary = {
      documentCount: arabic.documentCount,
      documentFrequency: (token) => arabic.documentFrequency(token),
      tokens: () => {
        calls += 1;
        return arabic.tokens();
      },
    };
    translateQuery('Tokayev and Putin', 'en', counting);
    translateQuery('Kazakhstan and Akorda', 'en', counting);
    translateQuery('Who is Elway?', 'en', counting);
    expect(calls).toBe(1);
  });

  it('translates in a few milliseconds on a 20k-token vocabulary', () => {
    const tokens = new Map<string, number>();
    const letters = 'ابتثجحخدذرزسشصضطظعغفقكلمنهوي';
    let seed = 7;
    const random = (): number => {
      // mulberry32: a small deterministic generator.
      seed = (seed + 0x6d2b79f5) | 0;
      let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
      t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
      return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
    };
    while (tokens.size < 20_000) {
      let word = '';
      const length = 3 + Math.floor(random() * 6);
      for (let i = 0; i < length; i += 1) word += letters[Math.floor(random() * letters.length)];
      tokens.set(word, 1 + Math.floor(random() * 20));
    }
    for (const token of arabic.tokens()) tokens.set(token, arabic.documentFrequency(token));
    const large: CorpusVocabulary = {
      documentCount: 5_000,
      documentFrequency: (token) => tokens.get(token) ?? 0,
      tokens: () => tokens.keys(),
    };
    const questions = [
      'How many times did President Putin visit Kazakhstan?',
      'What did Tokayev tell the Akorda press service about Aktau?',
      'Which state has the longest border in the world?',
      'Who did Elway play football with in Denver?',
    ];
    // Its speed is measured by `npm run bench` (ask latency), not asserted here.
    for (const question of questions) expect(translateQuery(question, 'en', large).terms.length).toBeGreaterThan(0);
    expect(termsVia(translateQuery(questions[1] as string, 'en', large), 'transliteration')).toContain('توكاييف');
  });
});

describe('translateQuery (Arabic → English)', () => {
  it('translates with the reverse lexicon and transliterates names into Latin script', () => {
    const translation = translateQuery('كم مرة زار الرئيس بوتين كازاخستان؟', 'ar', english);
    expect(termsVia(translation, 'lexicon')).toContain('president');
    expect(termsVia(translation, 'transliteration')).toEqual(expect.arrayContaining(['putin']));
    const all = translation.terms.map((term) => term.term);
    expect(all).toContain('kazakhstan');
    // Only senses that occur in the English corpus survive.
    expect(all).not.toContain('chief');
  });

  it('finds names behind Arabic proclitics', () => {
    const translation = translateQuery('ماذا قال توكاييف لأكوردا؟', 'ar', english);
    expect(termsVia(translation, 'transliteration')).toEqual(expect.arrayContaining(['tokayev', 'akorda']));
  });
});
