/**
 * Monitoring several articles (test/fixtures/monitoring: two Arabic reports and
 * an English one of a Kazakhstan–Uzbekistan visit on different days, an Arabic
 * report on a CSTO exercise) beside the interview, on a fixed clock: questions
 * about the articles' records, "which articles mention", periods of
 * publication, claims from several outlets, and the English reader's gloss.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isVerifiedCitation } from '../../src/core/answer/citations.js';
import type { Engine } from '../../src/core/engine.js';
import type { Answer } from '../../src/core/types.js';
import { offlineEngine } from '../core/helpers.js';
import { INTERVIEW_FILE, INTERVIEW_TRANSLATION_FILE, REPO_ROOT } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/monitoring');
/** A Wednesday: "this week" is 27 February – 5 March, "last week" 20–26 February. */
const NOW = new Date('2025-03-05T10:00:00Z');

let engine: Engine;

beforeAll(async () => {
  const knowledge = temporaryDirectory('monitoring-knowledge');
  for (const file of readdirSync(FIXTURES)) cpSync(path.join(FIXTURES, file), path.join(knowledge, file));
  for (const file of [INTERVIEW_FILE, INTERVIEW_TRANSLATION_FILE]) cpSync(file, path.join(knowledge, path.basename(file)));
  engine = await offlineEngine(knowledge, temporaryDirectory('monitoring-data'), { now: () => NOW });
});

afterAll(removeTemporaryDirectories);

const citedArticles = (answer: Answer) => answer.citations.filter((citation) => answer.cites?.includes(citation.n)).map((citation) => citation.articleId);
const expectVerified = (answer: Answer) => answer.citations.forEach((citation) => expect(isVerifiedCitation(citation)).toBe(true));

describe("questions about an article's record", () => {
  it('answers who wrote, when and from where from the record, cited as metadata', async () => {
    const author = await engine.ask('من كتب المقال عن التبادل التجاري بين كازاخستان وأوزبكستان؟');
    expect(author.answerType).toBe('metadata');
    expect(author.answer).toContain('ليلى قاسموفا');
    expect(author.citations[0]).toMatchObject({ kind: 'metadata', field: 'author', articleId: 'kz-uz-trade-2025-03-03', quote: 'ليلى قاسموفا' });
    expectVerified(author);
    const dateline = await engine.ask("where's the dateline on the Steppe Business Review report about the visit?");
    expect(dateline.citations[0]).toMatchObject({ kind: 'metadata', field: 'dateline', quote: 'Tashkent' });
  });

  it('reads the dateline printed at the head of an article whose front matter gives none, also when asked where it was written', async () => {
    for (const question of ['من أين كُتب التقرير عن مناورات منظمة معاهدة الأمن الجماعي؟', 'Where was the article about the CSTO exercise in Tajikistan written?']) {
      const answer = await engine.ask(question);
      expect(answer.citations[0], question).toMatchObject({ kind: 'metadata', field: 'dateline', articleId: 'csto-exercise-2025-02-20', quote: 'دوشنبه' });
      // Listed where the text prints it too: the first paragraph's opening sentence, after the record.
      expect(answer.citations[1], question).toMatchObject({ articleId: 'csto-exercise-2025-02-20', paragraph: 1 });
      expect(answer.citations[1]!.quote.startsWith('دوشنبه –'), question).toBe(true);
      expectVerified(answer);
    }
  });

  it('gives an English reader the place as the article\'s translation prints it, the record\'s spelling beside it', async () => {
    const answer = await engine.ask("where's the dateline on the interview with Tokayev?");
    expect(answer.answer).toMatch(/filed from Astana \(أستانا\)/);
    expect(answer.citations[0]).toMatchObject({ kind: 'metadata', field: 'dateline', quote: 'أستانا' });
    // The Arabic reader is given the record's own spelling alone.
    expect((await engine.ask('من وين انكتب التقرير عن توكاييف؟')).answer).toMatch(/من أستانا\./);
  });

  it('says the article does not name its author rather than guessing one', async () => {
    const answer = await engine.ask('Who wrote the article about the CSTO exercise in Tajikistan?');
    expect(answer.answerable).toBe(false);
    expect(answer.answer).toMatch(/does not name its author/);
    expect(answer.citations.some((citation) => citation.field === 'author')).toBe(false);
  });

  it('a question about another publication mentioned in the text gets the text first, then the record', async () => {
    const answer = await engine.ask('Which newspaper published the main interview?');
    expect(answer.citations[0]!.kind ?? 'paragraph').toBe('paragraph');
    expect(answer.citations.some((citation) => citation.kind === 'metadata' && citation.field === 'outlet')).toBe(true);
  });
});

