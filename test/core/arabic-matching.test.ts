/**
 * Matching beyond exact words: the Arabic light stemmer, dialect verb
 * morphology read as MSA, root keys of present-tense verbs, and retrieval's
 * article-title prior (several small articles written for the test).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Engine } from '../../src/core/engine.js';
import { conjugationForms } from '../../src/core/text/arabic-conjugation.js';
import { arabicRootKeys } from '../../src/core/text/arabic-root.js';
import { dialectVerbForms } from '../../src/core/text/dialect-forms.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { stemToken } from '../../src/core/text/tokenize.js';
import { removeTemporaryDirectories } from '../support/temporary.js';
import { engineOverArticles } from './helpers.js';

const stem = (word: string) => stemToken(normalizeText(word));

const shareKey = (left: string, right: string) => arabicRootKeys(normalizeText(left)).some((key) => arabicRootKeys(normalizeText(right)).includes(key));

describe('the Arabic light stemmer', () => {
  it('brings back the taa marbuta a pronoun hid: «عاصمتها» meets «العاصمة», «سياستها» meets «السياسة»', () => {
    expect(stem('عاصمتها')).toBe(stem('العاصمة'));
    expect(stem('سياستها')).toBe(stem('السياسة'));
    expect(stem('حكومتهم')).toBe(stem('الحكومة'));
  });

  it('strips a pronoun, then a plural ending, then a final ه/ي in turn', () => {
    expect(stem('مشكلاتها')).toBe(stem('المشكلات'));
    expect(stem('المصريين')).toBe(stem('المصري'));
    expect(stem('الحيوية')).toBe(stem('حيويان'));
  });

  it('never leaves fewer than three letters, and keeps short words whole', () => {
    expect(stem('بيتها')).toBe('بيت');
    expect(stem('وقت')).toBe('وقت');
    expect(stem('سنين')).toBe('سنين');
  });
});

describe('dialect verb morphology', () => {
  const forms = (word: string) => dialectVerbForms(normalizeText(word));
  it('reads the progressive ب, the future ح/ه and the negation ما…ش back to the MSA present', () => {
    expect(forms('بيقول')).toContain('يقول');
    expect(forms('بتدعم')).toContain('تدعم');
    expect(forms('حتسافر')).toContain('تسافر');
    expect(forms('هيزور')).toContain('يزور');
    expect(forms('ماتنامش')).toContain('تنام');
  });

  it('reads the Maghrebi progressive ك and the active participle as the present', () => {
    expect(forms('كيقول')).toContain('يقول');
    expect(forms('عايش')).toEqual(['يعيش', 'تعيش']);
    expect(forms('ساكنة')).toContain('يسكن');
    expect(forms('عارفين')).toContain('يعرف');
    // Not a participle: no long a after the first letter.
    expect(forms('مدينة')).toEqual([]);
  });

  it('reads the reflexive-passive ات/ان as the MSA verb', () => {
    expect(forms('اتفتح')).toEqual(expect.arrayContaining(['تفتح', 'فتح']));
    expect(forms('انشغل')).toContain('شغل');
  });

  it('reads the demonstrative «هال» glued to its noun as the article, as «عال»', () => {
    expect(forms('هالسنة')).toContain('السنه');
    expect(forms('عالحدود')).toContain('الحدود');
  });

  it('keeps to the affixes when asked: no participle or final-hamza reading, which fit names («ناصر»، «رشا»)', () => {
    expect(dialectVerbForms(normalizeText('ناصر'), { affixesOnly: true })).toEqual([]);
    expect(dialectVerbForms(normalizeText('وزرا'), { affixesOnly: true })).toEqual([]);
    expect(dialectVerbForms(normalizeText('هيزور'), { affixesOnly: true })).toContain('يزور');
  });

  it('proposes nothing for short words and never the word itself', () => {
    expect(forms('بيت')).toEqual([]);
    expect(forms('يقول')).not.toContain('يقول');
  });
});

describe('root keys', () => {
  it('a present-tense verb meets its noun: يزور ~ زيارة, يسكن ~ السكان, تتغير ~ تغيير', () => {
    expect(shareKey('يزور', 'زيارة')).toBe(true);
    expect(shareKey('يسكن', 'السكان')).toBe(true);
    expect(shareKey('تتغير', 'تغيير')).toBe(true);
    expect(shareKey('متحدثا', 'تحدث')).toBe(true);
  });

  it('unrelated words keep apart', () => {
    expect(shareKey('يزور', 'كتب')).toBe(false);
    expect(shareKey('السكان', 'زيارة')).toBe(false);
  });
});

describe('the same verb in another person or tense', () => {
  const forms = (word: string) => conjugationForms(normalizeText(word));
  it('swaps the present-tense prefix and reads the past of «she» as the present', () => {
    expect(forms('يقع')).toContain('تقع');
    expect(forms('يعيش')).toContain('تعيش');
    expect(forms('نشرت')).toEqual(expect.arrayContaining(['نشر', 'تنشر', 'ينشر']));
    expect(forms('سقطت')).toContain('يسقط');
  });

  it('reads the present of a derived past that opens with a joining alef', () => {
    expect(forms('استمر')).toEqual(expect.arrayContaining(['يستمر', 'تستمر']));
    expect(forms('اجتمع')).toContain('يجتمع');
  });

  it('never proposes the word itself, and nothing for a two-letter word', () => {
    expect(forms('يقع')).not.toContain('يقع');
    expect(forms('في')).toEqual([]);
  });

  describe('over articles whose sentences repeat the subject beside the one that answers', () => {
    let engine: Engine;
    beforeAll(async () => {
      engine = await engineOverArticles('conjugation', [
        { id: 'cheetah', title: 'الفهد', paragraphs: [
          'الفهد حيوان مفترس من فصيلة السنوريات، والفهد أسرع الحيوانات البرية. تعيش أعداده الكبرى اليوم في السافانا الأفريقية، وأعداد قليلة منه في إيران. ويطارد الفهد فرائسه في سهول كينيا.',
          'تراجعت أعداد الفهود في القرن العشرين بسبب الصيد وفقدان الموائل.',
        ] },
        { id: 'falcon', title: 'الصقر', paragraphs: [
          'الصقر طائر جارح سريع، ويصطاد الصقر الطيور الصغيرة في الجو.',
          'يبني الصقر أعشاشه على المرتفعات والمنحدرات الصخرية.',
        ] },
      ]);
    });
    afterAll(removeTemporaryDirectories);

    it('«أين يعيش الفهد؟» is answered with the sentence that says where they live («تعيش»), not one that names the subject', async () => {
      const answer = await engine.ask('أين يعيش الفهد؟', { k: 3 });
      expect(answer.answerable).toBe(true);
      expect(answer.citations[0]!.articleId).toBe('cheetah');
      expect(answer.answer).toContain('السافانا');
      expect(answer.answer).not.toContain('أسرع الحيوانات');
    });
  });
});

describe('the article-title prior', () => {
  let engine: Engine;
  beforeAll(async () => {
    // Two articles whose paragraphs on borders read alike; only one names its country, in its title.
    engine = await engineOverArticles('title', [
      { id: 'jordan-borders', title: 'الأردن، الجغرافيا والحدود', paragraphs: [
        'تحدها من الشمال دولة مجاورة، ومن الشرق صحراء واسعة، وتطل من الجنوب على البحر الأحمر عبر خليج العقبة.',
        'يبلغ عدد سكان المملكة نحو أحد عشر مليون نسمة، يعيش معظمهم في المدن.',
      ] },
      { id: 'oman-borders', title: 'سلطنة عمان، الجغرافيا والحدود', paragraphs: [
        'تحدها من الغرب دولة مجاورة، ومن الشمال مضيق هرمز، وتطل من الجنوب على بحر العرب.',
        'تشتهر البلاد بزراعة النخيل وصيد الأسماك على امتداد ساحلها الطويل.',
      ] },
    ]);
  });
  afterAll(removeTemporaryDirectories);

  it('a question naming the country finds the paragraph of the article titled with it', async () => {
    const [oman] = await engine.retrieveParagraphs('ما الذي يحد سلطنة عمان من الشمال؟', 3);
    expect(oman!.article.meta.id).toBe('oman-borders');
    const [jordan] = await engine.retrieveParagraphs('على أي بحر يطل الأردن من الجنوب؟', 3);
    expect(jordan!.article.meta.id).toBe('jordan-borders');
  });
});

describe('the lead paragraph of a "what is it?" question', () => {
  let engine: Engine;
  beforeAll(async () => {
    // The second paragraph says the subject's name three times, the lead once, saying what it is.
    engine = await engineOverArticles('lead', [
      { id: 'olive', title: 'الزيتون', paragraphs: [
        'الزيتون شجرة دائمة الخضرة من الفصيلة الزيتونية، تعيش مئات السنين وتزرع في حوض البحر المتوسط منذ آلاف السنين.',
        'يقطف الزيتون في الخريف، ويعصر الزيتون في المعاصر، ويباع زيت الزيتون في الأسواق طوال العام.',
        'تعد دول جنوب أوروبا وشمال أفريقيا من أكبر منتجي الثمار والزيت في العالم.',
      ] },
      { id: 'wheat', title: 'القمح', paragraphs: [
        'القمح نبات عشبي حولي من الفصيلة النجيلية، يزرع في معظم بلدان العالم لحبوبه التي يصنع منها الخبز.',
        'يحصد القمح في أوائل الصيف، ويطحن القمح ليصبح دقيقًا.',
      ] },
    ]);
  });
  afterAll(removeTemporaryDirectories);

  it('«ما هو الزيتون؟» is answered by the lead that says what it is, not by the paragraph that repeats its name', async () => {
    const [first] = (await engine.ask('ما هو الزيتون؟', { k: 3 })).citations;
    expect([first!.articleId, first!.paragraph]).toEqual(['olive', 1]);
  });

  it('a narrower question keeps the paragraph that holds its words', async () => {
    const [first] = (await engine.ask('متى يقطف الزيتون؟', { k: 3 })).citations;
    expect([first!.articleId, first!.paragraph]).toEqual(['olive', 2]);
  });
});
