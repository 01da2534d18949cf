/**
 * A question whose subject the articles do not cover is refused, though a
 * paragraph shares its frame (a cost, a rate) and a place it names: over
 * articles of several outlets and topics (test/fixtures/outlets: a metro
 * extension, bus waiting times, a port strike in English, a water project and
 * port waits in Arabic; test/fixtures/articles). The same frame about a subject
 * the articles do cover is answered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, expectAnswered, expectRefused, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('uncovered', ['outlets', 'articles']);
});

afterAll(removeTemporaryDirectories);

describe('a cost question', () => {
  it('about a line no article reports, in a city whose buses or port are reported: refused', async () => {
    for (const question of ['How much did the Leeds tram line cost?', 'how much did the sines tram line cost?']) await expectRefused(engine, question);
  });

  // Open (issue 12): the corpus writes "Leeds" only at the start of a sentence and the dictionary lists "leeds",
  // so the lower-case word is not read as a name; the metro paragraph's cost then covers enough of the question.
  it.fails('the same, with a city the corpus writes only at the start of sentences, typed in lower case: refused', async () => {
    await expectRefused(engine, 'how much did the leeds tram line cost?');
  });

  it('about the metro extension the article reports: answered with its cost', async () => {
    await expectAnswered(engine, 'How much did the Almaty metro extension cost?', { holds: 'two hundred million dollars' });
  });

  it('in Arabic, about the desalination project the article reports: answered with its cost', async () => {
    await expectAnswered(engine, 'كم تبلغ تكلفة مشروع تحلية مياه العقبة؟', { holds: 'ثلاثة مليارات دولار' });
  });
});

describe('a rate in a country the articles name', () => {
  it('the articles never give it (inflation in Jordan, unemployment in Oman): refused', async () => {
    for (const question of ["what's the inflation rate in Jordan?", 'What is the unemployment rate in Oman?']) await expectRefused(engine, question);
  });

  it('the share per person the water report gives: answered', async () => {
    await expectAnswered(engine, 'ما حصة الفرد من المياه في الأردن؟', { holds: '61' });
  });

  // Open (issue 12): the country is the article's subject, so a paragraph holding only it reads as answering; the
  // fit's samples hold no question of this kind to weigh a paragraph that matches nothing but the subject.
  it.fails('in Arabic, inflation in Jordan over the water report: refused', async () => {
    await expectRefused(engine, 'ما هو معدل التضخم في الأردن؟');
  });
});

describe('the fitting script\'s article-out question', () => {
  it('is read over the other articles only: its best candidate comes from another article', async () => {
    const question = 'How much did the Almaty metro extension cost?';
    expect((await engine.explain(question)).top).toMatch(/^almaty-metro/);
    const away = await engine.explain(question, { keepArticle: (article) => article.meta.id !== 'almaty-metro-2025-02-01' });
    expect(away.top).not.toBeNull();
    expect(away.top).not.toMatch(/^almaty-metro/);
  });
});
