/**
 * Answering on several articles (test/fixtures/articles: an Omani desalination
 * plant, the Cairo book fair, both in Arabic; the Aqaba port, English only) beside
 * the interview: answers by type, yes/no verdicts, answer units that read on
 * their own with balanced quotation marks, refusals of questions about a name
 * the articles do not mention, time words read as content or as a period of
 * publication, and the verified-quote invariant throughout.
 */
import { cpSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isVerifiedCitation } from '../../src/core/answer/citations.js';
import type { Engine } from '../../src/core/engine.js';
import type { Answer, Citation } from '../../src/core/types.js';
import { INTERVIEW_FILE, INTERVIEW_TRANSLATION_FILE, REPO_ROOT } from '../support/paths.js';
import { removeTemporaryDirectories, temporaryDirectory } from '../support/temporary.js';
import { ARABIC_LETTER, offlineEngine } from '../core/helpers.js';

const FIXTURES = path.join(REPO_ROOT, 'test/fixtures/articles');
const OMAN = 'oman-desalination-2025-03-10';
const CAIRO = 'cairo-book-fair-2025-02-05';
const AQABA = 'aqaba-port-expansion-2025-04-22';

let engine: Engine;

beforeAll(async () => {
  const knowledge = temporaryDirectory('answering-knowledge');
  for (const file of readdirSync(FIXTURES)) cpSync(path.join(FIXTURES, file), path.join(knowledge, file));
  cpSync(INTERVIEW_FILE, path.join(knowledge, path.basename(INTERVIEW_FILE)));
  cpSync(INTERVIEW_TRANSLATION_FILE, path.join(knowledge, path.basename(INTERVIEW_TRANSLATION_FILE)));
  // A fixed clock: "last year" below is read against it, and must keep meaning the fixtures' year.
  engine = await offlineEngine(knowledge, temporaryDirectory('answering-data'), { now: () => new Date('2026-06-01T12:00:00Z') });
});

afterAll(removeTemporaryDirectories);

