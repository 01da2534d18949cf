import { describe, expect, it } from 'vitest';
import { isDictionaryWord } from '../../src/core/crosslingual/dictionary-words.js';
import { englishAdverbCandidates, englishInflectedCandidates } from '../../src/core/crosslingual/lexicon-forms.js';
import { translateQuery } from '../../src/core/crosslingual/query-translation.js';
import { TextVocabulary } from '../../src/core/crosslingual/vocabulary.js';

// An Arabic-only corpus of two outlets' reports (a dam and a harbour), with no translation: English questions reach it through the lexicon.
const vocabulary = new TextVocabulary([
  'يخزن سد الوادي الكبير 40 مليون متر مكعب من المياه، ويروي المزارع المحيطة به.',
  'تستقبل المحطة الأمطار شتاء، وتنقل المياه إلى القرى عبر قنوات مفتوحة.',
  'يستقبل الميناء ألف سفينة سنويا، وتصدر منه الحبوب إلى دول الخليج.',
  'ارتفعت أسعار الوقود في الأسواق المحلية هذا الأسبوع.',
  'بدأت محطة التحلية الجديدة العمل في الربيع.',
]);

const lexiconTerms = (question: string, source: string): string[] =>
  translateQuery(question, 'en', vocabulary).terms.filter((term) => term.via === 'lexicon' && term.source === source).map((term) => term.term);

describe('English words the dictionary lists in another form', () => {
  it('spells the plural and third person of a lemma', () => {
    expect(englishInflectedCandidates('water')).toEqual(['waters', 'watering']);
    expect(englishInflectedCandidates('supply')).toEqual(['supplies', 'supplying']);
    expect(englishInflectedCandidates('desalinate')).toEqual(['desalinates', 'desalinating']);
    expect(englishInflectedCandidates('tax')).toEqual(['taxes', 'taxing']);
    expect(englishAdverbCandidates('year')).toEqual(['yearly']);
    expect(englishAdverbCandidates('day')).toEqual(['daily', 'dayly']);
  });

  it('reaches the Arabic plural a noun is only listed under («المياه» for water)', () => {
    expect(lexiconTerms('How much water does the dam store?', 'water')).toContain('المياه');
  });

  it('reads "each year" / "every year" as the adverb the Arabic text uses («سنويا»)', () => {
    expect(lexiconTerms('How many ships reach the harbour each year?', 'year')).toContain('سنويا');
    expect(lexiconTerms('How many ships does the port receive every year?', 'year')).toContain('سنويا');
  });

  it('reaches the verbal noun a derived word is glossed by (desalination → desalinating ← «التحلية»), and reads it as a word, not a name', () => {
    expect(lexiconTerms('When did the desalination plant start work?', 'desalination')).toContain('التحليه');
    expect(isDictionaryWord('desalination')).toBe(true);
    expect(isDictionaryWord('tokayev')).toBe(false);
  });

  it('does not read a headword ending in -ly as an adverb of another word (supply is not "supple")', () => {
    const flexible = new TextVocabulary(['الخشب مرن ويجعله مرن عند البناء.', 'تنقل المياه إلى القرى.']);
    const terms = translateQuery('Who will supply the villages with water?', 'en', flexible).terms.filter((term) => term.source === 'supply');
    expect(terms.map((term) => term.term)).not.toContain('مرن');
  });

  it('leaves a period noun without a distributive to its own senses', () => {
    expect(lexiconTerms('Which year did the harbour open?', 'year')).not.toContain('سنويا');
  });
});
