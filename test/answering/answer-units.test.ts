/**
 * What an answer shows of the paragraph it found, on articles of other outlets
 * (test/fixtures/outlets: a port plan in Arabic, a bus plan in English, beside
 * the metro, water and strike reports): a sentence that points back at the
 * answer sentence («وتقوم هذه الخطة…», "It rests on…") is shown with it, and a
 * stray quotation mark left at the end of scraped text never shrinks the
 * answer to the mark; a question word in the accusative («عضواً») finds the
 * answer sentence's word in another case («عضو») (test/fixtures/units: a rail union);
 * a sentence that speaks of the lead's subject by pronoun («يحدها من الشمال…») answers
 * what it holds, though the lead names the subject (test/fixtures/units: a nature reserve);
 * a what-did-they-say question is shown the quoted words after the gist, a when-question the
 * sentence with its date written otherwise ("the 1890s", «القرن التاسع عشر»), and a long
 * sentence keeps the few words a stray full stop cut off before it (a library, a bridge).
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isVerifiedCitation } from '../../src/core/answer/citations.js';
import type { Engine } from '../../src/core/engine.js';
import type { Answer, Citation } from '../../src/core/types.js';
import { REPO_ROOT } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { offlineEngine } from '../core/helpers.js';

const OUTLETS = path.join(REPO_ROOT, 'test/fixtures/outlets');
const UNITS = path.join(REPO_ROOT, 'test/fixtures/units');
const SOHAR = 'sohar-port-waits-2025-01-20';
const RAIL = 'gulf-rail-union-2025-04-02';
const LEEDS = 'leeds-buses-2025-01-14';
const RESERVE = 'hawari-reserve-2025-05-11';
const LIBRARY = 'tarin-library-2025-06-02';
const BRIDGE = 'wadi-bridge-2025-06-09';

let engine: Engine;

beforeAll(async () => {
  const knowledge = temporaryDirectory('answer-units-knowledge');
  for (const folder of [OUTLETS, UNITS]) for (const file of readdirSync(folder)) cpSync(path.join(folder, file), path.join(knowledge, file));
  engine = await offlineEngine(knowledge, temporaryDirectory('answer-units-data'));
});

afterAll(removeTemporaryDirectories);

const cited = (answer: Answer): Citation[] => answer.citations.filter((citation) => answer.cites?.includes(citation.n));

function expectQuoted(answer: Answer, articleId: string): Citation {
  expect(answer.answerable).toBe(true);
  for (const citation of answer.citations) expect(isVerifiedCitation(citation)).toBe(true);
  const [first] = cited(answer);
  expect(first?.articleId).toBe(articleId);
  return first!;
}

describe('a sentence that points back at the answer comes with it', () => {
  it('«كيف ستقلص…؟»: the plan and «وتقوم هذه الخطة على…», which says what it is', async () => {
    const answer = await engine.ask('كيف ستقلص هيئة الموانئ زمن انتظار السفن؟');
    const citation = expectQuoted(answer, SOHAR);
    expect(citation.quote).toContain('خطة لتقليص زمن انتظار السفن');
    expect(citation.quote).toContain('تشغيل رصيف جديد');
    expect(answer.answer).toContain('تشغيل رصيف جديد');
  });

  it('"How will the council cut…?": the plan and "It rests on three measures…"', async () => {
    const answer = await engine.ask('How will the council cut bus waiting times?');
    const citation = expectQuoted(answer, LEEDS);
    expect(citation.quote).toMatch(/^Leeds city council approved a plan/u);
    expect(answer.answer).toContain('bus lanes on four main roads');
  });

  it('only while the two stay short: a long "She said…" after the answer stays out', async () => {
    const answer = await engine.ask('Where will most of the money come from, according to the finance director?');
    const citation = expectQuoted(answer, LEEDS);
    expect(citation.quote).toContain('regional transport fund');
    expect(citation.quote).not.toContain('forty million pounds');
  });
});

describe('stray quotation marks', () => {
  it('a sentence ending «…الموانئ."\'» is shown whole, without the lone marks', async () => {
    const answer = await engine.ask('من صمم الرافعات الجديدة؟');
    const citation = expectQuoted(answer, SOHAR);
    expect(citation.quote).toContain('جامعة السلطان قابوس');
    expect(citation.quote).not.toMatch(/["'“”«»]/u);
  });
});

describe('a word in another grammatical case', () => {
  it('«…عضواً في الاتحاد…؟» is answered by «…أول عضو في الاتحاد…», not by the longer lead sentence', async () => {
    const answer = await engine.ask('أي دولة كانت عضواً في الاتحاد الخليجي عند تأسيسه؟');
    const citation = expectQuoted(answer, RAIL);
    expect(citation.quote).toContain('أول عضو في الاتحاد');
    expect(citation.quote).not.toContain('أعلنت هيئة القطارات');
  });
});

describe('a sentence that leans on the lead for its subject', () => {
  it('«ما الذي يحد…؟» is answered by «يحدها من الشمال…», not by the lead that names the reserve', async () => {
    const citation = expectQuoted(await engine.ask('ما الذي يحد محمية جبل الحواري من الشمال؟'), RESERVE);
    expect(citation.quote).toContain('وادي السدر');
  });

  it('and in English over the Arabic article', async () => {
    const citation = expectQuoted(await engine.ask('What borders the Hawari mountain reserve to the north?'), RESERVE);
    expect(citation.quote).toContain('وادي السدر');
  });

  it('the lead still answers what the lead says', async () => {
    const citation = expectQuoted(await engine.ask('ماذا أعلنت وزارة البيئة عن محمية جبل الحواري؟'), RESERVE);
    expect(citation.quote).toContain('توسيع محمية جبل الحواري');
    expect(citation.quote).not.toContain('وادي السدر');
  });
});

describe('the sentence after, the words written otherwise, a cut-off fragment (test/fixtures/units: a library, a bridge)', () => {
  it('"What did Mayor Varga say?": the gist and the quoted words that follow it', async () => {
    const answer = await engine.ask('What did Mayor Varga say?');
    const citation = expectQuoted(answer, LIBRARY);
    expect(citation.quote).toContain('the old roof had to be replaced');
    expect(citation.quote).toContain('where the rain comes through');
  });

  it('"When was the reading room built?": the sentence with "the 1890s", a decade written with an "s"', async () => {
    const answer = await engine.ask('When was the reading room built?');
    expect(expectQuoted(answer, LIBRARY).quote).toContain('1890s');
  });

  it('«متى بني الجسر الحجري؟»: the sentence with «القرن التاسع عشر», a date in words', async () => {
    const answer = await engine.ask('متى بني الجسر الحجري؟');
    expect(expectQuoted(answer, BRIDGE).quote).toContain('القرن التاسع عشر');
  });

  it('«من كتب أن الجسر كان ممر القوافل الوحيد؟»: a long sentence keeps the name cut off before it («رامي و.»)', async () => {
    const answer = await engine.ask('من كتب أن الجسر كان ممر القوافل الوحيد؟');
    const citation = expectQuoted(answer, BRIDGE);
    expect(citation.quote).toContain('رامي و. حداد');
    expect(citation.quote).toContain('ممر القوافل الوحيد');
  });
});
