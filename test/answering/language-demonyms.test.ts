/**
 * A language that is one country's own names its people and things ("Kyrgyz" growers, the "Kyrgyz" harvest): a
 * question saying it asks about a report set in that country, which need not repeat the country's name in every
 * paragraph (knowledge/language/language-demonyms.tsv, src/core/text/country-forms.ts). Article of another outlet
 * and topic (test/fixtures/language-demonyms).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('language-demonyms', ['language-demonyms']);
});

afterAll(removeTemporaryDirectories);

describe("a language that is one country's own", () => {
  it('reads "Kyrgyz" as the Kyrgyz report\'s country and answers from a paragraph that does not name it', async () => {
    const answer = await engine.ask('Was the Kyrgyz apricot harvest smaller than last year?');
    expect(answer.answerable).toBe(true);
    expect(answer.citations.map((citation) => citation.quote).join(' ')).toContain('a fifth');
  });
});
