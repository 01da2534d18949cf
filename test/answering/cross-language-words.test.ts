/**
 * A question in one language over a report only in the other: a name the English report writes only where a sentence
 * begins, spelt in Arabic with the letters of the article (Alborz: «البرز», which the Arabic dictionary reads as «برز»
 * "emerge"), but not a Latin word the report writes in lower case ("Y. pestis"), and an everyday English word whose
 * dictionary sense is a rare one ("season" → «الفصل», "former" → «الأول»), searched in its usual rendering
 * (knowledge/language/common-english-arabic.tsv). Reports written for the test: English ones on schools in Alborz and
 * plague samples in Antananarivo, an Arabic one on a handball league in Sousse.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverArticles, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

const SCHOOLS = {
  id: 'alborz-schools-2026-09-14',
  title: 'New schools open as term begins',
  language: 'en',
  paragraphs: [
    'Alborz opened eleven new primary schools on Sunday, the provincial education office said.',
    'The office said another four schools were still waiting for furniture and would open in October.',
  ],
};

const PLAGUE = {
  id: 'antananarivo-plague-samples-2026-10-02',
  title: 'Plague samples sequenced in Antananarivo',
  language: 'en',
  paragraphs: ['Researchers in Antananarivo sequenced 40 samples of the plague bacterium. Y. pestis was found in 12 of them.'],
};

const HANDBALL = {
  id: 'sousse-handball-league-2026-08-30',
  title: 'النجم الساحلي يستعد للدوري',
  language: 'ar',
  paragraphs: [
    'ينطلق الموسم الجديد لدوري كرة اليد في تونس يوم 12 سبتمبر بمشاركة 14 ناديا.',
    'وتعاقد النجم الساحلي مع المدرب السابق للمنتخب الوطني لقيادة الفريق لمدة عامين.',
    'وقال رئيس النادي إن الفريق لعب 20 مباراة ودية منذ يوليو.',
  ],
};

describe('a question in the other language than the only report', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await engineOverArticles('cross-language-words', [SCHOOLS, PLAGUE, HANDBALL]);
  });

  afterAll(removeTemporaryDirectories);

  it('reads a name written with the letters of the article as the name, though the dictionary knows the rest', async () => {
    await expectAnswered(engine, 'كم مدرسة جديدة افتتحت في البرز؟', { cited: `${SCHOOLS.id}#1`, holds: 'eleven' });
  });

  it('does not read an Arabic word as a Latin word the report writes in lower case, though no dictionary knows it', async () => {
    const explained = await engine.explain('ما الذي تم جمعه بواسطته؟');
    expect(explained.scorer.terms.some((term) => term.term === 'pestis')).toBe(false);
  });

  it('searches an everyday English word in its usual Arabic rendering, not the dictionary’s rare sense', async () => {
    const [first] = await engine.retrieveParagraphs('when does the new handball season start in tunisia', 3);
    expect(`${first!.article.meta.id}#${first!.paragraph.number}`).toBe(`${HANDBALL.id}#1`);
    const explained = await engine.explain('who is the former national team coach hired by etoile');
    expect(explained.scorer.terms.some((term) => term.translated && term.group === 'former' && term.term === 'سابق')).toBe(true);
  });
});
