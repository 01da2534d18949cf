/**
 * The transliterated Arabic article before a name ("al-Khairi", "el khairi", "el-Hadidi") is read with the name, not
 * as a word of its own a paragraph must hold (src/core/text/name-particles.ts): an English question naming the
 * engineer over an Arabic report writing «الخيري», among other outlets' articles and the interview, is answered as the same question
 * without the article is. Articles of other outlets and topics (test/fixtures/name-articles, english-slips).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { cpSync } from 'node:fs';
import path from 'node:path';
import { INTERVIEW_FILE, INTERVIEW_TRANSLATION_FILE } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

const DISTRACTORS = ['outlets', 'answering', 'translations', 'articles'];
let overArabic: Engine;
let overEnglish: Engine;

beforeAll(async () => {
  // The interview and its translation among the distractors: an English corpus with no "al" of its own.
  const interview = temporaryDirectory('name-particles-interview');
  for (const file of [INTERVIEW_FILE, INTERVIEW_TRANSLATION_FILE]) cpSync(file, path.join(interview, path.basename(file)));
  overArabic = await engineOverFixtures('name-particles-ar', ['name-articles', interview, ...DISTRACTORS]);
  overEnglish = await engineOverFixtures('name-particles-en', ['english-slips', ...DISTRACTORS]);
});

afterAll(removeTemporaryDirectories);

describe('the article of a transliterated Arabic name', () => {
  it('answers an English question over the Arabic report with the article written or typed', async () => {
    for (const question of ['what did al-Khairi say about passengers?', 'what did el khairi say about passengers', 'What did Al Khairi say about passengers?']) {
      const answer = await overArabic.ask(question);
      expect(answer.answerable, question).toBe(true);
      expect(answer.citations[0]?.quote, question).toContain('الخيري');
    }
  });

  it('answers over the English report writing the name with another article', async () => {
    const answer = await overEnglish.ask('what did el-hadidi say about markets?');
    expect(answer.answerable).toBe(true);
    expect(answer.citations[0]?.quote).toContain('Al-Hadidi');
  });

  it('still refuses a name after the article that no report holds', async () => {
    expect((await overArabic.ask('what did al-Zoubi say about passengers?')).answerable).toBe(false);
  });
});
