/**
 * Citation verification: quotes are cut from their paragraph, a quote that is not
 * an exact substring never leaves the core, and every citation of every answer
 * to the interview questions is verified and carries the aligned English.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { balanceQuotationMarks, isVerifiedCitation, keepVerifiedCitations, makeCitation } from '../../src/core/answer/citations.js';
import type { GenerativeAnswerer } from '../../src/core/answer/generative.js';
import type { Engine } from '../../src/core/engine.js';
import { loadKnowledge } from '../../src/core/knowledge/loader.js';
import type { Answer, Article, Citation, Paragraph } from '../../src/core/types.js';
import {
  ARABIC_LETTER,
  INTERVIEW_ID,
  KNOWLEDGE_DIR,
  offlineEngine,
  readInterviewQuestions,
  removeTemporaryDirectories,
  temporaryDirectory,
} from './helpers.js';

const interview: Article = loadKnowledge(KNOWLEDGE_DIR).articles.find((article) => article.meta.id === INTERVIEW_ID)!;
const paragraph = (number: number): Paragraph => interview.paragraphs[number - 1]!;

afterAll(removeTemporaryDirectories);

describe('makeCitation', () => {
  it('cuts the quote of one sentence out of the paragraph, with its aligned English', () => {
    const citation = makeCitation(1, interview, paragraph(11), { first: 0, last: 0 }, 0.87654);
    expect(citation).toEqual({
      n: 1,
      articleId: INTERVIEW_ID,
      articleTitle: interview.meta.title,
      section: 'العلاقات مع روسيا',
      paragraph: 11,
      quote: 'وقال “توكاييف”: “زار الرئيس “بوتين” كازاخستان 33 مرة.',
      text: paragraph(11).text,
      translation: paragraph(11).translation,
      quoteTranslation: balanceQuotationMarks(paragraph(11).sentenceTranslations![0]!),
      score: 0.877,
      url: null,
      articleTitleTranslation: interview.translation!.title,
      sectionTranslation: 'Relations with Russia',
      translationLanguage: 'en',
    });
    expect(citation.quoteTranslation).toMatch(/33 times/);
    expect(isVerifiedCitation(citation)).toBe(true);
  });

  it('a range of sentences is one exact span of the paragraph, the white space between them included', () => {
    const citation = makeCitation(2, interview, paragraph(13), { first: 3, last: 4 }, 0.5);
    expect(paragraph(13).text).toContain(citation.quote);
    expect(citation.quote.startsWith(paragraph(13).sentences[3]!.text)).toBe(true);
    expect(citation.quote.endsWith(paragraph(13).sentences[4]!.text)).toBe(true);
    expect(citation.quote).toContain('أربع ساعات');
    expect(citation.quoteTranslation).toBe(`${paragraph(13).sentenceTranslations![3]} ${paragraph(13).sentenceTranslations![4]}`);
  });

  it('every sentence range of every interview paragraph gives a verified quote', () => {
    let count = 0;
    for (const current of interview.paragraphs) {
      for (let first = 0; first < current.sentences.length; first += 1) {
        for (let last = first; last < current.sentences.length; last += 1) {
          const citation = makeCitation(1, interview, current, { first, last }, 1);
          expect(isVerifiedCitation(citation), `¶${current.number} ${first}-${last}`).toBe(true);
          expect(current.text.indexOf(citation.quote)).toBe(current.sentences[first]!.start);
          count += 1;
        }
      }
    }
    expect(count).toBeGreaterThan(100);
  });

  it('quoteTranslation is null when the paragraph has no sentence-aligned translation', () => {
    const unaligned: Paragraph = { ...paragraph(11), sentenceTranslations: null };
    expect(makeCitation(1, interview, unaligned, { first: 0, last: 0 }, 1).quoteTranslation).toBeNull();
  });
});

describe('isVerifiedCitation and keepVerifiedCitations', () => {
  const good = makeCitation(1, interview, paragraph(11), { first: 0, last: 0 }, 1);
  const alsoGood = makeCitation(2, interview, paragraph(14), { first: 1, last: 1 }, 0.9);
  const tampered: Citation[] = [
    { ...good, n: 3, quote: good.quote.replace('33', '34') }, // a changed number
    { ...good, n: 4, quote: good.quote.replace(/“|”/g, '"') }, // straightened quotation marks
    { ...good, n: 5, quote: good.quote.replace('زار', 'زَار') }, // an added diacritic
    { ...good, n: 6, quote: good.quote.replace('الرئيس', 'الرئيس الروسي') }, // an inserted word
    { ...good, n: 7, quote: alsoGood.quote }, // a real quote, but of another paragraph
    { ...good, n: 8, quote: '' },
    { ...good, n: 9, quote: '   ' },
  ];

  it('accepts an exact substring and rejects every altered quote', () => {
    expect(isVerifiedCitation(good)).toBe(true);
    expect(isVerifiedCitation({ ...good, quote: 'كازاخستان 33 مرة' })).toBe(true);
    for (const citation of tampered) expect(isVerifiedCitation(citation), `[${citation.n}] ${citation.quote}`).toBe(false);
  });

  it('drops tampered quotes, keeps the others in order, and reports each dropped one', () => {
    const rejected: number[] = [];
    const kept = keepVerifiedCitations([good, ...tampered, alsoGood], (citation) => rejected.push(citation.n));
    expect(kept).toEqual([good, alsoGood]);
    expect(rejected).toEqual(tampered.map((citation) => citation.n));
  });

  it('the engine drops a tampered quote from a (generative) answer before it leaves the core', async () => {
    const tamperingAnswerer: GenerativeAnswerer = {
      async answer(input) {
        const [first, ...rest] = input.sources;
        const forged = { ...first!, quote: `${first!.quote} وقال إنه سيزورها مرة أخرى.` };
        return { ...input.offline, mode: 'openai', answer: `${forged.quote} [1]`, citations: [forged, ...rest], moreCitations: [forged] };
      },
    };
    const engine = await offlineEngine(KNOWLEDGE_DIR, temporaryDirectory('citations-tamper'), { generative: tamperingAnswerer });
    const answer = await engine.ask('How many times has Putin visited Kazakhstan?');
    expect(answer.mode).toBe('openai');
    expect(answer.citations.length).toBeGreaterThan(0);
    expect(answer.citations.every(isVerifiedCitation)).toBe(true);
    expect(answer.citations.map((citation) => citation.n)).not.toContain(1);
    expect(answer.moreCitations).toEqual([]);
  });
});

describe('every citation of every answer to the interview questions', () => {
  let engine: Engine;
  const asked: { id: string; lang: 'ar' | 'en'; answer: Answer }[] = [];

  beforeAll(async () => {
    engine = await offlineEngine(KNOWLEDGE_DIR, temporaryDirectory('citations'));
    // Each question in its own language and in the other one.
    for (const question of readInterviewQuestions()) {
      for (const lang of ['ar', 'en'] as const) asked.push({ id: `${question.id}/${lang}`, lang, answer: await engine.ask(question.question, { lang, k: 5 }) });
    }
  });

  it('is verified: its quote is an exact substring of its paragraph, and the paragraph is the indexed one', () => {
    const indexed = new Map(engine.articles().map((article) => [article.meta.id, engine.readArticle(article.meta.id)!]));
    let count = 0;
    for (const { id, answer } of asked) {
      for (const citation of [...answer.citations, ...(answer.moreCitations ?? [])]) {
        expect(isVerifiedCitation(citation), `${id} [${citation.n}]`).toBe(true);
        // A record citation quotes the article's front matter (test/articles); the rest quote a paragraph.
        if (citation.kind === 'metadata') continue;
        const source = indexed.get(citation.articleId)!.paragraphs[citation.paragraph - 1]!;
        expect(citation.text, `${id} [${citation.n}]`).toBe(source.text);
        expect(citation.section).toBe(source.section);
        expect(citation.translation).toBe(source.translation);
        count += 1;
      }
      // "more excerpts" are the retrieved excerpts the answer does not cite
      for (const more of answer.moreCitations ?? []) expect(answer.citations).toContainEqual(more);
    }
    expect(count).toBeGreaterThan(asked.length * 3);
  });

  it('quotes whole sentences (an unmatched quotation mark at either end left out), and quoteTranslation is the aligned English of exactly those sentences', () => {
    const indexed = new Map(engine.articles().map((article) => [article.meta.id, engine.readArticle(article.meta.id)!]));
    for (const { id, answer } of asked) {
      for (const citation of answer.citations) {
        if (citation.kind === 'metadata') continue;
        const source = indexed.get(citation.articleId)!.paragraphs[citation.paragraph - 1]!;
        const start = source.text.indexOf(citation.quote);
        const end = start + citation.quote.length;
        // A slice may start after an opening mark or stop before a closing one (quotation marks balanced).
        const markOnly = (text: string) => /^[\s"“”«».!?؟…]*$/u.test(text);
        const afterMark = (text: string) => text === '' || /["“”«»]\s*$/u.test(text);
        const first = source.sentences.findIndex((sentence) => sentence.start <= start && start < sentence.end && afterMark(source.text.slice(sentence.start, start)));
        const last = source.sentences.findIndex((sentence) => sentence.end >= end && end > sentence.start && markOnly(source.text.slice(end, sentence.end)));
        expect(first, `${id} [${citation.n}] starts a sentence`).toBeGreaterThanOrEqual(0);
        expect(last, `${id} [${citation.n}] ends a sentence`).toBeGreaterThanOrEqual(first);
        expect(citation.quoteTranslation, `${id} [${citation.n}]`).toBe(balanceQuotationMarks(source.sentenceTranslations!.slice(first, last + 1).join(' ')));
        expect(citation.quoteTranslation).not.toMatch(ARABIC_LETTER);
      }
    }
  });

  it('English answers show the aligned English of each cited quote; Arabic answers show the quote itself', () => {
    for (const { id, lang, answer } of asked) {
      if (!answer.answerable) continue;
      const cited = answer.citations.filter((citation) => answer.answer.includes(`[${citation.n}]`));
      expect(cited.length, id).toBeGreaterThan(0);
      for (const citation of cited) {
        if (citation.kind === 'metadata') {
          expect(answer.answer, id).toContain(`${citation.quote}`);
          continue;
        }
        const shown = lang === 'en' ? citation.quoteTranslation! : citation.quote;
        expect(answer.answer, id).toContain(`${shown} [${citation.n}]`);
      }
    }
  });
});
