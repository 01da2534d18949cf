/**
 * The real index on the real interview, offline, with the dev questions of
 * ../shared/eval/interview: the targets, the flagship question in both
 * languages, refusals, answer language, bad input and follow-ups.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { evaluateInterview } from '../../scripts/eval/interview.js';
import { isVerifiedCitation } from '../../src/core/answer/citations.js';
import { UNSUPPORTED_LANGUAGE_NOTICE } from '../../src/core/answer/question-input.js';
import type { Engine } from '../../src/core/engine.js';
import type { Answer, Citation } from '../../src/core/types.js';
import {
  ARABIC_LETTER,
  expectMarsadError,
  INTERVIEW_ID,
  INTERVIEW_QUESTIONS,
  KNOWLEDGE_DIR,
  offlineEngine,
  readInterviewQuestions,
  removeTemporaryDirectories,
  temporaryDirectory,
  type InterviewQuestion,
} from './helpers.js';

const RUSSIA_SECTION = 'العلاقات مع روسيا';
const CHINA_SECTION = 'كازاخستان شريك استراتيجي للصين';
const PUTIN_EN = 'How many times has Putin visited Kazakhstan?';
const PUTIN_AR = 'كم مرة زار بوتين كازاخستان؟';

let engine: Engine;
let questions: InterviewQuestion[];
const answers = new Map<string, Answer>();

beforeAll(async () => {
  expect(existsSync(INTERVIEW_QUESTIONS), `${INTERVIEW_QUESTIONS} (the shared eval set) must exist`).toBe(true);
  engine = await offlineEngine(KNOWLEDGE_DIR, temporaryDirectory('interview'));
  questions = readInterviewQuestions();
  for (const question of questions) answers.set(question.id, await engine.ask(question.question, { k: 5 }));
});

afterAll(removeTemporaryDirectories);

/** The citations the answer text marks with [n]. */
function citedIn(answer: Answer): Citation[] {
  return answer.citations.filter((citation) => answer.answer.includes(`[${citation.n}]`));
}

describe('evaluateInterview on the dev questions', () => {
  // A regression gate at the figures reached (README, Evaluation), raised as they rise; the targets are higher.
  it('holds the figures reached: hit@5 ≥ 0.98, hit@1 ≥ 0.88, refusal ≥ 0.98, answer_contains ≥ 0.97, citations verified = 1', async () => {
    const misses: string[] = [];
    const report = await evaluateInterview(engine, INTERVIEW_QUESTIONS, (line) => misses.push(line));
    const context = `${JSON.stringify(report)}\n${misses.join('\n')}`;
    expect(report.set).toBe('interview');
    expect(report.n, context).toBe(questions.length);
    expect(report.answerable, context).toBe(questions.filter((question) => question.answerable).length);
    expect(report['hit@5'], context).toBeGreaterThanOrEqual(0.98);
    expect(report['hit@1'], context).toBeGreaterThanOrEqual(0.88);
    expect(report.refusal_accuracy, context).toBeGreaterThanOrEqual(0.98);
    expect(report.answer_contains, context).toBeGreaterThanOrEqual(0.97);
    expect(report.citations_verified, context).toBe(1);
    expect(report['hit@1'], context).toBeLessThanOrEqual(report['hit@5']);
  });

  it('answers every dev question offline, in its language, with 1–5 numbered citations', () => {
    for (const question of questions) {
      const answer = answers.get(question.id)!;
      expect(answer.mode, question.id).toBe('offline');
      expect(answer.lang, question.id).toBe(question.lang);
      expect(answer.citations.length, question.id).toBeGreaterThan(0);
      expect(answer.citations.length, question.id).toBeLessThanOrEqual(5);
      expect(answer.citations.map((citation) => citation.n), question.id).toEqual(answer.citations.map((_, index) => index + 1));
      if (answer.answerable) expect(citedIn(answer).length, question.id).toBeGreaterThan(0);
    }
  });

  it('answers most answerable questions and refuses most off-topic ones', () => {
    const answered = (keep: (question: InterviewQuestion) => boolean) => questions.filter(keep).filter((question) => answers.get(question.id)!.answerable).length;
    const answerable = questions.filter((question) => question.answerable).length;
    expect(answered((question) => question.answerable)).toBeGreaterThanOrEqual(Math.ceil(answerable * 0.8));
    expect(answered((question) => !question.answerable)).toBeLessThanOrEqual(Math.floor((questions.length - answerable) * 0.4));
  });
});

