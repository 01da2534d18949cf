/**
 * An Arabic question's subject written without a capital: a name-like word right after the question's verb that no
 * article uses («متى افتتح اخنوش المهرجان؟») is who the question is about, and a unit telling that verb of someone
 * else (the minister who opened it) does not answer it. The subject the article names, or a role word, still is.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

describe('the subject of the question\'s verb no article names', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('unknown-subject', ['answering', 'articles', 'outlets']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('is not answered with what someone else did', async () => {
    for (const question of ['متى افتتح اخنوش المهرجان؟', 'امتى افتتح اخنوش مهرجان الرباط للفيلم القصير؟']) {
      const answer = await engine.ask(question, { k: 5 });
      expect(answer.answerable, `${question} → ${answer.answer}`).toBe(false);
    }
  });

  it('is answered when the article names the subject, or the question names a role', async () => {
    await expectAnswered(engine, 'متى افتتح العلوي المهرجان؟', { holds: 'مساء السبت' });
    await expectAnswered(engine, 'متى افتتح الوزير مهرجان الرباط؟', { holds: 'مساء السبت' });
  });
});
