/**
 * The kind of answer a question wants, read from the question proper: a yes/no question typed as a
 * statement after "so" or after a topic set first ("what about the port, has…?") is answered yes or no;
 * an Arabic question set after a clause («في مشروع صحار، من…؟») asks who, not whether; "word" alone and
 * "how many … does it say" are no quote requests; "or not" inside a what-question asks what. Over the
 * fixture articles of other outlets (test/fixtures/articles: the Aqaba port, the Sohar plant).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverFixtures, expectAnswered } from '../core/helpers.js';

let engine: Engine;

beforeAll(async () => {
  engine = await engineOverFixtures('answer-types', ['articles']);
});

afterAll(removeTemporaryDirectories);

const typeOf = (question: string, lang: 'ar' | 'en') => readQuestion(question, lang).type;

describe('an English yes/no question typed casually', () => {
  it('is read as yes/no after a filler, a chat "r" or a topic set first, and not when the auxiliary follows a question word', () => {
    expect(typeOf('so landlords can still put rent up 10% a year under the new law?', 'en')).toBe('yes_no');
    expect(typeOf('r the private schools ok with the order?', 'en')).toBe('yes_no');
    expect(typeOf('hw about the new cable, did the minister say when work will restart?', 'en')).toBe('yes_no');
    expect(typeOf('There were many traders with what unexpected status?', 'en')).toBe('other');
    expect(typeOf('the minister on the new cable?', 'en')).toBe('other');
  });

  it('gets its verdict with the deciding quote', async () => {
    for (const question of ['so the port authority has published an environmental impact study?', 'ok and what about the Aqaba port, has the authority published an environmental impact study?']) {
      const answer = await engine.ask(question);
      expect(answer, question).toMatchObject({ answerable: true, answerType: 'yes_no', verdict: 'no' });
    }
  });
});

describe('an Arabic question set after a clause', () => {
  it('asks with the question word opening the clause, not whether', () => {
    expect(typeOf('في مشروع صحار، من مدير المشروع؟', 'ar')).toBe('person');
    expect(typeOf('للبلد لغتان رئيسيتان. اي منهما يستخدمونها اكثر؟', 'ar')).toBe('other');
    expect(typeOf('ما هو اسم الخاصية التي تحدد إن كان العدد أوليا أم لا؟', 'ar')).toBe('person');
    expect(typeOf('والشركة قالت شو اسم السفينه ولا لأ؟', 'ar')).toBe('yes_no');
  });

  it('is answered with the person or the value, not with a "yes"', async () => {
    for (const question of ['في مشروع محطة صحار، من مدير المشروع؟', 'في محطة صحار، من وزير الطاقة؟']) {
      const answer = await expectAnswered(engine, question, {});
      expect(answer.verdict, question).toBeUndefined();
      expect(answer.answer, question).not.toMatch(/^نعم/u);
    }
    const cost = await expectAnswered(engine, 'في مشروع محطة صحار، ما تكلفة المشروع الإجمالية؟', { holds: '400' });
    expect(cost.answer).not.toMatch(/^نعم/u);
  });
});

describe('how a question is framed', () => {
  it('takes «بالنسبة ل…» "as for" for a function word, no topic and no number cue, while «نسبة» "share" stays one', () => {
    expect(typeOf('ما الجديد بالنسبة لعمال الميناء؟', 'ar')).not.toBe('number');
    expect(readQuestion('ما الجديد بالنسبة لعمال الميناء؟', 'ar').content).toEqual(['الجديد', 'لعمال', 'الميناء']);
    expect(typeOf('ما نسبة العمال الأجانب في المحطة؟', 'ar')).toBe('number');
  });

  it('reads an English "when" clause setting the scene as no date question, and a request as what it asks for', () => {
    expect(typeOf('When the port reopens, what will the ferries carry?', 'en')).toBe('other');
    expect(typeOf('When did the port reopen?', 'en')).toBe('date');
    expect(typeOf('can u give me the exact quote from the port director', 'en')).toBe('quote');
    expect(typeOf('can you tell me if the port reopened?', 'en')).toBe('yes_no');
  });

  it('reads «الأم» "the mother" inside a question as a word, not as «إلام» "to what", which asks only opening it', () => {
    expect(typeOf('الشركة الأم باعت حصتها في الميناء؟', 'ar')).toBe('yes_no');
    expect(typeOf('عدد اللي لغتهم الأم العربية زاد؟', 'ar')).toBe('yes_no');
    expect(typeOf('إلام يهدف مشروع الميناء؟', 'ar')).not.toBe('yes_no');
  });
});

describe('quote cues', () => {
  it('"word" alone and a count the text gives ask no quote; "exact words" does', () => {
    expect(typeOf('What is the Dutch word for the rainforest?', 'en')).not.toBe('quote');
    expect(typeOf('How many awards does the text say the singer has won?', 'en')).toBe('number');
    expect(typeOf("give me the minister's exact words on the repair date", 'en')).toBe('quote');
    expect(typeOf('What did the LMP acronym stand for?', 'en')).toBe('definition');
  });
});
