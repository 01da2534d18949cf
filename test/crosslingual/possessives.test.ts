/**
 * A possessive on an English name that ends in s ("athens's") is the name (src/core/text/normalize.ts): an English
 * question over Arabic articles is translated with the name's Arabic form, as the bare name is, over an article of
 * another outlet and topic (test/fixtures/possessives).
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { translateQuery } from '../../src/core/crosslingual/query-translation.js';
import { TextVocabulary } from '../../src/core/crosslingual/vocabulary.js';
import { normalizeText } from '../../src/core/text/normalize.js';

const ARTICLE = path.join(import.meta.dirname, '../fixtures/possessives/athens-water-reserves-2025-08-14.md');
const arabic = new TextVocabulary(readFileSync(ARTICLE, 'utf8').split('\n\n').map(normalizeText));
const arabicTerms = (question: string) => translateQuery(question, 'en', arabic).terms.map((term) => term.term);

describe("a possessive 's on a name ending in s", () => {
  it('is translated as the name', () => {
    expect(arabicTerms('how much of the drinking water in athens comes from the lake')).toContain('اثينا');
    expect(arabicTerms("how much of athens's drinking water comes from the lake")).toContain('اثينا');
    expect(arabicTerms('how much of athens’s drinking water comes from the lake')).toContain('اثينا');
  });
});