const cited = (answer: Answer): Citation[] => answer.citations.filter((citation) => answer.cites?.includes(citation.n));
const marks = (text: string) => text.match(/["“”«»]/g)?.length ?? 0;

function expectSound(answer: Answer): void {
  for (const citation of [...answer.citations, ...(answer.moreCitations ?? [])]) expect(isVerifiedCitation(citation)).toBe(true);
  for (const n of answer.cites ?? []) expect(answer.answer).toContain(`[${n}]`);
}

describe('answers by type, from the article that holds the value', () => {
  it('an English "how many" over the English article: the number, cited from Aqaba', async () => {
    const answer = await engine.ask('How many containers did the Aqaba terminal handle last year?');
    expectSound(answer);
    expect(answer).toMatchObject({ lang: 'en', answerable: true, answerType: 'number' });
    expect(answer.answer).toContain('900,000');
    expect(cited(answer)[0]!.articleId).toBe(AQABA);
  });

  it('a dialect "when" in Arabic: the date, cited from the Omani article', async () => {
    const answer = await engine.ask('امتى افتتحوا محطة التحلية في صحار؟');
    expectSound(answer);
    expect(answer).toMatchObject({ lang: 'ar', answerable: true, answerType: 'date' });
    expect(answer.answer).toContain('10 مارس');
    expect(cited(answer)[0]!.articleId).toBe(OMAN);
  });

  it('«قديش كلفت» asks for an amount of cost: «كلفت» meets «تكلفتها», and the cost is the answer, not the capacity', async () => {
    const answer = await engine.ask('قديش كلفت محطة صحار؟');
    expectSound(answer);
    expect(answer.answerType).toBe('number');
    expect(answer.answer).toContain('400 مليون دولار');
  });
});

describe('answer units', () => {
  it('a sentence that opens on «الأخير» brings the one that names him', async () => {
    const answer = await engine.ask('مين تسلم جائزة أفضل رواية في معرض القاهرة؟');
    expectSound(answer);
    const quote = cited(answer)[0]!.quote;
    expect(cited(answer)[0]!.articleId).toBe(CAIRO);
    expect(quote).toContain('يوسف عبد الحليم');
  });

  it('a sentence that continues with «مما» is shown with the one it continues', async () => {
    const answer = await engine.ask('بكم تخفض محطة صحار استهلاك الغاز؟');
    expectSound(answer);
    const quote = cited(answer)[0]!.quote;
    expect(quote).toContain('30 بالمئة');
    expect(quote).toContain('بالطاقة الشمسية');
  });

  it('quotation marks are balanced in every quote shown', async () => {
    for (const question of ['ماذا قال وزير الطاقة عن المحطة؟', 'What did Rania Haddad say about the ships?', 'ماذا قالت رئيسة هيئة الكتاب؟', 'What did Tokayev say about the UN?']) {
      const answer = await engine.ask(question);
      expectSound(answer);
      for (const citation of cited(answer)) expect(marks(citation.quote) % 2, `${question}: ${citation.quote}`).toBe(0);
      if (answer.lang === 'en') expect(marks(answer.answer) % 2, answer.answer).toBe(0);
    }
  });
});

describe('yes/no questions', () => {
  it('"no" when a negation governs what is asked, with the deciding quote', async () => {
    const answer = await engine.ask('Has the port authority published an environmental impact study?');
    expectSound(answer);
    expect(answer).toMatchObject({ answerable: true, answerType: 'yes_no', verdict: 'no' });
    expect(answer.answer).toMatch(/^No\. /);
    expect(cited(answer)[0]!.articleId).toBe(AQABA);
  });

  it('"yes" when the article says so, in the asker\'s language', async () => {
    const answer = await engine.ask('هل تعمل محطة صحار بالطاقة الشمسية؟');
    expectSound(answer);
    expect(answer).toMatchObject({ answerable: true, answerType: 'yes_no', verdict: 'yes' });
    expect(answer.answer).toMatch(/^نعم\. /u);
  });
});

describe('questions the articles do not answer', () => {
  // "last year" stays a word of the question (its casing too, so "Haifa" is read as a name): Aqaba's figure for its
  // own last year does not answer.
  it('a name the articles never mention is not answered with another\'s facts', async () => {
    const answer = await engine.ask('How many containers did the Port of Haifa handle last year?');
    expectSound(answer);
    expect(answer.answerable).toBe(false);
    expect(answer.answer).toMatch(/do not cover/);
  });

  it('an off-topic Arabic question is refused in Arabic', async () => {
    const answer = await engine.ask('كم سعر تذكرة القطار السريع بين الرياض وجدة؟');
    expect(answer.answerable).toBe(false);
    expect(answer.answer).toMatch(ARABIC_LETTER);
  });
});

describe('a reference to the source', () => {
  it('"according to the report" / «حسب التقرير» changes neither the decision nor the source', async () => {
    for (const [question, lang] of [['How many containers did the Aqaba terminal handle last year?', 'en'], ['قديش كلفت محطة صحار؟', 'ar']] as const) {
      const plain = await engine.ask(question);
      const framed = await engine.ask(lang === 'en' ? question.replace('?', ' according to the report?') : question.replace('؟', ' حسب التقرير؟'));
      expectSound(framed);
      expect(framed.answerable).toBe(plain.answerable);
      expect(cited(framed)[0]!.articleId).toBe(cited(plain)[0]!.articleId);
      expect(framed.answer).toBe(plain.answer);
    }
  });
});

describe('the word that asks for a stance', () => {
  // "opinion", «رأي», "see" say what kind of answer is wanted; the sentence that gives the stance seldom repeats them.
  it('is not required of the paragraph that answers; the names still are', async () => {
    const answer = await engine.ask('ما رأي جمعية البيئة العمانية في محطة صحار؟');
    expectSound(answer);
    expect(answer).toMatchObject({ answerable: true, answerType: 'stance' });
    expect(cited(answer)[0]!.articleId).toBe(OMAN);
    expect(cited(answer)[0]!.quote).toContain('أبدت قلقها');
    const elsewhere = await engine.ask('How does the mayor of Haifa see the terminal capacity?');
    expect(elsewhere.answerable).toBe(false);
  });
});

describe('time words: part of what is asked, or the period of publication asked about', () => {
  // The clock is 2026-06-01: no fixture article is from this year or this week.
  it('in a question about what happened, "this week" / «هذا العام» stay in the question and every article is read', async () => {
    const english = await engine.ask('What did Rania Haddad say about the ships this week?');
    expectSound(english);
    expect(english.answerable).toBe(true);
    expect(english.period).toBeUndefined();
    expect(cited(english)[0]!.articleId).toBe(AQABA);
    const arabic = await engine.ask('بكم تخفض محطة صحار استهلاك الغاز هذا العام؟');
    expectSound(arabic);
    expect(arabic.answerable).toBe(true);
    expect(arabic.period).toBeUndefined();
    expect(arabic.answer).toContain('30 بالمئة');
  });

  it('a question about what was published is limited to the period, in both languages', async () => {
    const english = await engine.ask('What was published about the Aqaba port this month?');
    expect(english).toMatchObject({ answerable: false, period: { since: '2026-06-01', until: '2026-06-01' } });
    expect(english.answer).toMatch(/No indexed article was published in that period/);
    const arabic = await engine.ask('ماذا نُشر عن محطة صحار هذا العام؟');
    expect(arabic.answerable).toBe(false);
    expect(arabic.answer).toMatch(/لم يُنشر أي مقال مفهرس في هذه الفترة/);
    const news = await engine.ask('أخبار معرض القاهرة للكتاب العام الماضي');
    expectSound(news);
    expect(news).toMatchObject({ answerable: true, period: { since: '2025-01-01', until: '2025-12-31' } });
    expect(cited(news).every((citation) => citation.articleId === CAIRO)).toBe(true);
  });
});
