/**
 * The re-ranking signals read from candidate text (passage-match.ts) and the
 * question-frame words removed before search (query.ts).
 */
import { describe, expect, it } from 'vitest';
import { PASSAGE_WEIGHTS, PassageMatcher } from '../../src/core/retrieval/passage-match.js';
import { questionTerms, questionTopicText } from '../../src/core/retrieval/query.js';

const flatIdf = () => 1;
const maximum = PASSAGE_WEIGHTS.pairs + PASSAGE_WEIGHTS.coverage;

describe('PassageMatcher', () => {
  it('scores a paragraph with the question words side by side above one with them scattered', () => {
    const matcher = new PassageMatcher('national anthem Super Bowl', flatIdf);
    const together = matcher.score('Lady Gaga performed the national anthem before the Super Bowl.');
    const scattered = matcher.score('The national team played; the Super fans sang an anthem; the Bowl was full.');
    expect(together).toBeCloseTo(maximum, 5);
    expect(scattered).toBeLessThan(together);
    // Every word is covered in both: the difference is the order alone (all three pairs).
    expect(together - scattered).toBeCloseTo(PASSAGE_WEIGHTS.pairs, 5);
  });

  it('pairs Arabic words through the article and light stemming', () => {
    const matcher = new PassageMatcher('نشيد سوبر بول الوطني', flatIdf);
    expect(matcher.score('أدت ليدي غاغا النشيد الوطني في سوبر بول.')).toBeGreaterThan(matcher.score('الوطني سوبر، ثم نشيد بول.'));
  });

  it('counts a look-alike word as covering the question word, and repetition as nothing more', () => {
    const matcher = new PassageMatcher('technicians depend', flatIdf);
    // Neither has the pair in order: only coverage differs.
    const once = matcher.score('Automation is what they are dependent on, say technicians.');
    const repeated = matcher.score('Technicians, technicians and technicians again.');
    expect(once).toBeGreaterThan(repeated);
    expect(repeated).toBeCloseTo(PASSAGE_WEIGHTS.coverage / 2, 5);
  });

  it('weighs question words by idf: covering the rare word matters more', () => {
    const idf = (stem: string) => (stem === 'anthem' ? 5 : 1);
    const matcher = new PassageMatcher('anthem performer', idf);
    expect(matcher.score('the anthem was sung')).toBeGreaterThan(matcher.score('the performer sang'));
  });

  it('scores a paragraph the same whatever the matcher read before it', () => {
    // One matcher reads every candidate of a question, keeping counts between words and paragraphs.
    const paragraphs = ['Bananas and ban on banana imports.', 'نظمت الجمعية مهرجان الزيتون في عين زحلتا', 'The banana ban was lifted.', 'unrelated words only'];
    const question = 'banana import ban مهرجان الزيتون';
    const reused = new PassageMatcher(question, flatIdf);
    const first = paragraphs.map((text) => reused.score(text));
    expect(paragraphs.map((text) => reused.score(text))).toEqual(first);
    expect(paragraphs.map((text) => new PassageMatcher(question, flatIdf).score(text))).toEqual(first);
  });

  it('counts a trigram a word repeats once in its likeness', () => {
    // "banana": " ba", "ban", "ana", "nan", "na " ("ana" twice, counted once); "bananas": " ba", "ban", "ana", "nan",
    // "nas", "as ". Four shared: Dice 2·4 / (5 + 6).
    const matcher = new PassageMatcher('bananas', flatIdf);
    expect(matcher.score('banana')).toBe(PASSAGE_WEIGHTS.coverage * ((2 * 4) / (5 + 6)));
  });

  it('gives 0 to a question without content words and to an unrelated paragraph', () => {
    expect(new PassageMatcher('what is the', flatIdf).score('anything at all')).toBe(0);
    expect(new PassageMatcher('national anthem', flatIdf).score('completely different words here')).toBe(0);
  });
});

describe('question frame words', () => {
  it('drops interrogatives with an attached preposition, and "called"', () => {
    expect(questionTopicText('بماذا فاز برونكوس؟')).toBe('فاز برونكوس');
    expect(questionTopicText('لأي شبكة يعمل؟')).toBe('شبكه يعمل');
    expect(questionTopicText('ماذا يسمى هذا النوع من العصيان؟')).not.toContain('يسمي');
    expect(questionTerms('إلام تعزى الموت الأسود؟').map((term) => term.term)).not.toContain('الام');
  });

  it('keeps words that only look like a preposition plus an interrogative', () => {
    // «باسم» is also a given name; «لكم» "to you" is a stop word anyway, «بكم» too.
    expect(questionTopicText('من هو باسم يوسف؟')).toContain('باسم يوسف');
  });
});
