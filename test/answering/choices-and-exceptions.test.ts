/**
 * Readings of what a question offers, sets aside or words otherwise: a choice of degrees («كبيرة ولا صغيرة؟», "fast or slow?")
 * is also sought in the scale's other degrees, which often answer it («معتدلة», "gradual"); the words after an
 * exceptive («غير الميزانية», "besides the budget") are not what the answer must hold; an English word the corpus
 * lacks ("replaced") is sought in the words sharing its Arabic sense ("alternative"). Over fixtures of other
 * outlets and topics (test/fixtures/choices, readings, articles).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { analyseQuestion } from '../../src/core/question/analyse-question.js';
import { otherDegreeTerms } from '../../src/core/question/alternatives.js';
import { excludedWords } from '../../src/core/question/exclusion.js';
import { roundTripSynonyms } from '../../src/core/retrieval/english-synonyms.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { stemToken } from '../../src/core/text/tokenize.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('choices', ['choices', 'readings', 'articles']);
});

afterAll(removeTemporaryDirectories);

const sought = (question: string) => otherDegreeTerms(question, () => true).map((term) => term.term);
const stem = (word: string) => stemToken(normalizeText(word));

describe('a choice of degrees', () => {
  it('seeks the other degrees of the offered words\' scale, in their language', () => {
    expect(sought('الزيادة كبيرة ولا صغيرة؟')).toContain(stem('معتدلة'));
    expect(sought('هل النمو سريع أم بطيء؟')).toContain(stem('تدريجي'));
    expect(sought('was the rise fast or slow?')).toContain(stem('gradual'));
    expect(sought('was the rise fast or slow?')).not.toContain(stem('تدريجي'));
  });

  it('leaves a question that names one degree, or offers no degree, as it is', () => {
    expect(sought('هل الزيادة كبيرة؟')).toEqual([]);
    expect(sought('is it a big deal?')).toEqual([]);
    expect(sought('did the council meet in Tunis or in Sfax?')).toEqual([]);
  });

  it('answers from the paragraph that gives a degree it did not offer', async () => {
    const arabic = await engine.ask('الزيادة في أسعار الخبز كبيرة ولا صغيرة؟', { k: 5 });
    expect(arabic.citations[0]?.text).toContain('معتدلة');
    const english = await engine.ask('Did the Danube rise fast or slow near Vukovar?', { k: 5 });
    const gradual = english.citations.findIndex((citation) => citation.text.includes('gradual'));
    const fastest = english.citations.findIndex((citation) => citation.text.includes('fastest'));
    expect(gradual).toBeGreaterThanOrEqual(0);
    expect(fastest < 0 || gradual < fastest).toBe(true);
    expect(english.answer).toContain('gradual');
  });
});

describe('an exceptive', () => {
  it('sets aside the words after it, to the end of its clause', () => {
    expect(excludedWords('الوزير حكى عن ايه تاني غير الميزانية؟')).toEqual([normalizeText('الميزانية')]);
    expect(excludedWords('باستثناء الدعم، ماذا ناقشت الوزارة؟')).toEqual([normalizeText('الدعم')]);
    expect(excludedWords('What else did they agree besides the ferry link?')).toEqual(['the', 'ferry', 'link']);
    expect(excludedWords('What is the only divisor besides 1 that a prime number can have?')).toEqual(['1']);
  });

  it('is not «غير» negating a word («الصراعات غير المحلولة», «مع غير المسلمين», «غير رسمية»)', () => {
    expect(excludedWords('ما أسباب الصراعات غير المحلولة؟')).toEqual([]);
    expect(excludedWords('كيف كان التعامل مع غير المسلمين؟')).toEqual([]);
    expect(excludedWords('هل كانت الزيارة غير رسمية؟')).toEqual([]);
  });

  it('answers from what the article says besides the topic set aside', async () => {
    const answer = await engine.ask('المؤتمر الصحفي تناول ايه تاني غير أسعار الخبز؟', { k: 5 });
    expect(answer.citations.slice(0, 2).some((citation) => citation.text.includes('صوامع القمح'))).toBe(true);
    const analysis = analyseQuestion(engine.index, 'المؤتمر الصحفي تناول ايه تاني غير أسعار الخبز؟', 'ar');
    const groups = new Set(analysis.terms.map((term) => term.group));
    expect(groups.has(stem('الخبز'))).toBe(false);
    expect(groups.has(stem('المؤتمر'))).toBe(true);
    expect(analysis.vectorText).not.toContain(normalizeText('الخبز'));
  });
});

describe('an English word the corpus lacks', () => {
  it('is sought in the words the lexicon gives one of its Arabic senses, through the nouns it makes', () => {
    expect(roundTripSynonyms('replaced')).toContain('alternative');
    expect(roundTripSynonyms('interfere')).toContain('intervene');
  });

  it('answers from the paragraph that says it in the other word', async () => {
    const answer = await engine.ask('Can the embankment be replaced?', { k: 5 });
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]?.text).toContain('no alternative');
  });
});
