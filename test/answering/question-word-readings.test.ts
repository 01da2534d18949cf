/**
 * A question's words read as the words they are, over small articles written for the test (a town's waste office in
 * Arabic, a ferry operator's fares in English): a dialect verb under its prefix meets the article's verb in another
 * person, a Sudanese or Moroccan everyday word is read as its MSA counterpart, an English auxiliary with "not" typed without its apostrophe is no topic, and an English word the
 * dictionary lists is not taken for a slip of another word the articles hold.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { questionTerms } from '../../src/core/retrieval/query.js';
import { arabicParaphrases } from '../../src/core/retrieval/arabic-paraphrase.js';
import { paraphraseTerms } from '../../src/core/retrieval/paraphrase.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { stemToken } from '../../src/core/text/tokenize.js';
import { engineOverArticles, removeTemporaryDirectories } from '../core/helpers.js';

const WASTE = 'sousse-waste-office';
const FERRY = 'island-ferry-fares';

describe('question words read as the words they are', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverArticles('word-readings', [
      {
        id: WASTE,
        title: 'مكتب جديد للنفايات في سوسة',
        paragraphs: [
          'أطلقت بلدية سوسة مكتبا جديدا لجمع النفايات المنزلية في الأحياء الشمالية.',
          'ويتعامل المكتب مع شكاوى السكان عبر منصة رقمية، ويرد عليها خلال 48 ساعة.',
          'وقال رئيس البلدية إن الشكاوى تراجعت بنسبة 30 في المئة منذ افتتاح المكتب.',
        ],
      },
      {
        id: FERRY,
        title: 'Island ferry fares rise',
        language: 'en',
        paragraphs: [
          'The ferry operator raised fares by ten percent, for the reason that fuel costs rose over the winter.',
          'Passengers found without a ticket pay a fine of fifty euros on the spot.',
          'The ferry leaves from the old harbour in the town centre every hour.',
        ],
      },
    ]);
  });
  afterAll(removeTemporaryDirectories);

  const paraphrases = (word: string) => paraphraseTerms(engine.index, [normalizeText(word)]).map((term) => term.term);
  const dialectReadings = (word: string) => arabicParaphrases(engine.index, normalizeText(word), stemToken(normalizeText(word)), false, () => true).flatMap((reading) => reading.words);

  it('a dialect verb the articles lack under its prefix is read in the person they use: «بتتعامل» meets «يتعامل»', async () => {
    expect(paraphrases('بتتعامل')).toContain(stemToken('يتعامل'));
    const answer = await engine.ask('البلدية بتتعامل ازاي مع شكاوى السكان؟', { k: 3 });
    expect(answer.answerable, answer.answer).toBe(true);
    expect(`${answer.citations[0]?.articleId}#${answer.citations[0]?.paragraph}`).toBe(`${WASTE}#2`);
  });

  it('Sudanese and Moroccan everyday words are read as MSA: «زول» a person, «الكرا» the rent; «بكرا» (tomorrow) is no rent', () => {
    expect(dialectReadings('زول')).toContain(normalizeText('شخص'));
    expect(dialectReadings('الكرا')).toContain(normalizeText('الإيجار'));
    expect(dialectReadings('بكرا')).not.toContain(normalizeText('الإيجار'));
  });

  it('"wont", "won\'t", "dont" and "gonna" are no topic of the question', () => {
    for (const question of ["why wont the operator cut fares", "why won't the operator cut fares", 'why dont they cut fares', 'who is gonna cut fares']) {
      const terms = questionTerms(question).map((term) => term.term);
      expect(terms, question).toEqual(expect.arrayContaining(['fare']));
      expect(terms.filter((term) => ['wont', 'dont', 'gonna'].includes(term)), question).toEqual([]);
    }
  });

  it('an English word the dictionary lists is seldom a slip of another ("season" is hardly "reason"), but an inflection still meets its base ("fined": "fine") and a spelling its other ("center": "centre")', () => {
    // "reason" may still be what was meant, but it is not searched and counts a little only.
    const reason = paraphraseTerms(engine.index, ['season']).find((term) => term.term === 'reason');
    expect(reason?.corrected).toBeFalsy();
    expect(reason?.credit ?? 0).toBeLessThan(0.5);
    // The inflection is keyed as its base already (english-forms.ts), so no near spelling is needed for it.
    expect(stemToken('fined')).toBe(stemToken('fine'));
    // The other spelling of the same word is still meant: "center" for the article's "centre", "harbor" for "harbour".
    expect(paraphrases('center')).toContain('centre');
    expect(paraphrases('harbor')).toContain('harbour');
  });
});