describe('"How many times has Putin visited Kazakhstan?"', () => {
  it('in English: answerable, an English answer containing 33, citing ¶11 with the Arabic quote "33 مرة"', async () => {
    const answer = await engine.ask(PUTIN_EN);
    expect(answer).toMatchObject({ question: PUTIN_EN, lang: 'en', answerable: true, mode: 'offline' });
    expect(answer.answer).toContain('33');
    expect(answer.answer).not.toMatch(ARABIC_LETTER);
    const cited = citedIn(answer);
    const eleven = cited.find((citation) => citation.paragraph === 11);
    expect(eleven, JSON.stringify(cited)).toBeDefined();
    expect(eleven).toMatchObject({ articleId: INTERVIEW_ID, section: RUSSIA_SECTION, paragraph: 11 });
    expect(eleven!.articleTitle).toContain('توكاييف');
    expect(eleven!.quote).toContain('33 مرة');
    expect(eleven!.text).toContain(eleven!.quote);
    expect(eleven!.quoteTranslation).toMatch(/33 times/);
    expect(eleven!.translation).toContain(eleven!.quoteTranslation);
    expect(answer.answer).toContain(`${eleven!.quoteTranslation} [${eleven!.n}]`);
    expect(answer.citations[0]!.paragraph).toBe(11);
  });

  it('in Arabic: answers in Arabic with the exact quote of ¶11', async () => {
    const answer = await engine.ask(PUTIN_AR);
    expect(answer).toMatchObject({ lang: 'ar', answerable: true, mode: 'offline' });
    expect(answer.answer).toContain('33 مرة');
    expect(answer.answer).toMatch(ARABIC_LETTER);
    const eleven = citedIn(answer).find((citation) => citation.paragraph === 11);
    expect(eleven).toBeDefined();
    expect(answer.answer).toContain(`${eleven!.quote} [${eleven!.n}]`);
  });

  it('--lang overrides the detected language both ways', async () => {
    const english = await engine.ask(PUTIN_AR, { lang: 'en' });
    expect(english.lang).toBe('en');
    expect(english.answer).toContain('33 times');
    expect(english.answer).not.toMatch(ARABIC_LETTER);
    const arabic = await engine.ask(PUTIN_EN, { lang: 'ar' });
    expect(arabic.lang).toBe('ar');
    expect(arabic.answer).toContain('33 مرة');
  });

  it('k limits the number of citations', async () => {
    expect((await engine.ask(PUTIN_EN, { k: 2 })).citations).toHaveLength(2);
    expect((await engine.ask(PUTIN_EN, { k: 1 })).citations).toHaveLength(1);
  });
});

describe('questions the interview does not answer', () => {
  it('English: says the articles do not cover it, in English, and lists the nearest excerpts as such', () => {
    // The format of a refusal (how many are refused is gated above).
    const question = questions.find((candidate) => !candidate.answerable && candidate.lang === 'en' && !answers.get(candidate.id)!.answerable)!;
    expect(question).toBeDefined();
    const answer = answers.get(question.id)!;
    expect(answer.answerable).toBe(false);
    expect(answer.answer).toMatch(/do not cover/);
    expect(answer.answer).not.toMatch(ARABIC_LETTER);
    expect(answer.answer).not.toMatch(/\[\d+\]/);
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.every(isVerifiedCitation)).toBe(true);
  });

  it('Arabic: says so in Arabic', () => {
    const question = questions.find((candidate) => !candidate.answerable && candidate.lang === 'ar' && !answers.get(candidate.id)!.answerable)!;
    expect(question).toBeDefined();
    const answer = answers.get(question.id)!;
    expect(answer.answerable).toBe(false);
    expect(answer.answer).toContain('لا تتناول المقالات المفهرسة');
    expect(answer.answer).not.toMatch(/[A-Za-z]/);
  });

  it('an off-topic question is refused in the question\'s language', async () => {
    const english = await engine.ask('What is the recipe for chocolate cake?');
    expect(english.answerable).toBe(false);
    expect(english.answer).toMatch(/do not cover/);
    const arabic = await engine.ask('ما هي وصفة كعكة الشوكولاتة؟');
    expect(arabic.answerable).toBe(false);
    expect(arabic.answer).toMatch(/^لا تتناول/u);
  });
});

