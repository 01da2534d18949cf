/**
 * A question about one subject is not answered from a paragraph of the same kind
 * about another: over three short reports of the same kind (test/fixtures/transport-projects:
 * a city's tram line and another city's stadium in Arabic, a third city's metro line in
 * English, each with a cost and an opening date), a question naming a subject the corpus
 * has only in another article than the one that would answer is refused; the true
 * questions are answered, in both languages.
 */
import { afterAll, beforeAll, describe, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { engineOverFixtures, expectAnswered, expectRefused, removeTemporaryDirectories } from '../core/helpers.js';

let engine: Engine;
let withOutlets: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('other-subject', ['transport-projects']);
  // Beside other outlets' reports, whose headlines use words a dialect word's senses or root-mates reach («ابي» "I want"
  // meets «الأردن» through a root, «هيفتح» meets a festival's «افتتاح»).
  withOutlets = await engineOverFixtures('other-subject-outlets', ['transport-projects', 'outlets', 'answering']);
});

afterAll(removeTemporaryDirectories);

describe('a question naming what another article is about', () => {
  it('a place another report is about, asked of a report of the same kind that never names it: refused', async () => {
    for (const question of ['كم كلف ترامواي قسنطينة؟', 'متى يفتتح ملعب وهران؟']) await expectRefused(engine, question);
  });

  // The Arabic tram report's cost paragraph shares the question's wording; the English report about the line it names
  // answers, ahead of it (candidates.ts answerOrder), in English as published.
  it("in Arabic, the English report's line, which the Arabic report of the same kind never names: answered from the English report", async () => {
    await expectAnswered(engine, 'كم كلف الخط الوردي في بورتو؟', { cited: 'porto-metro-2025-04-18#2', holds: '320 million euros' });
  });

  // The Oran article's cost paragraph is read (its headline names Oran: carried-words.ts titleNames) and tells the second
  // line's cost: "third" is read against "second" (question/ranked-nouns.ts).
  it('a line the articles do not report, beside the line they do ("the third line" over the second): refused', async () => {
    await expectRefused(engine, 'كم تكلفة الخط الثالث لترامواي وهران؟');
  });

  // Open: "stadium" is a common word; the metro report's cost covers the rest of the question.
  it.fails('a kind of project another city reports, asked of this city: refused', async () => {
    await expectRefused(engine, 'How much did the Porto stadium cost?');
  });
});

describe('the same kinds of question about the subjects the articles report', () => {
  it('in Arabic: the tram line\'s cost and the stadium\'s opening', async () => {
    await expectAnswered(engine, 'كم كلف الخط الثاني لترامواي وهران؟', { holds: '400 مليون دولار' });
    await expectAnswered(engine, 'متى سيفتتح ملعب قسنطينة؟', { holds: 'مارس 2026' });
  });

  it('in English: the metro line\'s cost and opening', async () => {
    await expectAnswered(engine, "How much did Porto's Pink line cost?", { holds: '320 million euros' });
    await expectAnswered(engine, 'When will the Pink line open to passengers?', { holds: 'December 2026' });
  });
});

describe("a dialect word whose senses or root-mates another headline uses", () => {
  it('says nothing about what the question names: the question about the article is answered', async () => {
    await expectAnswered(withOutlets, 'ملعب قسنطينة هيفتح امتى؟ ابي التاريخ', { holds: 'مارس 2026' });
    await expectAnswered(withOutlets, 'وش قال كمال بن يحيى بالضبط؟ ابي كلامه حرفيا', { holds: 'كمال بن يحيى' });
  });

  it('while a place another report is about is still refused', async () => {
    await expectRefused(withOutlets, 'متى يفتتح ملعب وهران؟');
  });
});

