/**
 * The building blocks on the real interview: which sentence spans may stand
 * alone, where reported speech is and who speaks, quotation marks of display
 * text, and reading [n] markers from model output.
 */
import { beforeAll, describe, expect, test } from 'vitest';
import { parseCitedLines } from '../../src/core/summary/abstractive.js';
import { buildCandidates } from '../../src/core/summary/candidates.js';
import { balanceQuotationMarks } from '../../src/core/summary/display-text.js';
import { partitionExcerpts } from '../../src/core/summary/excerpts.js';
import { findSpeeches } from '../../src/core/summary/speech.js';
import type { Article } from '../../src/core/types.js';
import { loadInterview } from './fixtures.js';

let interview: Article;
beforeAll(() => {
  ({ interview } = loadInterview());
});

const spansOf = (number: number) => {
  const paragraph = interview.paragraphs[number - 1]!;
  return buildCandidates([{ article: interview, paragraph }]).candidates.map((candidate) => paragraph.text.slice(candidate.start, candidate.end));
};

describe('standalone spans', () => {
  test('a fragment cut by the outlet\'s full stop never stands alone, and is kept with its neighbour', () => {
    const spans = spansOf(2);
    expect(spans).not.toContain('فمنذ بداية رئاستي وحتى اليوم.');
    expect(spans.some((span) => span.startsWith('فمنذ بداية رئاستي وحتى اليوم. تحملت المسؤولية'))).toBe(true);
  });

  test('a sentence whose predicate the outlet cut off does not end a span (¶10: "… in the world." + "Makes … inevitable.")', () => {
    const paragraph = interview.paragraphs[9]!;
    const firstSentence = paragraph.sentences[0]!.text;
    expect(spansOf(10)).not.toContain(firstSentence);
    expect(spansOf(10).some((span) => span.startsWith(firstSentence) && span.includes('تجعل التعاون الوثيق'))).toBe(true);
  });

  test('continuations («مما …», «فضلاً عن …», "(…).") never start a span', () => {
    for (const number of [11, 13, 25]) {
      for (const span of spansOf(number)) expect(span).not.toMatch(/^(?:مما|فضلاً|\(…\))/u);
    }
  });

  test('every paragraph has at least one span, and excerpts cover each paragraph exactly, in order', () => {
    const excerpts = partitionExcerpts(interview.paragraphs.map((paragraph) => ({ article: interview, paragraph })));
    for (const paragraph of interview.paragraphs) {
      expect(spansOf(paragraph.number).length).toBeGreaterThan(0);
      const own = excerpts.filter((excerpt) => excerpt.paragraph === paragraph);
      expect(own[0]!.start).toBe(paragraph.sentences[0]!.start);
      expect(own.at(-1)!.end).toBe(paragraph.sentences.at(-1)!.end);
      own.slice(1).forEach((excerpt, index) => expect(excerpt.start).toBeGreaterThan(own[index]!.end - 1));
    }
    expect(excerpts.map((excerpt) => excerpt.n)).toEqual(excerpts.map((_, index) => index + 1));
  });
});

describe('reported speech', () => {
  test('the thirteen speeches of the interview, with speakers named or carried over', () => {
    const speeches = findSpeeches(interview);
    expect(speeches.map((speech) => speech.paragraph.number)).toEqual([2, 5, 7, 9, 11, 13, 15, 17, 19, 21, 24, 26, 28]);
    expect(new Set(speeches.map((speech) => `${speech.speakerArabic}/${speech.speakerEnglish}`))).toEqual(new Set(['توكاييف/Tokayev']));
  });

  test('the spoken words start after the opening mark and end before the last closing one', () => {
    const russia = findSpeeches(interview).find((speech) => speech.paragraph.number === 11)!;
    const words = russia.paragraph.text.slice(russia.start, russia.end);
    expect(words.startsWith('زار الرئيس “بوتين” كازاخستان 33 مرة.')).toBe(true);
    expect(words.endsWith('مما يضمن الاتصال المستمر')).toBe(true);
  });

  test('«قال “توكاييف” إن …» quotes a name, not speech (¶12 has none)', () => {
    expect(findSpeeches(interview).some((speech) => speech.paragraph.number === 12)).toBe(false);
  });
});

test('display text closes or drops a quotation mark left unpaired by the cut', () => {
  expect(balanceQuotationMarks('فمنذ بداية رئاستي. لا أستطيع ولن أعمل بأي طريقة أخرى”.', '”')).toBe('فمنذ بداية رئاستي. لا أستطيع ولن أعمل بأي طريقة أخرى.');
  expect(balanceQuotationMarks('وقال “توكاييف”: “زار الرئيس كازاخستان 33 مرة.', '”')).toBe('وقال “توكاييف”: “زار الرئيس كازاخستان 33 مرة.”');
  expect(balanceQuotationMarks('He said: "yes" and left.', '"')).toBe('He said: "yes" and left.');
});

test('model output: [n] naming no excerpt is dropped, a point left without any is dropped', () => {
  const lines = parseCitedLines('HEADLINE: x\n- Putin visited 33 times [2].\n- Invented [99]\n* Both [2][3, 99]\nno bullet [2]', new Set([1, 2, 3]));
  expect(lines).toEqual([
    { text: 'Putin visited 33 times.', sources: [2] },
    { text: 'Both', sources: [2, 3] },
  ]);
});