describe('which articles mention something', () => {
  it('lists the articles, newest first, with outlet, date and paragraph count, each cited', async () => {
    const answer = await engine.ask('which articles mention Uzbekistan?');
    expect(answer.answerType).toBe('article_list');
    const lines = answer.answer.split('\n');
    expect(lines[0]).toMatch(/^3 articles mention “Uzbekistan”/);
    expect(lines.slice(1).map((line) => /\d{4}-\d\d-\d\d/.exec(line)![0])).toEqual(['2025-03-04', '2025-03-04', '2025-03-03']);
    expect(answer.citations).toHaveLength(3);
    expectVerified(answer);
  });

  it('in Arabic, with Arabic counting and punctuation; nothing listed when nothing mentions it', async () => {
    const answer = await engine.ask('أي المقالات تذكر طاجيكستان؟');
    expect(answer.answer).toMatch(/^يذكر مقال واحد «طاجيكستان»/);
    expect(answer.answer).toContain('صحيفة الوادي (نص تجريبي)، 2025-02-20');
    const none = await engine.ask('which articles mention Mongolia?');
    expect(none.answerable).toBe(false);
  });
});

describe('periods of publication', () => {
  it('"this week" and «الأسبوع الماضي» answer from the articles of that period only', async () => {
    const week = await engine.ask("What's new about Uzbekistan this week?");
    expect(week.period).toEqual({ since: '2025-02-27', until: '2025-03-05' });
    expect(citedArticles(week).every((id) => ['kz-uz-trade-2025-03-03', 'uz-visit-briefing-2025-03-04', 'uz-visit-ar-2025-03-04'].includes(id))).toBe(true);
    const lastWeek = await engine.ask('ماذا نُشر عن طاجيكستان الأسبوع الماضي؟');
    expect(citedArticles(lastWeek)).toEqual(['csto-exercise-2025-02-20']);
  });

  it('a period with no article is said so; since: limits an ordinary question', async () => {
    const today = await engine.ask('any news today about Uzbekistan?');
    expect(today.answerable).toBe(false);
    expect(today.answer).toContain('No indexed article was published in that period (2025-03-05)');
    const since = await engine.ask('What did Tokayev say about China?', { since: '2025-02-01' });
    expect(since.citations.every((citation) => citation.articleId !== 'tokayev-foreign-policy-2025-01-03')).toBe(true);
  });
});

describe('several articles answer', () => {
  it('each claim says which outlet and day it comes from, newest first, and different figures are flagged', async () => {
    const answer = await engine.ask('كم وثيقة وقعت كازاخستان وأوزبكستان خلال زيارة الدولة؟');
    const lines = answer.answer.split('\n');
    expect(lines[0]).toMatch(/^\(صحيفة الضفاف \(نص تجريبي\)، 2025-03-04\).*14 وثيقة/);
    expect(lines[1]).toMatch(/^\(وكالة السهوب للأنباء \(نص تجريبي\)، 2025-03-03\).*15 وثيقة/);
    expect(lines[2]).toBe('تختلف الأرقام بين المقالات.');
  });
});

describe('an English reader of an Arabic article without translation', () => {
  it('gets the Arabic quote with a labelled word-by-word gloss of its key words', async () => {
    const answer = await engine.ask('How many documents did Kazakhstan and Uzbekistan sign in Tashkent according to the Arabic report?');
    const arabic = answer.citations.find((citation) => citation.articleId === 'kz-uz-trade-2025-03-03' || citation.articleId === 'uz-visit-ar-2025-03-04');
    expect(arabic?.gloss?.length).toBeGreaterThan(0);
    expect(arabic!.gloss!.some((entry) => /document/.test(entry.meaning))).toBe(true);
    if (answer.cites?.includes(arabic!.n)) expect(answer.answer).toContain('Word-by-word dictionary gloss (not a translation)');
    expect(answer.answer).not.toContain('no English rendering');
  });
});
