import { describe, expect, it } from 'vitest';
import { yesNoVerdict } from '../../src/core/answer/verdict.js';
import { questionTerms } from '../../src/core/retrieval/query.js';

const verdictOf = (question: string, passage: string) => yesNoVerdict([passage], questionTerms(question), { names: new Set() }, question);

describe('negation phrases', () => {
  it('negate their own object ("rather than sold", «بدلا من بيعها»)', () => {
    expect(verdictOf('Will the stalls be sold to traders?', 'The stalls will be rented to traders rather than sold.')).toBe('no');
    expect(verdictOf('Will the stalls be sold to traders?', 'The stalls will be rented to traders instead of being sold.')).toBe('no');
  });

  it('do not negate what follows "instead of that"', () => {
    expect(verdictOf('هل يعطى الأطفال أقراص الكلور؟', 'ويعطى الأطفال بدلا من ذلك أقراص الكلور لتعقيم المياه.')).toBe('yes');
  });
});

describe('verbs of sparing and exempting', () => {
  it('negate what follows them', () => {
    expect(verdictOf('Do small bakeries pay the levy?', 'Small bakeries will be exempted from the levy until March.')).toBe('no');
  });
});

describe('phrases that hold a negation word but affirm', () => {
  it('affirm with the conjunction written on them («فما زال», «ولا يزال») as without it', () => {
    expect(verdictOf('هل بقيت قطع أثرية في الخارج؟', 'وقال المدير إن القصة لم تكتمل بعد. فما زال لنا في الخارج قطع أثرية كثيرة.')).toBe('yes');
    expect(verdictOf('هل ما زالت المدرسة مغلقة؟', 'وقال المدير إن الطلاب انتقلوا، ولا يزال مبنى المدرسة مغلقا.')).not.toBe('no');
  });
});
