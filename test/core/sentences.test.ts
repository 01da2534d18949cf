/**
 * Sentence splitting with offsets: Arabic and English punctuation, the outlet's
 * habits (full stop before a closing quote, mid-sentence full stops, "(…)."),
 * decimals and abbreviations; offsets checked on every paragraph of the interview.
 */
import { describe, expect, it } from 'vitest';
import { loadKnowledge } from '../../src/core/knowledge/loader.js';
import { splitSentences } from '../../src/core/text/sentences.js';
import { INTERVIEW_ID, KNOWLEDGE_DIR } from './helpers.js';

const texts = (text: string) => splitSentences(text).map((sentence) => sentence.text);

describe('splitSentences', () => {
  it('ends sentences at the Arabic question mark and at "!"', () => {
    expect(texts('هل زار بوتين كازاخستان؟ نعم! زارها 33 مرة.')).toEqual(['هل زار بوتين كازاخستان؟', 'نعم!', 'زارها 33 مرة.']);
  });

  it('never ends a sentence at the Arabic comma or semicolon', () => {
    expect(texts('روسيا، والصين؛ والولايات المتحدة.')).toEqual(['روسيا، والصين؛ والولايات المتحدة.']);
  });

  it('keeps a full stop before a closing quotation mark with its sentence', () => {
    expect(texts('قال توكاييف: “هدفي هو تعزيز المكانة الدولية لدولتنا.” ثم غادر القاعة.')).toEqual([
      'قال توكاييف: “هدفي هو تعزيز المكانة الدولية لدولتنا.”',
      'ثم غادر القاعة.',
    ]);
    expect(texts('He said: "We agreed." Then he left.')).toEqual(['He said: "We agreed."', 'Then he left.']);
  });

  it('splits at the outlet\'s mid-sentence full stops, as the translation does', () => {
    expect(texts('أستانا – في مقابلة واسعة النطاق تم إجراؤها، يوم 3 يناير/كانون الثاني. تناول الرئيس السياسة الخارجية.')).toEqual([
      'أستانا – في مقابلة واسعة النطاق تم إجراؤها، يوم 3 يناير/كانون الثاني.',
      'تناول الرئيس السياسة الخارجية.',
    ]);
  });

  it('keeps an elision "(…)" inside its sentence and makes a standalone "(…)." its own sentence', () => {
    expect(texts('فضلاً عن القطاعات الثقافية والتعليمية. (…). وبينما كُتب الكثير.')).toEqual([
      'فضلاً عن القطاعات الثقافية والتعليمية.',
      '(…).',
      'وبينما كُتب الكثير.',
    ]);
    expect(texts('قال إن (…) المفاوضات مستمرة. انتهى.')).toEqual(['قال إن (…) المفاوضات مستمرة.', 'انتهى.']);
    expect(texts('قال إن (.) المفاوضات مستمرة.')).toEqual(['قال إن (.) المفاوضات مستمرة.']);
  });

  it('does not split decimals', () => {
    expect(texts('نما الاقتصاد بنسبة 3.5 في المئة. وارتفع التضخم.')).toEqual(['نما الاقتصاد بنسبة 3.5 في المئة.', 'وارتفع التضخم.']);
    expect(texts('Growth was 3.5 percent. Inflation rose.')).toEqual(['Growth was 3.5 percent.', 'Inflation rose.']);
  });

  it('does not split English abbreviations or initials', () => {
    expect(texts('Mr. Tokayev spoke to the U.S. president. Then Dr. Smith left.')).toEqual([
      'Mr. Tokayev spoke to the U.S. president.',
      'Then Dr. Smith left.',
    ]);
    expect(texts('Kassym-Jomart K. Tokayev said it. It was clear.')).toEqual(['Kassym-Jomart K. Tokayev said it.', 'It was clear.']);
  });

  it('needs white space after the full stop (no split inside "x.y" or an ellipsis)', () => {
    expect(texts('See example.com for more. Done.')).toEqual(['See example.com for more.', 'Done.']);
    expect(texts('Wait... then go.')).toEqual(['Wait... then go.']);
  });

  it('splits at line breaks and trims, with offsets into the original text', () => {
    const text = '  الجملة الأولى.  \nالجملة الثانية؟   ';
    const spans = splitSentences(text);
    expect(spans.map((span) => span.text)).toEqual(['الجملة الأولى.', 'الجملة الثانية؟']);
    for (const span of spans) expect(text.slice(span.start, span.end)).toBe(span.text);
    expect(spans[0]!.start).toBe(2);
  });

  it('returns nothing for empty or blank text', () => {
    expect(splitSentences('')).toEqual([]);
    expect(splitSentences('   \n ')).toEqual([]);
  });
});

describe('splitSentences on the real interview', () => {
  const { articles, problems } = loadKnowledge(KNOWLEDGE_DIR);
  const interview = articles.find((article) => article.meta.id === INTERVIEW_ID)!;

  it('loads the interview without problems', () => {
    expect(problems).toEqual([]);
    expect(interview).toBeDefined();
    expect(interview.paragraphs.length).toBe(29);
  });

  it('text.slice(start, end) is the sentence, for every sentence of every paragraph, in order, without overlap', () => {
    let checked = 0;
    for (const paragraph of interview.paragraphs) {
      const spans = splitSentences(paragraph.text);
      expect(spans).toEqual(paragraph.sentences);
      let previousEnd = 0;
      for (const span of spans) {
        expect(paragraph.text.slice(span.start, span.end)).toBe(span.text);
        expect(span.text).toBe(span.text.trim());
        expect(span.text.length).toBeGreaterThan(0);
        expect(span.start).toBeGreaterThanOrEqual(previousEnd);
        // only white space between sentences: nothing of the paragraph is lost
        expect(paragraph.text.slice(previousEnd, span.start).trim()).toBe('');
        previousEnd = span.end;
        checked += 1;
      }
      expect(paragraph.text.slice(previousEnd).trim()).toBe('');
    }
    expect(checked).toBeGreaterThan(29);
  });

  it('splits each paragraph into as many sentences as its translation has lines (sentence alignment)', () => {
    for (const paragraph of interview.paragraphs) {
      expect(paragraph.sentenceTranslations, `¶${paragraph.number}`).not.toBeNull();
      expect(paragraph.sentenceTranslations!.length, `¶${paragraph.number}`).toBe(paragraph.sentences.length);
    }
  });

  it('keeps the real paragraph 2 quotation intact ("…لدولتنا." ends the first sentence, ”. closes the last)', () => {
    const sentences = interview.paragraphs[1]!.sentences.map((sentence) => sentence.text);
    expect(sentences[0]).toMatch(/لدولتنا\.$/u);
    expect(sentences.at(-1)).toBe('لا أستطيع ولن أعمل بأي طريقة أخرى”.');
  });

  it('makes the "(…)." of paragraph 13 its own sentence, aligned with the translation\'s "(…)." line', () => {
    const paragraph = interview.paragraphs[12]!;
    const index = paragraph.sentences.findIndex((sentence) => sentence.text === '(…).');
    expect(index).toBeGreaterThan(0);
    expect(paragraph.sentenceTranslations![index]).toBe('(…).');
  });
});
