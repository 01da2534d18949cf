/**
 * Arabic present-tense verbs the dictionary lists only in the past (src/core/question/present-verbs.ts): a hollow verb's
 * present has «و» or «ي» where its listed past has «ا», and a word of four letters shaped like a name stays a name.
 */
import { describe, expect, it } from 'vitest';
import { isPresentOfKnownVerb } from '../../src/core/question/present-verbs.js';

describe('present of a known verb', () => {
  it('reads the present of a hollow verb from its listed past («يصير» of «صار»)', () => {
    expect(isPresentOfKnownVerb('يصير')).toBe(true);
    expect(isPresentOfKnownVerb('بيصير')).toBe(true);
  });

  it('leaves a name with a long vowel after its first letter a name', () => {
    for (const name of ['ناصر', 'تامر', 'نزار']) expect(isPresentOfKnownVerb(name), name).toBe(false);
  });
});
