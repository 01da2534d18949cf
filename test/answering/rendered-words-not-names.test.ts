/**
 * An Arabic question over English-only reports: a word FreeDict's small Arabic side lacks as written («المطرية»,
 * «المسألة»), which the dictionary renders through another form of it («مطر» "rain"), is a word of the language, not a
 * name the answer must be about: a paragraph without its rendering ("rainforest" is one word) is not refused for
 * lacking a name, though another report says "rain".
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { analyseQuestion } from '../../src/core/question/analyse-question.js';
import { stemToken } from '../../src/core/text/tokenize.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { engineOverArticles, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

describe('a word the lexicon renders is not a name', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await engineOverArticles('rendered-words', [
      { id: 'borneo-forest', language: 'en', title: 'Borneo rainforest loses ground', paragraphs: ['The Borneo rainforest lost about 1.3 million hectares of trees between 2010 and 2020, mostly to palm oil plantations.', 'Orangutan numbers in the region fell by half over the same period, conservation groups said.'] },
      { id: 'harbour-ferry', language: 'en', title: 'New ferry for the harbour', paragraphs: ['The city launched a new electric ferry on Monday, carrying up to 200 passengers across the harbour.', 'The ferry cost 12 million dollars and will run every 20 minutes, though heavy rain delayed its first crossing.'] },
    ]);
  });

  afterAll(removeTemporaryDirectories);

  it('does not make «المطرية» a name the answer must hold', () => {
    const { names } = analyseQuestion(engine.index, 'كم هكتارا خسرت غابة بورنيو المطرية؟', 'ar');
    expect(names.has(stemToken(normalizeText('المطرية')))).toBe(false);
  });

  it('answers from the paragraph saying "rainforest", which is not judged to lack a name', async () => {
    const question = 'كم هكتارا خسرت غابة بورنيو المطرية؟';
    const explained = await engine.explain(question, { lang: 'ar' });
    expect(explained.top).toBe('borneo-forest#1');
    expect(explained.features?.nameMissing).toBe(0);
    await expectAnswered(engine, question, { cited: 'borneo-forest#1', holds: '1.3 million' });
  });
});
