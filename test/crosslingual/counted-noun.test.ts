/**
 * The noun an English "how many" question counts is searched in the form an Arabic text counts it: Arabic writes a
 * counted noun in the singular past ten («سبع عشرة دولة»), where the dictionary gives the English plural only one
 * broken plural of another word ("countries" → «البلدان»); and an Arabic «كم» question's noun, in the accusative
 * («كم هدفًا»), is read as the noun. Unit checks over a small vocabulary, then through the
 * engine over an Arabic-only fixture report (test/fixtures/counted-nouns: a marathon in Agadir).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { translateQuery } from '../../src/core/crosslingual/query-translation.js';
import { TextVocabulary } from '../../src/core/crosslingual/vocabulary.js';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

const vocabulary = new TextVocabulary([
  'وشارك في المعرض ناشرون من أربع عشرة دولة، وزاره آلاف من مختلف البلدان.',
  'وقالت الوزارة إن البلدان المجاورة أرسلت فرقا للإنقاذ.',
]);

const sensesOf = (question: string, source: string) =>
  translateQuery(question, 'en', vocabulary)
    .terms.filter((term) => term.source === source && term.via === 'lexicon')
    .map((term) => term.term);

describe('the counted noun of a "how many" question', () => {
  it('is searched under its lemma’s renderings too: the singular an Arabic count writes («دولة» for "countries")', () => {
    expect(sensesOf('how many countries took part in the book fair?', 'countries')).toEqual(expect.arrayContaining(['البلدان', 'دوله']));
    // The counted noun only: the same plural elsewhere keeps the dictionary's sense alone.
    expect(sensesOf('which countries sent rescue teams?', 'countries')).toEqual(['البلدان']);
  });
});

describe('the counted noun of an Arabic «كم» question', () => {
  it('is read without the accusative ending «كم» gives it, which no dictionary lists («هدفًا» → goal, «نوعًا» → species)', () => {
    const season = new TextVocabulary(['The striker scored 14 goals this season, and the survey counted 214 bird species in the park.']);
    const senses = (question: string, source: string) =>
      translateQuery(question, 'ar', season).terms.filter((term) => term.source === source && term.via === 'lexicon').map((term) => term.term);
    expect(senses('كم هدفًا سجل المهاجم هذا الموسم؟', 'هدفا')).toContain('goal');
    expect(senses('كم نوعًا من الطيور في المنتزه؟', 'نوعا')).toContain('species');
  });
});

describe('an English "how many" question over an Arabic-only report', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await engineOverFixtures('counted-noun', ['counted-nouns', 'outlets', 'siblings']);
  });

  afterAll(removeTemporaryDirectories);

  it('is answered from the sentence that counts the countries in the singular', async () => {
    expect(engine.articles().find((article) => article.meta.id === 'agadir-marathon-2026-03-02')?.translation).toBeNull();
    await expectAnswered(engine, 'how many countries were represented in the marathon?', { cited: 'agadir-marathon-2026-03-02#2', holds: 'سبع عشرة دولة' });
  });
});
