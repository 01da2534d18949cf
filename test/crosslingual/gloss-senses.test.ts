/**
 * The word-by-word gloss beside an Arabic quote with no English rendering shows first the sense an English
 * reader expects (a common English word), not whichever sense the dictionary happens to list first
 * («يوم» "ilium", «الاثنين» "ethane"); the quote itself stays as published.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { glossOf } from '../../src/core/crosslingual/gloss.js';
import { engineOverFixtures, removeTemporaryDirectories } from '../core/helpers.js';
import { REPO_ROOT } from '../support/paths.js';

const EVERY_WORD = { words: 100, otherWords: 100 };
const firstSense = (quote: string, word: string) => glossOf(quote, new Set(), new Map(), EVERY_WORD).find((entry) => entry.word === word)?.meaning.split('; ')[0];

const outlet = (file: string) => readFileSync(path.join(REPO_ROOT, 'test/fixtures/outlets', file), 'utf8');

let engine: Engine;
beforeAll(async () => {
  engine = await engineOverFixtures('gloss-senses', ['outlets']);
});
afterAll(removeTemporaryDirectories);

describe('the English gloss of an untranslated Arabic report', () => {
  it('shows the common sense of each word first', () => {
    const report = outlet('amman-water-2025-02-10.md');
    expect(firstSense(report, 'يوم')).toBe('day');
    expect(firstSense(report, 'الاثنين')).toBe('monday');
    expect(firstSense(report, 'الشرب')).toBe('drinking');
    expect(firstSense(report, 'المخاوف')).toBe('concerns');
    expect(firstSense(report, 'خليج')).toBe('bay');
    expect(firstSense(report, 'العالم')).toBe('world');
  });

  it('glosses a word with the article by a noun, not by the verb the English word is more often', () => {
    // "want" is commoner than "need" as a verb; as a noun, "need" is.
    expect(firstSense('وأكد الوزير الحاجة إلى مياه جديدة.', 'الحاجة')).toBe('need');
  });

  it('leaves out an obscene sense when the word has another', () => {
    const gloss = glossOf('واتهم النائب الوزير بأنه خان الأمانة.', new Set(), new Map(), EVERY_WORD);
    const meaning = gloss.find((entry) => entry.word === 'خان')?.meaning;
    expect(meaning).toMatch(/^betrayed/u);
    expect(meaning).not.toMatch(/fuck/u);
  });

  it("keeps a press word's usual rendering first, however common the dictionary's other senses are", () => {
    // «رئيس»: the press list gives "president" before "head", a commoner English word.
    expect(firstSense('وقال الرئيس إن الحكومة ستعلن خطتها غدا.', 'الرئيس')).toBe('president');
  });

  it('glosses the quote of an answer to an English question, the quote cut from the published text', async () => {
    const answer = await engine.ask('How long do ships wait at Sohar port?', { k: 5, lang: 'en' });
    const citation = answer.citations.find((cited) => cited.articleId === 'sohar-port-waits-2025-01-20');
    expect(outlet('sohar-port-waits-2025-01-20.md')).toContain(citation!.quote);
    expect(citation!.gloss).toContainEqual({ word: 'الموانئ', meaning: expect.stringMatching(/^ports;/u) });
  });
});
