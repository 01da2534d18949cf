/**
 * The pieces answering by type rests on: value kinds found as whole words, and
 * Arabic root keys that let two derivations of one word meet.
 */
import { describe, expect, it } from 'vitest';
import { countedWord } from '../../src/core/answer/counted.js';
import { holdsQuotation } from '../../src/core/answer/quotations.js';
import { valueKinds } from '../../src/core/answer/values.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { arabicRootKey } from '../../src/core/text/arabic-root.js';
import { normalizeText } from '../../src/core/text/normalize.js';

const none = new Set<string>();

describe('valueKinds', () => {
  it('reads number words whole: «ست» is a number, the «ست» inside «كازاخستان» is not', () => {
    expect(valueKinds('زار الوفد كازاخستان وطاجيكستان.', none).has('number')).toBe(false);
    expect(valueKinds('زار الوفد ست دول.', none).has('number')).toBe(true);
    expect(valueKinds('استغرق البناء ثلاث سنوات.', none).has('number')).toBe(true);
    expect(valueKinds('The works took three years.', none).has('number')).toBe(true);
  });

  it('«عام» and «العامة» are no dates without a year; a year or a month is', () => {
    expect(valueKinds('ناقش المجلس القضايا العامة.', none).has('date')).toBe(false);
    expect(valueKinds('افتتحت المحطة في عام 2025.', none).has('date')).toBe(true);
    expect(valueKinds('افتتحت المحطة في مارس/آذار.', none).has('date')).toBe(true);
    expect(valueKinds('منذ التسعينيات.', none).has('date')).toBe(true);
  });

  it('"which century?": the ordinal beside the date word the question names is the date («القرن الثامن», "the eighth century")', () => {
    expect(valueKinds('بلغت المدينة ذروة ازدهارها خلال القرن الثامن الميلادي.', new Set(['القرن'])).has('date')).toBe(true);
    expect(valueKinds('The town peaked in the eighth century.', new Set(['century'])).has('date')).toBe(true);
    expect(valueKinds('حصل الفريق على المركز الثامن.', new Set(['القرن'])).has('date')).toBe(false);
  });

  it('a time of day is a date ("with 4:51 left", «عند الساعة 10:30»); a score or a longer ratio is not', () => {
    expect(valueKinds('With 4:51 left in the game, they took the ball.', none).has('date')).toBe(true);
    expect(valueKinds('وصل القطار عند الساعة 10:30 صباحاً.', none).has('date')).toBe(true);
    expect(valueKinds('The team won 24–10 in the final.', none).has('date')).toBe(false);
    expect(valueKinds('The mixture was 100:250 by weight.', none).has('date')).toBe(false);
  });

  it('English month names count only when written as names ("May", not the modal "may")', () => {
    expect(valueKinds('The work may start soon.', none).has('date')).toBe(false);
    expect(valueKinds('The work started in May.', none).has('date')).toBe(true);
  });

  it('a year is a date, not a count, and a value the question names is not an answer', () => {
    expect(valueKinds('The plan runs to 2027.', none).has('number')).toBe(false);
    expect(valueKinds('The plan runs to 2027.', new Set(['2027'])).has('date')).toBe(false);
  });

  it('the Arabic dual of what is counted is a count of two; a sound plural, or another noun in the dual, is not', () => {
    const doses = readQuestion('كم جرعة يحتاج الطفل؟', 'ar');
    expect(doses).toMatchObject({ type: 'number', counted: 'جرعه' });
    const kinds = (text: string) => valueKinds(text, none, { counted: doses.counted, counting: true });
    expect(kinds('ويحتاج الطفل إلى جرعتين من اللقاح.').has('number')).toBe(true);
    expect(kinds('ويحتاج الطفل إلى زيارتين للطبيب.').has('number')).toBe(false);
    const engineers = readQuestion('كم مهندس شارك في التصميم؟', 'ar');
    expect(valueKinds('وشارك مهندسين من الجامعة في التصميم.', none, { counted: engineers.counted, counting: true }).has('number')).toBe(false);
  });

  it('a cost question is answered by an amount in a sentence about cost, not by another figure («يكلف» meets «تكلفة»)', () => {
    const cost = readQuestion('كم يكلف مشروع الجسر الجديد؟', 'ar');
    expect(cost).toMatchObject({ type: 'number', counted: null, measured: 'يكلف' });
    const kinds = (text: string) => valueKinds(text, none, { counted: cost.counted, counting: true, measured: cost.measured });
    expect(kinds('يمتد الجسر الجديد بطول 12 كيلومترًا فوق النهر.').has('number')).toBe(false);
    expect(kinds('تبلغ تكلفة الجسر نحو ثلاثمئة مليون دولار.').has('number')).toBe(true);
    expect(readQuestion('How much will the new bridge cost?', 'en').measured).toBe('cost');
    // «عدد» and «يبلغ» frame the question: the noun after them is what is counted.
    expect(readQuestion('كم يبلغ عدد العمال؟', 'ar')).toMatchObject({ counted: 'العمال', measured: null });
  });

  it('a title before a name is a person; a quotation is speech', () => {
    expect(valueKinds('وقال الوزير خالد المعمري إن المشروع مهم.', none).has('person')).toBe(true);
    expect(valueKinds('قال: “المشروع مهم”.', none).has('speech')).toBe(true);
  });

  it('names an outlet puts in quotation marks are not speech; words someone said are, whole or in part', () => {
    expect(valueKinds('التقى الوزير “مهدي العلوي” بالمخرجة “سلمى بن عمر” يوم السبت.', none).has('speech')).toBe(false);
    expect(holdsQuotation('The minister met "Salma Ben Omar" on Saturday.')).toBe(false);
    expect(holdsQuotation('وأضاف أن المهرجان “سيعرض أفلامًا من اثنتي عشرة دولة”.')).toBe(true);
    expect(holdsQuotation('“اخترنا هذا العام أفلامًا تتناول الهجرة.')).toBe(true); // the first sentence of a longer quotation
    expect(holdsQuotation('He said the talks were «very constructive indeed and long».')).toBe(true);
  });
});

