/**
 * A common word that another article's headline holds is not a name that article is about. «الثاني» ("second") is
 * such a word, but its light stem «ثان» is no dictionary headword: the question «ما هو السبب الثاني لالتهاب اللوزتين؟»
 * was read as naming a theatre festival's «الدورة الثانية», and the health report that answers, which never says
 * «الثاني», was taken for another subject's and refused. Two reports of other outlets and topics, written for the test.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { isDictionaryStem } from '../../src/core/answer/article-subject.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

describe('an ordinal another headline holds', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('ordinal-titles', ['ordinal-titles']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('answers from the report that never says the ordinal', async () => {
    await expectAnswered(engine, 'ما هو السبب الثاني لالتهاب اللوزتين؟', { cited: 'tonsillitis-children-2026-02-09#2', holds: 'البكتيريا العقدية', lang: 'ar' });
    await expectAnswered(engine, 'اعطني سبب ثاني لحدوث الالتهاب؟', { cited: 'tonsillitis-children-2026-02-09#2', lang: 'ar' });
  });

  it('reads a light stem as the word its stemming cut', () => {
    expect(isDictionaryStem('ثان')).toBe(true);
    expect(isDictionaryStem('قابس')).toBe(false);
    expect(isDictionaryStem('نيروب')).toBe(false);
  });
});
