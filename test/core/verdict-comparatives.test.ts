import { describe, expect, it } from 'vitest';
import { isComparative } from '../../src/core/answer/verdict-comparatives.js';
import { normalizeText } from '../../src/core/text/normalize.js';

describe('isComparative', () => {
  // Tokens come normalised (checked-words.ts).
  it('reads comparatives of either direction in either language, and nothing else', () => {
    expect(isComparative('cheaper')).toBe(true);
    expect(isComparative('fewer')).toBe(true);
    expect(isComparative(normalizeText('أعلى'))).toBe(true);
    expect(isComparative('than')).toBe(false);
    expect(isComparative('visitors')).toBe(false);
  });
});
