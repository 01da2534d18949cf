/**
 * A question about what will happen, answered by a passage that writes the plan without a future marker: in the
 * present («تفتح أبوابها … يوم 20 مارس») or as an arrangement ("are to be handed out … in January 2027"). The date
 * after the article's own says it is still to come (later-date.ts), while a date before it is still a past event
 * (test/fixtures/schedules: a library reopening in Arabic, winter energy vouchers in English).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { namesLaterDate } from '../../src/core/answer/later-date.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures, expectAnswered, expectRefused } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('later-dates', ['schedules']);
});

afterAll(removeTemporaryDirectories);

describe('a future question over a plan written without a future marker', () => {
  it('is answered by the passage whose date is after the article\'s', async () => {
    await expectAnswered(engine, 'متى رح تفتح مكتبة نابل أبوابها؟', { holds: '20 مارس' });
    await expectAnswered(engine, 'When will the energy vouchers be handed out?', { holds: 'January 2027' });
  });

  it('is still not answered by an event dated before the article', async () => {
    await expectRefused(engine, 'امتى رح تدشن الوالية قاعة المطالعة للأطفال؟');
    await expectAnswered(engine, 'امتى دشنت الوالية قاعة المطالعة للأطفال؟', { holds: 'فيفري' });
    await expectRefused(engine, 'When will the council open its customer service centre on Kirkgate?');
  });
});

describe('a date after the article\'s', () => {
  it('is a later year, a later month of a year, a month within the months ahead or a later day of its month', () => {
    expect(namesLaterDate('The plant will be finished in 2028.', '2026-05-01')).toBe(true);
    expect(namesLaterDate('ومن المقرر انعقادهما في فبراير 2027.', '2026-11-17')).toBe(true);
    expect(namesLaterDate('تبدأ يوم الأحد 12 تموز', '2026-07-08')).toBe(true);
    expect(namesLaterDate('The fair opens in September.', '2026-06-20')).toBe(true);
  });

  it('is not a past month, a month of last year nor the modal "may"', () => {
    expect(namesLaterDate('Prices rose in November.', '2026-03-02')).toBe(false);
    expect(namesLaterDate('وافتتح الجسر في 3 يونيو 2025.', '2026-01-10')).toBe(false);
    expect(namesLaterDate('The council may decide soon.', '2026-03-02')).toBe(false);
    expect(namesLaterDate('تبدأ يوم 2 تموز', '2026-07-08')).toBe(false);
  });
});