describe('the answer follows the question\'s language', () => {
  it('English answers contain no Arabic (aligned renderings), Arabic answers are in Arabic', () => {
    for (const question of questions) {
      const answer = answers.get(question.id)!;
      // A value quoted from an article's record (an outlet, a dateline) is a name as published, in its own script.
      const record = answer.citations.filter((citation) => citation.kind === 'metadata').map((citation) => citation.quote);
      const text = record.reduce((rest, value) => rest.replaceAll(value, ''), answer.answer);
      if (question.lang === 'en') expect(text, question.id).not.toMatch(ARABIC_LETTER);
      else expect(answer.answer, question.id).toMatch(ARABIC_LETTER);
    }
  });

  it('a Russian question is answered in English with a notice', async () => {
    const answer = await engine.ask('Сколько раз Путин посещал Казахстан?');
    expect(answer.lang).toBe('en');
    expect(answer.notice).toContain(UNSUPPORTED_LANGUAGE_NOTICE);
    expect(answer.answer).not.toMatch(ARABIC_LETTER);
  });
});

describe('bad input', () => {
  it.each([
    ['empty', ''],
    ['only emoji', '😀🎉👍🔥'],
    ['2,000 characters', 'Putin Kazakhstan '.repeat(118).slice(0, 2000)],
  ])('%s → MarsadError invalid_input', async (_label, question) => {
    const error = await expectMarsadError(engine.ask(question), 'invalid_input');
    expect(error.localizedMessage('en')).not.toMatch(ARABIC_LETTER);
  });

  it('an Arabic question of 2,000 characters gets an Arabic message', async () => {
    const question = 'كم مرة زار بوتين كازاخستان '.repeat(75).slice(0, 2000);
    expect(question.length).toBe(2000);
    const error = await expectMarsadError(engine.ask(question), 'invalid_input');
    expect(error.messageAr).toBeDefined();
    expect(error.localizedMessage('ar')).toMatch(ARABIC_LETTER);
    expect(error.localizedMessage('ar')).not.toBe(error.message);
  });
});

describe('follow-up questions', () => {
  const history = [{ question: PUTIN_EN, answer: 'Tokayev said: "President Putin has visited Kazakhstan 33 times. [1]' }];
  const firstChina = (paragraphs: { section: string | null; text: string; number: number }[]) => paragraphs.find((paragraph) => paragraph.section === CHINA_SECTION);

  it('"and China?" after a Putin question retrieves a China paragraph first, read as a question about visits', async () => {
    const retrieved = (await engine.retrieveParagraphs('and China?', 5, { history })).map((hit) => hit.paragraph);
    const order = retrieved.map((paragraph) => paragraph.number).join(',');
    expect(retrieved[0]!.section, order).toBe(CHINA_SECTION);
    // the context of the previous question (visits) picks Xi's state visit, not just any China paragraph
    expect(firstChina(retrieved)!.text, order).toContain('زيارة');

    const answer = await engine.ask('and China?', { history });
    expect(answer.lang).toBe('en');
    expect(answer.citations[0]!.section).toBe(CHINA_SECTION);
    expect(answer.citations.every(isVerifiedCitation)).toBe(true);
  });

  it('the Arabic follow-up "وماذا عن الصين؟" retrieves a China paragraph about a visit among the first three', async () => {
    const retrieved = (await engine.retrieveParagraphs('وماذا عن الصين؟', 5, { history: [{ question: PUTIN_AR, answer: '' }] })).map((hit) => hit.paragraph);
    const china = firstChina(retrieved.slice(0, 3));
    expect(china, retrieved.map((paragraph) => paragraph.number).join(',')).toBeDefined();
    expect(china!.text).toContain('زيارة');
  });
});

describe('a question about one person answered with another\'s deeds', () => {
  it('"How many times has Trump visited Kazakhstan?" is refused in both languages, not answered with Putin\'s visits', async () => {
    for (const question of ['How many times has Trump visited Kazakhstan?', 'كم مرة زار ترامب كازاخستان؟']) {
      const answer = await engine.ask(question);
      expect(answer.answerable, `${question}: ${answer.answer}`).toBe(false);
    }
    expect((await engine.ask(PUTIN_EN)).answerable).toBe(true);
  });
});
