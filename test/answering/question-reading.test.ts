/**
 * Question reading: dialect and chat question words count as the standard ones,
 * the kind of answer is read from the question word and its cue words,
 * names are told from other words, and a reference to the source ("according
 * to the report") is not part of what is asked.
 */
import { describe, expect, it } from 'vitest';
import { questionIntent } from '../../src/core/question/question-words.js';
import { isInflectedOrDialectWord } from '../../src/core/question/dialect-words.js';
import { readQuestion } from '../../src/core/question/read-question.js';
import { withoutSourceReference } from '../../src/core/question/source-reference.js';
import { normalizeText } from '../../src/core/text/normalize.js';

const typeOf = (question: string, lang: 'ar' | 'en') => readQuestion(question, lang).type;

describe('question words of the dialects', () => {
  it.each([
    ['شو', 'what'], ['ايش', 'what'], ['إيه', 'what'], ['وش', 'what'],
    ['امتى', 'when'], ['إمتى', 'when'], ['وين', 'where'], ['فين', 'where'],
    ['ليش', 'why'], ['ليه', 'why'], ['قديش', 'how_much'], ['كام', 'how_many'],
    ['مين', 'who'], ['منو', 'who'], ['ازاي', 'how'], ['شلون', 'how'], ['كيفاش', 'how'],
    ['whats', 'what'], ['wen', 'when'],
  ])('%s asks %s', (word, intent) => {
    expect(questionIntent(normalizeText(word))).toBe(intent);
  });

  it('an attached conjunction or preposition does not hide a question word (بماذا، وين، بإيه)', () => {
    expect(questionIntent(normalizeText('بماذا'))).toBe('what');
    expect(questionIntent(normalizeText('ووين'))).toBe('where');
    expect(questionIntent(normalizeText('كما'))).toBeUndefined();
  });
});

describe('the kind of answer a question asks for', () => {
  it.each([
    ['كم مرة زار الرئيس المدينة؟', 'ar', 'number'],
    ['قديش كلفت المحطة؟', 'ar', 'number'],
    ['امتى افتتحوا المحطة؟', 'ar', 'date'],
    ['في أي عام تأسست الشركة؟', 'ar', 'date'],
    ['مين فاز بالجائزة؟', 'ar', 'person'],
    ['وين صار الحادث؟', 'ar', 'place'],
    ['في أي صحيفة نشر المقال؟', 'ar', 'organisation'],
    ['ليش اعترض الصيادون؟', 'ar', 'reason'],
    ['هل تعمل المحطة بالطاقة الشمسية؟', 'ar', 'yes_no'],
    ['المحطة بتشتغل بالطاقة الشمسية ولا لأ؟', 'ar', 'yes_no'],
    ['شو قال الوزير حرفيا؟', 'ar', 'quote'],
    ['ايش رأي الجمعية في المشروع؟', 'ar', 'stance'],
    ['How many cranes will the port buy?', 'en', 'number'],
    ['which yr did the work start', 'en', 'date'],
    ['Who is the port director?', 'en', 'person'],
    ['Which newspaper published it?', 'en', 'organisation'],
    ['Was the director the first to complain about how long ships wait?', 'en', 'yes_no'],
    ['can u tell me how many cranes the port bought', 'en', 'number'],
    ['Do you know when the work started?', 'en', 'date'],
    ['Do you know if the work started?', 'en', 'yes_no'],
    ['What exactly did she say about the ships? quote pls', 'en', 'quote'],
    ['What does the word "berth" mean?', 'en', 'definition'],
  ] as const)('%s → %s', (question, lang, type) => {
    expect(typeOf(question, lang)).toBe(type);
  });

  it('«من» and «ما» in the middle of a question are prepositions and negations, not question words', () => {
    expect(typeOf('هل اشترت الحكومة النفط من الشركة؟', 'ar')).toBe('yes_no');
  });

  it('«من» before another question word is "since" or "from": «من متى» asks when, «من أين» where', () => {
    expect(typeOf('من متى تعمل المحطة بالطاقة الشمسية؟', 'ar')).toBe('date');
    expect(typeOf('من أين تستورد الشركة الرافعات؟', 'ar')).toBe('place');
    expect(typeOf('من أي عام بدأ المشروع؟', 'ar')).toBe('date');
    expect(typeOf('من هو مدير الميناء؟', 'ar')).toBe('person');
  });

  it('Egyptian «ايه» asks what in place, at the end or mid-sentence, unless another question word came first', () => {
    expect(readQuestion('الميناء اسمه ايه بالانجليزي؟', 'ar').intent).toBe('what');
    expect(readQuestion('المحطة بتنتج ايه؟', 'ar').intent).toBe('what');
    expect(readQuestion('امتى الوزير قال ايه؟', 'ar').intent).toBe('when');
  });
});

