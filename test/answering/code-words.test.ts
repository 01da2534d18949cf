/**
 * One digit and letters that name no amount ("4g", "5g", "3d") are a code, a name of a thing, not a number and the
 * word it counts (src/core/text/number-words.ts): a yes/no question naming one is checked on its share, as without it,
 * and an amount glued to its unit ("500g", "5kg", "5th", "20k") stays a number. On an article of another outlet and
 * topic (test/fixtures/code-words).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { isNumberToken } from '../../src/core/text/number-words.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('code-words', ['code-words', 'outlets']);
});

afterAll(removeTemporaryDirectories);

describe('a code of one digit and letters', () => {
  it('is no number; an amount glued to its unit is', () => {
    expect(isNumberToken('4g')).toBe(false);
    expect(isNumberToken('3d')).toBe(false);
    for (const amount of ['500g', '5kg', '5th', '1990s', '20k', '5pm', '12']) expect(isNumberToken(amount), amount).toBe(true);
  });

  it('leaves a yes/no question its verdict on the share or the count asked', async () => {
    const share = await engine.ask('will most of the 4g levy go to towers in the north', { k: 5, lang: 'en' });
    expect(share.verdict, share.answer).toBe('no');
    const count = await engine.ask('will 4g reach more than 300 districts', { k: 5, lang: 'en' });
    expect(count.verdict, count.answer).toBe('yes');
  });
});
