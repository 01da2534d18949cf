/**
 * A number question whose words name what it measures but no unit ("how heavy", "how long", «قديش بدو وقت», «كم يزن»)
 * is answered by a number beside a unit of that dimension, and a unit that names the thing asked without such a
 * number is shown with the next sentence when that one gives it. Reports of other outlets and topics
 * (test/fixtures/dimensions: a burst water main in Nablus, a cathedral bell).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { askedDimensions } from '../../src/core/question/asked-dimension.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { engineOverFixtures, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

const dimensionsOf = (question: string, lang: 'ar' | 'en') => [...(askedDimensions(question, readQuestion(question, lang)) ?? [])].sort();

describe('the dimension a number question measures', () => {
  let engine: Engine;
  beforeAll(async () => {
    engine = await engineOverFixtures('measured-dimensions', ['dimensions', 'siblings', 'lists']);
  });
  afterAll(() => removeTemporaryDirectories());

  it('reads the dimension from "how" and an adjective, or from an Arabic word of weight, time or distance', () => {
    expect(dimensionsOf('how heavy is the new bell?', 'en')).toEqual(['mass']);
    expect(dimensionsOf('how long did the strike last', 'en')).toEqual(['length', 'time']);
    expect(dimensionsOf('كم يزن الجرس؟', 'ar')).toEqual(['mass']);
    expect(dimensionsOf('قديش بدو وقت ليخلص الشغل؟', 'ar')).toEqual(['time']);
  });

  it('reads none when the question names what it counts or asks a cost, or uses the adjective elsewhere', () => {
    expect(dimensionsOf('how many days did the strike last?', 'en')).toEqual([]);
    expect(dimensionsOf('كم يكلف إصلاح الخط؟', 'ar')).toEqual([]);
    expect(dimensionsOf('how many workers joined the long strike?', 'en')).toEqual([]);
  });

  it('answers how heavy with the weight in kilograms, not the sentence counting the fittings beside it', async () => {
    const answer = await expectAnswered(engine, 'how heavy is the restored bell', { cited: 'york-minster-bell-2025-10-02#2' });
    expect(answer.answer).toContain('2,300 kilograms');
  });

  it('takes a date that bounds the time for the value of a how-long question when no unit of time is given', async () => {
    const question = 'how long did the old timber frame stay in service?';
    const answer = await expectAnswered(engine, question, { cited: 'york-minster-bell-2025-10-02#4' });
    expect(answer.answer).toContain('19th century');
    // The answerability model reads the value asked as there: a date answers "how long" as a unit of time would.
    expect((await engine.explain(question)).features?.typeMissing).toBe(0);
  });

  it('shows the next sentence when it tells how long the repair takes after the one naming what broke', async () => {
    const answer = await expectAnswered(engine, 'والخط اللي تصدع بالحي الصناعي قديش بدو وقت ليصلحوه؟', { cited: 'nablus-pipeline-2025-08-14#2' });
    expect(answer.answer).toContain('خمسة أيام');
  });
});
