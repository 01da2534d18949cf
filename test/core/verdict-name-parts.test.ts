import { describe, expect, it } from 'vitest';
import { yesNoVerdict } from '../../src/core/answer/verdict.js';
import { questionTerms } from '../../src/core/retrieval/query.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { stemToken } from '../../src/core/text/tokenize.js';

const verdictOf = (question: string, passage: string, ...names: string[]) =>
  yesNoVerdict([passage], questionTerms(question), { names: new Set(names.map((name) => stemToken(normalizeText(name)))) }, question);

describe('the question words a passage writes as part of a name the question gives', () => {
  it('are who is asked about, not what is asked: a sentence naming the company says nothing of its owners', () => {
    expect(verdictOf('is golden horn ferries foreign owned?', 'Golden Horn Ferries carried 4 million passengers last year.', 'ferries')).toBe('not_said');
    expect(verdictOf('is golden horn ferries owned by a foreign group?', 'Golden Horn Ferries is owned by a Greek shipping group.', 'ferries')).toBe('yes');
  });
});
