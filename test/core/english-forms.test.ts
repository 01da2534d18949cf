import { describe, expect, it } from 'vitest';
import { cutEnglishSuffixes } from '../../src/core/text/english-forms.js';
import { indexTerms, stemEnglish } from '../../src/core/text/tokenize.js';

const sameKey = (...forms: string[]) => new Set(forms.map(stemEnglish)).size === 1;

describe('English word forms keyed by their lemma', () => {
  it('meets a verb in every regular form, a final e restored and doubling undone only where the verb has it', () => {
    expect(sameKey('vote', 'votes', 'voted', 'voting')).toBe(true);
    expect(sameKey('use', 'uses', 'used', 'using')).toBe(true);
    expect(sameKey('hope', 'hoped', 'hoping')).toBe(true);
    expect(sameKey('stop', 'stops', 'stopped', 'stopping')).toBe(true);
    expect(sameKey('add', 'adds', 'added', 'adding')).toBe(true);
    expect(sameKey('agree', 'agreed', 'agreeing')).toBe(true);
    expect(sameKey('die', 'died', 'dying')).toBe(true);
  });

  it('keeps apart words the cutter would join', () => {
    expect(stemEnglish('used')).not.toBe(stemEnglish('us'));
    expect(stemEnglish('fined')).not.toBe(stemEnglish('fin'));
    expect(stemEnglish('hoped')).not.toBe(stemEnglish('hopped'));
    expect(stemEnglish('news')).not.toBe(stemEnglish('new'));
    expect(stemEnglish('university')).not.toBe(stemEnglish('universe'));
  });

  it('meets a word ending like a suffix with its own plural, and an adjective with its superlative', () => {
    expect(sameKey('gas', 'gases')).toBe(true);
    expect(sameKey('speed', 'speeds')).toBe(true);
    expect(sameKey('old', 'oldest')).toBe(true);
  });

  it('leaves irregular forms to themselves, as the lexicon looks them up', () => {
    expect(stemEnglish('sent')).toBe('sent');
    expect(stemEnglish('began')).toBe('began');
  });

  it('cuts words the table does not list (names, rare forms) by suffix as before', () => {
    expect(stemEnglish('tokayevs')).toBe(cutEnglishSuffixes('tokayevs'));
    expect(stemEnglish('visited')).toBe('visit');
    expect(stemEnglish('countries')).toBe('country');
  });

  it('indexes a paragraph and a question in other forms of one verb under one term', () => {
    expect(indexTerms('The council voted on the budget')).toEqual(indexTerms('council votes budget'));
    expect(indexTerms('Did the ministry use the funds?')).toEqual(indexTerms('the ministry used the funds'));
  });
});