describe('names and content words', () => {
  it('drops question, filler and dialect function words; keeps the topic', () => {
    const reading = readQuestion('هو الوزير اللي افتتح المحطة ده امتى بالظبط؟', 'ar');
    expect(reading.content).toEqual(['الوزير', 'افتتح', 'المحطه']);
  });

  it('English words written with a capital are names', () => {
    const reading = readQuestion('Did Haddad speak to the Aqaba fishermen?', 'en');
    expect([...reading.certainNames].sort()).toEqual(['aqaba', 'haddad']);
    expect(reading.names.has('haddad')).toBe(true);
    expect(reading.names.has('fishermen')).toBe(false);
  });

  it('a present-tense verb the dictionary lists only in the past is no name; a name opening like one still is', () => {
    expect(readQuestion('كم راكب رح تخدم المحطات الجديدة؟', 'ar').names.has('تخدم')).toBe(false);
    expect(readQuestion('متى بيزورون المعرض؟', 'ar').names.has('بيزورون')).toBe(false);
    for (const name of ['ناصر', 'نزار', 'نوال', 'تيمور']) expect(readQuestion(`ماذا قال ${name} عن المعرض؟`, 'ar').names.has(name), name).toBe(true);
  });

  it('nor is a verb in the future or in another person of the past («ستدعم»، «وافقت»، «مولوا»); a name shaped otherwise still is', () => {
    for (const [question, verb] of [['هل ستدعم البلدية المعرض؟', 'ستدعم'], ['هل وافقت البلدية على المعرض؟', 'وافقت'], ['هل مولوا المعرض؟', 'مولوا']]) {
      expect(readQuestion(question!, 'ar').names.has(verb!), verb).toBe(false);
    }
    expect(readQuestion('ماذا قال ستارمر عن المعرض؟', 'ar').names.has('ستارمر')).toBe(true);
  });

  it('nor is a verb-shaped word the wide word list holds (Ayaspell): «تقع»، «استخدم»، «اشتهر»; names it may hold stay names', () => {
    for (const [question, verb] of [['اين تقع المحطة؟', 'تقع'], ['متى استخدم الجيش الطائرة؟', 'استخدم'], ['بماذا اشتهر الكاتب؟', 'اشتهر']]) {
      expect(readQuestion(question!, 'ar').names.has(verb!), verb).toBe(false);
    }
    for (const name of ['ناصر', 'القضماني', 'اردوغان']) expect(readQuestion(`ماذا قال ${name} عن المعرض؟`, 'ar').names.has(name), name).toBe(true);
  });

  it('nor is a hollow verb in the past, which the dictionary lists only in the present («زار» for «يزور»)', () => {
    for (const [question, verb] of [['كم مرة زار الوزير المعرض؟', 'زار'], ['متى باعت الشركة الفندق؟', 'باعت'], ['هل قام الوزير بزيارة؟', 'قام']]) {
      expect(readQuestion(question!, 'ar').names.has(verb!), verb).toBe(false);
    }
    expect(readQuestion('كم مرة زار الوزير المعرض؟', 'ar').names.has('الوزير')).toBe(false);
  });

  it('nor is a word the dialect data reads: an auxiliary, a listed dialect word, a dialect-inflected verb, a defective verb in the plural', () => {
    for (const [question, word] of [
      ['شو كانت البلديه بدها تعمل بالمعرض؟', 'بدها'],
      ['من وين جاب النادي المدرب؟', 'جاب'],
      ['المعرض هيبدأ امتى؟', 'هيبدا'],
      ['فين هيبنوا المدارس؟', 'هيبنوا'],
    ]) {
      expect(readQuestion(question!, 'ar').names.has(word!), word).toBe(false);
    }
    expect(readQuestion('شحال دفع النادي باش جاب كوليبالي؟', 'ar').content).not.toContain('باش');
    expect(readQuestion('شحال دفع النادي باش جاب كوليبالي؟', 'ar').names.has('كوليبالي')).toBe(true);
  });

  it('a noun the dictionary lists behind a bare preposition is a word, not a name; a name or a city opening so stays one', () => {
    for (const [question, word] of [
      ['شو صار بجناح المستشفى القديم؟', 'بجناح'],
      ['قديش مطر نزل بيوم واحد؟', 'بيوم'],
      ['ليش ما وصلت الرسايل لقرى الصيادين؟', 'لقري'],
    ]) {
      expect(readQuestion(question!, 'ar').names.has(word!), word).toBe(false);
    }
    for (const [question, name] of [
      ['ماذا قال كوامي امس؟', 'كوامي'],
      ['ماذا قال بلال امس؟', 'بلال'],
      ['ماذا حدث ببغداد امس؟', 'ببغداد'],
    ]) {
      expect(readQuestion(question!, 'ar').names.has(name!), name).toBe(true);
    }
  });

  it('a verb the dictionary lists in another form or a dialect word is a word, not a name (other-subject counts only names)', () => {
    for (const word of ['طلعت', 'يحبوا', 'هيبنوا', 'جاب']) expect(isInflectedOrDialectWord(word), word).toBe(true);
    for (const name of ['ناصر', 'كوليبالي', 'ستارمر']) expect(isInflectedOrDialectWord(name), name).toBe(false);
  });

  it('a request frame («عايز اعرف»، «قولي») is not the topic; Maghrebi «واش» leaves the kind to the rest of the question', () => {
    expect(readQuestion('عايز اعرف المعرض هيفتح امتى', 'ar').content).not.toContain('اعرف');
    expect(readQuestion('قولي مين افتتح المعرض', 'ar').content).toEqual(['افتتح', 'المعرض']);
    expect(readQuestion('واش قال المدرب على الصفقة؟', 'ar').type).toBe('quote');
    expect(readQuestion('واش فيه قسم للسرطان في المستشفى؟', 'ar').type).toBe('yes_no');
    expect(readQuestion('واش فيه قسم للسرطان في المستشفى؟', 'ar').content).not.toContain('واش');
  });

  it('asks for the quote with the verb of saying in any person or the dialects\' progressive («قالت»، «قالوا»، «بيقولوا»)', () => {
    expect(readQuestion('ماذا قالت وزيرة الصحة عن الحملة؟', 'ar').type).toBe('quote');
    expect(readQuestion('شو قالوا النقابيين عن الاتفاق', 'ar').type).toBe('quote');
    expect(readQuestion('شو بيقولوا التجار عن الضريبة', 'ar').type).toBe('quote');
    expect(readQuestion('ماذا صرح المدير بعد الحادث؟', 'ar').type).toBe('quote');
  });

  it('a dialect question opening on a pronoun asks yes or no, whatever date word it holds; the Maghrebi future «غادي» is no topic', () => {
    expect(readQuestion('هو الشرط بيسري على العقود اللي اقل من سنة؟', 'ar').type).toBe('yes_no');
    expect(readQuestion('هو مين اللي افتتح المعرض؟', 'ar').type).toBe('person');
    expect(readQuestion('علاش المحصول غادي ينقص هاد العام؟', 'ar').content).not.toContain('غادي');
    expect(readQuestion('ليش سكروا المدارس بكير هالسنة؟', 'ar').names.has('هالسنه')).toBe(false);
  });

  it('a country or city whose name never takes the article is not named by a word that has one: «القطر» is the train, not Qatar', () => {
    const train = readQuestion('القطر الجديد بياخد كم راكب في اليوم؟', 'ar');
    expect(train.names.has('القطر')).toBe(false);
    expect(train.certainNames.has('القطر')).toBe(false);
    for (const [question, name] of [
      ['كم راكب نقل المترو في قطر؟', 'قطر'],
      ['كم راكب نقل المترو بقطر؟', 'بقطر'],
      ['كم راكب نقل المترو بالعراق؟', 'بالعراق'],
      ['كم راكب نقل المترو بالقاهرة؟', 'بالقاهره'],
    ]) {
      expect(readQuestion(question!, 'ar').certainNames.has(name!), name).toBe(true);
    }
  });

  it('countries and regions are names in either language, also in another spelling or with a particle', () => {
    const arabic = readQuestion('مين فاز في الانتخابات الأخيرة في قرغيزستان ولبنان؟', 'ar');
    expect([...arabic.certainNames].sort()).toEqual(['قرغيزستان', 'ولبنان'].sort());
    const english = readQuestion('is tajikistan talking to the european union', 'en');
    expect(english.certainNames.has('tajikistan')).toBe(true);
    expect(english.certainNames.has('talking')).toBe(false);
  });
});

