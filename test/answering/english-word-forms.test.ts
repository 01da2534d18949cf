/**
 * English questions typed as people type them: a verb asked of a report that writes its noun ("were the crews
 * compensated?" over "compensation"; knowledge/language/english-derivations.tsv), chat shorthand for a function word
 * ("bc", "b4", "n") that names no topic, shorthand spelt out for an Arabic-only report ("uni" → "university" →
 * «جامعة»), whose renderings count as the question's own word, and a phrasal verb ("go back") read as its one-word
 * verb ("return"; knowledge/language/phrasal-verbs.tsv), its particle not a word of its own. Reports written for the test: an English one on a
 * ferry operator in Mwanza, an Arabic one on a university in Marrakech.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { questionTerms } from '../../src/core/retrieval/query.js';
import { derivationMates } from '../../src/core/text/english-derivations.js';
import { phrasalVerbs } from '../../src/core/text/phrasal-verbs.js';
import { engineOverArticles, expectAnswered, removeTemporaryDirectories } from '../core/helpers.js';

const FERRY = {
  id: 'mwanza-ferry-crews-2026-05-11',
  title: 'Lake ferry operator settles with its crews',
  language: 'en',
  paragraphs: [
    'The Lake Victoria ferry operator in Mwanza signed a settlement with its crews on Monday after a month of talks.',
    'Under the settlement, 140 deckhands laid off in March will receive compensation equal to six months of wages.',
    'The operator said two of its four vessels would return to service before the rainy season.',
  ],
};

const UNIVERSITY = {
  id: 'marrakech-university-ranking-2026-06-02',
  title: 'جامعة القاضي عياض تتقدم في تصنيف دولي',
  language: 'ar',
  paragraphs: [
    'تقدمت جامعة القاضي عياض بمراكش 64 مركزا في التصنيف الدولي للجامعات الصادر هذا الأسبوع.',
    'وعزا رئيس الجامعة هذا التقدم إلى ارتفاع عدد الأبحاث المنشورة في المجلات الدولية.',
    'ويضم التصنيف هذا العام 1600 مؤسسة للتعليم العالي من 95 بلدا.',
  ],
};

describe('an English verb asked of a report that writes its noun', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await engineOverArticles('english-word-forms', [FERRY, UNIVERSITY]);
  });

  afterAll(removeTemporaryDirectories);

  it('finds the noun derived on the verb, and the verb of a noun, in any inflection', () => {
    expect(derivationMates('compensated')).toContain('compensation');
    expect(derivationMates('decisions')).toContain('decide');
  });

  it('counts the noun as the question’s word', async () => {
    const explained = await engine.explain('were the laid off ferry deckhands compensated?');
    expect(explained.scorer.terms.some((term) => term.group === 'compensate' && term.term === 'compensation')).toBe(true);
    await expectAnswered(engine, 'were the laid off ferry deckhands compensated?', { cited: `${FERRY.id}#2` });
  });

  it('reads the renderings of spelt-out shorthand as the shorthand the question holds', async () => {
    const explained = await engine.explain('how many places did the marrakech uni climb in the ranking');
    const rendered = explained.scorer.terms.filter((term) => term.translated && /[\u0600-\u06FF]/u.test(term.term));
    expect(rendered.some((term) => term.group === 'uni')).toBe(true);
    expect(rendered.some((term) => term.group === 'university')).toBe(false);
    // The paragraph holds the word for the shorthand as much as the word written out.
    const [typed] = await engine.retrieveParagraphs('how many places did the marrakech uni climb in the ranking', 3);
    const [written] = await engine.retrieveParagraphs('how many places did the marrakech university climb in the ranking', 3);
    expect(`${typed!.article.meta.id}#${typed!.paragraph.number}`).toBe(`${UNIVERSITY.id}#1`);
    expect(typed!.evidence).toBeCloseTo(written!.evidence, 2);
  });
});

describe('a phrasal verb', () => {
  let engine: Engine;

  beforeAll(async () => {
    engine = await engineOverArticles('english-phrasal-verbs', [FERRY, UNIVERSITY]);
  });

  afterAll(removeTemporaryDirectories);

  it('is a verb in any inflection and its particle, at most one word between', () => {
    expect(phrasalVerbs(['will', 'the', 'crews', 'go', 'back', 'to', 'work'])).toEqual([{ verb: 'go', particle: 'back', meaning: 'return' }]);
    expect(phrasalVerbs(['they', 'handed', 'them', 'back'])).toEqual([{ verb: 'handed', particle: 'back', meaning: 'return' }]);
    expect(phrasalVerbs(['go', 'to', 'the', 'back'])).toEqual([]);
  });

  it('is searched as its one-word verb, in the verb’s group, and its particle is no word of its own', async () => {
    const question = 'when will the ferry vessels go back into service';
    const explained = await engine.explain(question);
    expect(explained.scorer.terms.some((term) => term.group === 'go' && term.term === 'return')).toBe(true);
    expect(explained.scorer.terms.some((term) => term.group === 'back')).toBe(false);
    const [first] = await engine.retrieveParagraphs(question, 3);
    expect(`${first!.article.meta.id}#${first!.paragraph.number}`).toBe(`${FERRY.id}#3`);
  });
});

describe('chat shorthand for a function word', () => {
  it('names no topic of the question ("bc" because, "b4" before, "n" and)', () => {
    const terms = questionTerms('how many deckhands lost pay bc of the strike n did it happen b4').map((term) => term.term);
    expect(terms).toEqual(expect.arrayContaining(['deckhand', 'strike']));
    for (const shorthand of ['bc', 'n', 'b4']) expect(terms).not.toContain(shorthand);
  });
});
