/**
 * The everyday English senses of Arabic words FreeDict gives only rare ones (common-english-arabic.tsv read the
 * other way, src/core/crosslingual/translation-lexicon.ts): an Arabic question over English press reads «العام» as
 * "year" and «الأول» as "first"; a guessed conjugation («كلفت» as «كلف») and everything read from the dictionary
 * alone (the gloss, whether a word is a dictionary word) are left as they were.
 */
import { describe, expect, it } from 'vitest';
import { glossOf } from '../../src/core/crosslingual/gloss.js';
import { translateQuery } from '../../src/core/crosslingual/query-translation.js';
import { TextVocabulary } from '../../src/core/crosslingual/vocabulary.js';

const council = new TextVocabulary([
  'The council approved the first budget of the year on Monday.',
  'The new bridge will cost 40 million dollars and include a cycle lane.',
  'A generic catchall clause was dropped from the plan.',
]);

const translated = (question: string, source: string) =>
  translateQuery(question, 'ar', council)
    .terms.filter((term) => term.source === source && term.via === 'lexicon')
    .map((term) => term.term);

describe('an Arabic question over English press', () => {
  it('reads an everyday word in its everyday sense, not the rare one the dictionary gives', () => {
    // The corpus holds the rare senses too: the everyday one is read first, and carries the most weight.
    expect(translated('ما هي ميزانية العام؟', 'العام')[0]).toBe('year');
    expect(translated('متى أقرت الميزانية الأولى؟', 'الاولي')).toContain('first');
  });

  it('reads a guessed conjugation with the dictionary alone', () => {
    expect(translated('كم كلفت الجسر الجديد؟', 'كلفت')).not.toContain('cost');
  });
});

describe('what is read from the dictionary alone', () => {
  it('glosses a quote as before', () => {
    const meaning = glossOf('أقر المجلس ميزانية العام.', new Set(), new Map(), { words: 8, otherWords: 8 }).find((entry) => entry.word === 'العام')?.meaning;
    expect(meaning).toBeDefined();
    expect(meaning).not.toMatch(/^year/u);
  });
});
