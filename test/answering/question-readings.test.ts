/**
 * Readings of questions that are easy to refuse or to answer wrongly: a who-question naming a role
 * ("who is the journalist…") is not answered by a person named in another role; a borrowed noun the corpus
 * writes only with the article («البروتوكول») is not a name an answer must hold; a stance question's cue ("see") is
 * searched in the other stance cues too ("view"). Over fixtures of other
 * outlets and topics (test/fixtures/readings, articles): a fisheries round in English, a water council and
 * a desalination plant in Arabic.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { analyseQuestion } from '../../src/core/question/analyse-question.js';
import { askedRole } from '../../src/core/question/asked-role.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { stanceCueTerms } from '../../src/core/question/stance-cues.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { rawTokens, stemToken } from '../../src/core/text/tokenize.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures, expectAnswered } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('readings', ['readings', 'articles']);
});

afterAll(removeTemporaryDirectories);

const roleOf = (question: string) => askedRole(rawTokens(normalizeText(question)));

describe('a who-question naming a role', () => {
  it('reads the role only where it is plainly a noun', () => {
    expect(roleOf('مين الصحفي اللي قابل الوزير؟')).toBe(normalizeText('الصحفي'));
    expect(roleOf('who is the journalist who interviewed her?')).toBe('journalist');
    expect(roleOf('who won the election?')).toBeNull();
    expect(roleOf('من قام بافتتاح المحطة؟')).toBeNull();
  });

  it('is not answered by someone named in another role, and is by someone in the role asked', async () => {
    const journalist = await engine.ask('مين الصحفي اللي حاور وزير الفلاحة؟', { k: 5 });
    expect(journalist.answerable).toBe(false);
    const englishJournalist = await engine.ask('Who is the journalist who interviewed Helena Duarte?', { k: 5 });
    expect(englishJournalist.answerable).toBe(false);
    await expectAnswered(engine, "Who is the president of Peniche's fishermen's association?", { holds: 'Rui Matos' });
  });
});

describe('a borrowed noun the corpus writes only with the article', () => {
  it('is not a name the answer must hold, while a family name written with the article is', () => {
    const analysis = analyseQuestion(engine.index, 'الدريدي قال ايه عن بروتوكول المياه؟', 'ar');
    expect(analysis.reading.names.has(normalizeText('بروتوكول'))).toBe(true);
    expect(analysis.names.has(stemToken(normalizeText('بروتوكول')))).toBe(false);
    expect(analysis.names.has(stemToken(normalizeText('الدريدي')))).toBe(true);
  });
});

describe('a stance question', () => {
  it('searches its cue in the other stance cues of its language, as framing only', () => {
    const english = stanceCueTerms(readQuestion('how does the council see the plan?', 'en'));
    expect(english.map((term) => term.term)).toContain(stemToken('view'));
    expect(english.every((term) => term.frame && term.cue && term.group === stemToken('see'))).toBe(true);
    expect(stanceCueTerms(readQuestion('كيف يرى الوزير الخطة؟', 'ar')).map((term) => term.term)).toContain(stemToken(normalizeText('وصف')));
    expect(stanceCueTerms(readQuestion('how many people saw the plan?', 'en'))).toEqual([]);
  });

  it('is answered by the unit giving the view, in either language', async () => {
    await expectAnswered(engine, 'how does the sea minister view the talks', { holds: 'constructive and frank' });
    await expectAnswered(engine, 'وزير الفلاحة شايف الوضع ازاي؟', { holds: 'حرج لكنه تحت السيطرة' });
  });
});
