/**
 * A question asking how someone sees something ("how does X see Y", «ما رأي…», «هل يرى…») is answered by the
 * unit that gives a view (src/core/answer/view-held.ts) before the paragraph that names the same people without
 * saying what they think, on articles of other outlets and topics (test/fixtures/views). The view is quoted of
 * someone the paragraph before names («أعرف أنه يرى…» after a call with him): that name is carried
 * (src/core/retrieval/pronoun-reference.ts), so the answer is not refused for lacking it. Other questions about
 * those people keep their answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { asksForView } from '../../src/core/question/stance-cues.js';
import { quotesOnPrevious } from '../../src/core/retrieval/pronoun-reference.js';
import { splitSentences } from '../../src/core/text/sentences.js';
import type { Paragraph } from '../../src/core/types.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures, firstCited } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('views', ['views', 'outlets']);
});

afterAll(removeTemporaryDirectories);

const cited = (question: string, lang: 'ar' | 'en') => firstCited(engine, question, lang);

const asksView = (question: string, lang: 'ar' | 'en') => asksForView(readQuestion(question, lang).type, question);

describe('questions asking how someone sees something', () => {
  it('reads stance questions and yes/no questions on what someone thinks, not other questions', () => {
    expect(asksView('how does Bennani see the port partnership, according to Duarte', 'en')).toBe(true);
    expect(asksView('ما رأي القضماني في مشروع الربط الكهربائي؟', 'ar')).toBe(true);
    expect(asksView('هل يرى القضماني أن الربط الكهربائي فرصة؟', 'ar')).toBe(true);
    expect(asksView('When did Duarte call Bennani?', 'en')).toBe(false);
    expect(asksView('Who should pay for the bridge, in her view?', 'en')).toBe(false);
    expect(asksView('هل يجب تأجيل المشروع برأي الطراونة؟', 'ar')).toBe(false);
    expect(asksView('هل يجب تأجيل المشروع من وجهة نظر الطراونة؟', 'ar')).toBe(false);
    expect(asksView('متى اتصل الطراونة بالقضماني؟', 'ar')).toBe(false);
  });

  it('answers with the unit that gives the view, not the paragraph naming both people', async () => {
    for (const [question, lang, expected] of [
      ['how does Bennani see Portugal, according to Duarte', 'en', 'lisbon-port-partnership-2025-04-02#3'],
      ['كيف يرى القضماني الأردن بحسب الطراونة؟', 'ar', 'irbid-power-link-2025-05-11#3'],
    ] as const) {
      const { answer, first } = await cited(question, lang);
      expect(first, question).toBe(expected);
      expect(answer.answerable, question).toBe(true);
    }
  });

  it('still answers a question about the call with the call', async () => {
    expect((await cited('When did Duarte call Bennani?', 'en')).first).toBe('lisbon-port-partnership-2025-04-02#2');
  });
});

describe('a quotation speaking of someone by pronoun', () => {
  const paragraph = (text: string): Paragraph => ({ articleId: 'test', number: 2, section: null, sectionTranslation: null, text, translation: null, sentences: splitSentences(text), sentenceTranslations: null });
  it('reads a pronoun before any name in the quotation as pointing back', () => {
    expect(quotesOnPrevious(paragraph('Duarte said: "I can tell you that he takes a favourable view of Portugal."'))).toBe(true);
    expect(quotesOnPrevious(paragraph('وقال “الطراونة”: “أعرف أنه يعتقد أن الأردن شريك موثوق”.'))).toBe(true);
  });

  it('leaves a quotation that names someone first, an impersonal «أنه», and a paragraph with no quotation', () => {
    expect(quotesOnPrevious(paragraph('Duarte said: "I told Bennani that he should come to Lisbon."'))).toBe(false);
    expect(quotesOnPrevious(paragraph('وقال “الطراونة”: “أعتقد أنه من المهم أن نلتقي”.'))).toBe(false);
    expect(quotesOnPrevious(paragraph('Duarte said that he would travel to Rabat in June.'))).toBe(false);
  });
});