describe('a choice is not a yes/no question', () => {
  it('"X or Y?" asks which, "X or not?" asks whether', () => {
    expect(readQuestion('الميناء كبير ولا صغير؟', 'ar').type).not.toBe('yes_no');
    expect(readQuestion('Is the port big or small?', 'en').type).not.toBe('yes_no');
    expect(readQuestion('هل الميناء مفتوح ولا لأ؟', 'ar').type).toBe('yes_no');
    expect(readQuestion('Is the port open or not?', 'en').type).toBe('yes_no');
  });
});

describe('a reference to the source is not part of what is asked', () => {
  it('"according to the report", «حسب المقابلة», «وفقا للتقرير» are left out, the rest as typed', () => {
    expect(withoutSourceReference('How long did the strike last according to the interview?')).toBe('How long did the strike last?');
    expect(withoutSourceReference('Who won the vote, as stated in the article?')).toBe('Who won the vote?');
    expect(withoutSourceReference('ما دور البلدية في المهرجان حسب المقابلة؟')).toBe('ما دور البلدية في المهرجان؟');
    expect(withoutSourceReference('كم بلغت تكلفة المحطة وفقا للتقرير؟')).toBe('كم بلغت تكلفة المحطة؟');
    // "this report", «هذا التقرير» point at the article as "according to the report" does.
    expect(withoutSourceReference('What is the source of this report?')).toBe('What is the source of?');
    expect(withoutSourceReference('مين مصدر هذا الخبر؟')).toBe('مين مصدر؟');
  });

  it('keeps a document the question is about, or one it names ("the interview with…")', () => {
    for (const question of ['Where was the interview with the coach recorded?', 'Which newspaper published the report?', 'What did she say according to the interview with Reuters?', 'according to the report?']) {
      expect(withoutSourceReference(question)).toBe(question);
    }
  });
});

describe('a question read again', () => {
  it('gives each question its own reading when questions alternate (the last reading is kept)', () => {
    const ferries = 'How many ferries sail to Tangier each day?';
    const mayor = 'Who is the mayor of Tangier?';
    const first = readQuestion(ferries, 'en');
    expect(first.type).toBe('number');
    expect(readQuestion(mayor, 'en').type).toBe('person');
    expect(readQuestion(ferries, 'en')).toEqual(first);
    expect(readQuestion(ferries, 'en').counted).toBe(first.counted);
    expect(readQuestion('كم عبارة تبحر إلى طنجة كل يوم؟', 'ar').counted).not.toBe(first.counted);
  });
});
