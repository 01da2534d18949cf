/**
 * Phrase lists matched word by word (phrase-match.ts): a word as typed or, in Arabic, without the article or an
 * attached preposition. The match rules a word out by its ending before building its forms (a speed-up); the result
 * must be what comparing every form gives, checked here on the listed phrases' own words over other articles' text.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { holdsPhrase } from '../../src/core/text/phrase-match.js';
import { withoutProclitics } from '../../src/core/text/arabic-clitics.js';
import { languageTable } from '../../src/core/text/language-data.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { rawTokens } from '../../src/core/text/tokenize.js';
import { REPO_ROOT } from '../support/paths.js';

/** The rule as first written: every form of the token compared. */
const formsHold = (tokens: readonly string[], word: string) => tokens.some((token) => token === word || (/[\u0600-\u06FF]/.test(token) && withoutProclitics(token, 2).includes(word)));

describe('holdsPhrase', () => {
  it('finds a listed word behind the article or an attached preposition, not inside a longer word', () => {
    expect(holdsPhrase(rawTokens(normalizeText('ما حالة بالطقس اليوم')), ['طقس'])).toBe(true);
    expect(holdsPhrase(rawTokens(normalizeText('فاز الفريق والجائزة')), ['جايزه'])).toBe(true);
    expect(holdsPhrase(rawTokens(normalizeText('حلم طقسي قديم')), ['طقس'])).toBe(false);
    expect(holdsPhrase(rawTokens(normalizeText('who won the prize')), ['won', 'the'])).toBe(true);
    expect(holdsPhrase(rawTokens(normalizeText('the prize was won')), ['won', 'the'])).toBe(false);
  });

  it('matches each listed word exactly where comparing all of a token\'s forms does', () => {
    const words = [...new Set(['deed-words.tsv', 'live-questions.tsv'].flatMap((table) => languageTable(table).flatMap(([form]) => rawTokens(normalizeText(form!)))))];
    const folders = ['dialect', 'deeds'].map((name) => path.join(REPO_ROOT, 'test/fixtures', name));
    const texts = folders.flatMap((folder) => readdirSync(folder).map((file) => readFileSync(path.join(folder, file), 'utf8')));
    const tokens = [...new Set(texts.flatMap((text) => rawTokens(normalizeText(text))))];
    expect(words.length).toBeGreaterThan(20);
    expect(tokens.length).toBeGreaterThan(200);
    let matched = 0;
    const differing: string[] = [];
    for (const word of words) {
      for (const token of tokens) {
        const expected = formsHold([token], word);
        if (holdsPhrase([token], [word]) !== expected) differing.push(`${token} / ${word}`);
        if (expected && token !== word) matched += 1;
      }
    }
    expect(differing).toEqual([]);
    // Some words are found only without a proclitic: the comparison covers that branch too.
    expect(matched).toBeGreaterThan(0);
  });
});
