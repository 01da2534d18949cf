/**
 * Whether the evidence answers, on articles of several outlets and topics
 * (test/fixtures/outlets: a metro opening and a port strike in English, a water
 * project in Arabic; test/fixtures/answering: a film festival in Arabic, written
 * as outlets that put names in quotation marks do, and twin-city ties in
 * English; test/fixtures/articles): a count needs what is counted, a name the
 * articles never mention is not answered with another's facts, nor one they
 * mention elsewhere with someone else's deed, and a yes/no question about it is
 * never confirmed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures, expectAnswered, expectRefused } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('answerability', ['outlets', 'answering', 'articles']);
});

afterAll(removeTemporaryDirectories);

describe('a "how many" question needs what it counts', () => {
  it('counted in another form of its word («الأفلام» / «فيلمًا»): answered with the count', async () => {
    const answer = await engine.ask('كم عدد الأفلام المشاركة في مهرجان الرباط؟');
    expect(answer).toMatchObject({ answerable: true, answerType: 'number' });
    expect(answer.answer).toContain('أربعين فيلمًا');
  });

  it('never counted by the article (victims of a festival, injuries of a strike): refused, though the event is there', async () => {
    for (const question of ['كم عدد ضحايا مهرجان الرباط للفيلم القصير؟', 'How many injuries were reported at the port of Sines?']) await expectRefused(engine, question);
  });
});

describe('a name the articles mention, asked about another person\'s deed', () => {
  it('is refused, while the person who did it is answered', async () => {
    const other = await engine.ask('When did Lina Farouk open the harbour bridge?');
    expect(other.answerable, other.answer).toBe(false);
    await expectAnswered(engine, 'When did Omar Tahir open the harbour bridge?', { holds: 'March' });
    const visits = await engine.ask('How many times has Lina Farouk visited Sfax?');
    expect(visits.answer).toContain('12 times');
  });

  it('in Arabic too: the minister\'s opening is not credited to the jury\'s president', async () => {
    expect((await engine.ask('متى افتتحت سلمى بن عمر الدورة العاشرة؟')).answerable).toBe(false);
    expect((await engine.ask('متى افتتح مهدي العلوي الدورة العاشرة؟')).answerable).toBe(true);
  });
});

describe('a name the articles never mention', () => {
  it('is not answered with another port\'s figure', async () => {
    const answer = await engine.ask('How many containers did the Port of Haifa handle?');
    expect(answer.answerable).toBe(false);
    expect(answer.answer).toMatch(/do not cover/);
  });

  it('is never confirmed by a passage about another city', async () => {
    const answer = await engine.ask('Did Bishkek open two new metro stations on Saturday?');
    expect(answer.verdict).not.toBe('yes');
    expect(answer.answer).not.toMatch(/^Yes/);
    const known = await engine.ask('Did Almaty open two new metro stations on Saturday?');
    expect(known).toMatchObject({ answerable: true, verdict: 'yes' });
  });
});

describe('the headline names what every paragraph under it is about', () => {
  it('an English question over an untranslated Arabic report: the output paragraph answers without repeating the project\'s name', async () => {
    const answer = await engine.ask('How much water will the Aqaba desalination project supply each year?');
    expect(answer.answerable, answer.answer).toBe(true);
    expect(answer.answer).toContain('300 مليون متر مكعب');
  });

  it('a headline word is not evidence for a question about something the article never says', async () => {
    await expectRefused(engine, 'How many passengers will the Aqaba desalination project carry each year?');
  });
});
