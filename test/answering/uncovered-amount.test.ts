/**
 * What a dialect «قديش» asks the amount of («قديش الغرامة…»), when no article uses that word, is vouched for by no
 * other word of the question (uncovered-focus.ts): a fair's report naming the town and the exhibitors does not give a
 * fine. Article of another outlet and topic: test/fixtures/uncovered-amounts, a Tozeur dates fair.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures, expectAnswered, expectRefused } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('uncovered-amounts', ['uncovered-amounts', 'outlets']);
});

afterAll(removeTemporaryDirectories);

describe('the amount a dialect «قديش» asks of a thing no article names', () => {
  it('is refused, whatever else of the question the paragraph holds', async () => {
    await expectRefused(engine, 'قديش الغرامة اللي دفعوها العارضين في معرض التمور بتوزر؟');
    await expectRefused(engine, 'قديش غرامة دفعت بلدية توزر على المعرض؟');
  });

  it('is answered when the articles name it', async () => {
    await expectAnswered(engine, 'كم عارض شارك في معرض التمور في توزر؟', { holds: '120' });
  });
});
