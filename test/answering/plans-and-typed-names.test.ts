/**
 * Two traps users fall into, on articles of several outlets (test/fixtures/plans:
 * a museum report in Arabic with its English translation, whose architect's name
 * is also an English word; test/fixtures/outlets: a metro opening, a port strike,
 * buses and water in English and Arabic):
 * - a name typed in lower case that is also a word ("frost") is read as the name
 *   the articles write, so a question about him is not answered with the
 *   minister's visits;
 * - a question about what will happen is answered by what is planned, never by a
 *   dated past event, in English and in Arabic (standard and dialect).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { asksAboutFuture, speaksOfFuture } from '../../src/core/question/future-tense.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures, expectAnswered, expectRefused } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('plans', ['plans', 'outlets']);
});

afterAll(removeTemporaryDirectories);

describe('a name typed in lower case that is also an English word', () => {
  it('is the architect the articles name: his visits are not the minister\'s', async () => {
    for (const question of ['how many times has frost visited the harbour museum', 'How many times has Frost visited the harbour museum?']) await expectRefused(engine, question);
    await expectAnswered(engine, 'how many times has abdelli visited the harbour museum', { holds: 'nine times' });
  });
});

describe('a question about what will happen', () => {
  it('is answered with the plan, in English and in Arabic', async () => {
    await expectAnswered(engine, 'When will the heritage department publish its annual report?', { holds: 'September' });
    for (const question of ['متى ستنشر إدارة التراث تقريرها السنوي؟', 'امتى رح تنشر إدارة التراث التقرير السنوي؟']) {
      const arabic = await engine.ask(question);
      expect(arabic.answerable, question).toBe(true);
      expect(arabic.answer).toContain('سبتمبر');
    }
  });

  it('is not answered with a dated past event, while the same question in the past is', async () => {
    for (const question of ['When will the minister open the hall of old ships?', 'متى سيفتتح الوزير قاعة السفن القديمة؟']) await expectRefused(engine, question);
    await expectAnswered(engine, 'متى افتتح الوزير قاعة السفن القديمة؟', { holds: 'مارس' });
    expect((await engine.ask('When did the minister open the hall of old ships?')).answer).toContain('March');
  });
});

describe('reading the future', () => {
  it('in questions: auxiliaries, the «سـ» prefix, dialect «رح» and «حـ»; not a past verb, a noun or a name that open alike', () => {
    for (const question of ['When will the port reopen?', 'is the mayor going to resign', 'متى سيزور الوزير عمان؟', 'امتى رح يرجع الرئيس؟', 'هل الأسعار حتتغير؟']) {
      expect(asksAboutFuture(question), question).toBe(true);
    }
    for (const question of ['When did the port reopen?', 'ما هي سياسة الحكومة؟', 'متى سيطرت فرنسا على الجزائر؟', 'من هو سيمبسون؟', 'ماذا كانت ستتلقى الشبكة؟']) {
      expect(asksAboutFuture(question), question).toBe(false);
    }
  });

  it('in text: plans and schedules, not "will" the noun, nor a dialect marker that is another word in MSA', () => {
    expect(speaksOfFuture('The ministry is expected to announce the tender.')).toBe(true);
    expect(speaksOfFuture('ومن المقرر أن يبدأ العمل في الخريف.')).toBe(true);
    expect(speaksOfFuture('The political will of both leaders is strong.')).toBe(false);
    expect(speaksOfFuture('راح الوفد إلى المطار.')).toBe(false);
  });

  it('reads the verbs of expectation and «على أن» before a present verb as the future, not «على أن» before a noun', () => {
    expect(speaksOfFuture('ويرتقب أن ينطلق الحصاد منتصف ماي.')).toBe(true);
    expect(speaksOfFuture('Officials expect to reopen the road in June.')).toBe(true);
    expect(speaksOfFuture('وينشئ القانون سجلا تديره الوزارة، على أن يبدأ العمل به في 2027.')).toBe(true);
    expect(speaksOfFuture('وأكد الوزير على أن الحكومة ملتزمة بالإصلاح.')).toBe(false);
  });
});