describe('a reason', () => {
  it('is read from the purpose and cause connectors of the press («للمطالبة»، «جراء»، "amid"), not from any verb', () => {
    expect(valueKinds('وتوقف العمال عن العمل يومين للمطالبة بتحسين ظروفهم.', none).has('reason')).toBe(true);
    expect(valueKinds('وتضررت المحاصيل جراء الجفاف.', none).has('reason')).toBe(true);
    expect(valueKinds('Schools closed amid a heatwave.', none).has('reason')).toBe(true);
    expect(valueKinds('وتوقف العمال عن العمل يومين.', none).has('reason')).toBe(false);
  });
});

describe('a fraction', () => {
  it('answers "how much" by itself, as a number with a unit does: "risen by a quarter", «تراجع بالنصف»', () => {
    expect(valueKinds('Demand had risen by a quarter since May.', none, { counting: true }).has('number')).toBe(true);
    expect(valueKinds('وتراجع المحصول بالنصف.', none, { counting: true }).has('number')).toBe(true);
    expect(valueKinds('The two leaders met.', none, { counting: true }).has('number')).toBe(false);
  });
});

describe('valueKinds, for a number question', () => {
  it('reads a day beside its month as a date, no quantity', () => {
    const opening = valueKinds('افتتحت الوزارة يوم الاثنين 10 مارس محطة جديدة.', none, { counting: true });
    expect(opening.has('number')).toBe(false);
    expect(opening.has('date')).toBe(true);
    expect(valueKinds('The plant opened on March 10.', none, { counting: true }).has('number')).toBe(false);
    expect(valueKinds('وتبلغ الطاقة الإنتاجية للمحطة 250 ألف متر مكعب يوميا.', none, { counting: true }).has('number')).toBe(true);
  });

  it('counts a number word beside the question\'s rendering of what an English question counts («زائر» for "visitors")', () => {
    const text = 'واستقبل المعرض خمسة ملايين زائر.';
    expect(valueKinds(text, none, { counted: 'visitors', counting: true }).has('number')).toBe(false);
    expect(valueKinds(text, none, { counted: 'visitors', counting: true, countedRenderings: ['زوار'] }).has('number')).toBe(true);
  });
});

describe('countedWord', () => {
  const counts = (counted: string, word: string) => countedWord(normalizeText(counted))(normalizeText(word));
  it('meets what a "how many" question counts in its plural and accusative forms', () => {
    expect(counts('الأفلام', 'فيلمًا')).toBe(true);
    expect(counts('مرة', 'مرات')).toBe(true);
    expect(counts('ضحايا', 'ضحية')).toBe(true);
    expect(counts('stations', 'station')).toBe(true);
  });

  it('meets a broken plural behind a preposition: «جوائز» in «بجائزة», «مدارس» in «للمدرسة»', () => {
    expect(counts('جوائز', 'بجائزة')).toBe(true);
    expect(counts('مدارس', 'للمدرسة')).toBe(true);
    expect(counts('جوائز', 'بجزيرة')).toBe(false);
  });

  it('does not take a word of two shared letters for it', () => {
    expect(counts('مرة', 'أمر')).toBe(false);
    expect(counts('مرة', 'مر')).toBe(false);
    expect(counts('الأفلام', 'الأحلام')).toBe(false);
  });

  it('does not take every word without a root for a counted word without one («كم طن» is not met by «في»)', () => {
    expect(counts('طن', 'في')).toBe(false);
    expect(counts('طن', 'حاوية')).toBe(false);
    expect(counts('طن', 'طن')).toBe(true);
  });
});

describe('arabicRootKey', () => {
  const key = (word: string) => arabicRootKey(normalizeText(word));
  it('زار، زيارة، الزيارات share a root; اتفق، اتفاق، الاتفاقية share another', () => {
    expect(key('زيارة')).toBe(key('زار'));
    expect(key('الزيارات')).toBe(key('زار'));
    expect(key('اتفاق')).toBe(key('اتفق'));
    expect(key('الاتفاقية')).toBe(key('اتفق'));
    expect(key('اتفاق')).not.toBe(key('زار'));
  });
});
