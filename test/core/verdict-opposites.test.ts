import { describe, expect, it } from 'vitest';
import { agreeingTokens, opposedTokens, polesOf } from '../../src/core/answer/verdict-opposites.js';
import { yesNoVerdict } from '../../src/core/answer/verdict.js';
import { questionTerms } from '../../src/core/retrieval/query.js';
import { normalizeText } from '../../src/core/text/normalize.js';
import { rawTokens } from '../../src/core/text/tokenize.js';

const tokens = (text: string) => rawTokens(normalizeText(text));

describe('words of opposite sense', () => {
  it('finds the question word whose opposite the passage holds, across languages', () => {
    expect(opposedTokens(tokens('Did the council reject the plan?'), tokens('The council approved the plan on Tuesday.'))).toEqual(['reject']);
    expect(opposedTokens(tokens('هل تراجعت الصادرات؟'), tokens('تضاعفت الصادرات خلال العام'))).toEqual(['تراجعت']);
    expect(opposedTokens(tokens('Did the residents reject the project?'), tokens('رحب سكان المدينة بالمشروع'))).toEqual(['reject']);
  });

  it('settles nothing when the passage holds both sides', () => {
    expect(opposedTokens(tokens('Did prices rise?'), tokens('Prices rose in May and fell in June.'))).toEqual([]);
  });

  it('reads a length of time as an amount: extended hours answer a question about cutting them', () => {
    expect(opposedTokens(tokens('Did the city cut the opening hours?'), tokens('The city extended the opening hours.'))).toEqual(['cut']);
    expect(opposedTokens(tokens('هل قررت البلدية تقليص ساعات العمل؟'), tokens('قررت البلدية تمديد ساعات العمل'))).toEqual(['تقليص']);
  });

  it('reads pace and timing as scales: sped-up works answer a question about slowing, "later" one about "earlier"', () => {
    expect(opposedTokens(tokens('هل تباطأت أشغال بناء الجسر؟'), tokens('أعلنت الوزارة تسريع أشغال بناء الجسر'))).toEqual(tokens('تباطأت'));
    expect(opposedTokens(tokens('Did the repairs slow down?'), tokens('The council accelerated the repairs.'))).toEqual(['slow']);
    expect(opposedTokens(tokens('Will the bridge reopen earlier than planned?'), tokens('The bridge will reopen a year later than planned.'))).toEqual(['earlier']);
    expect(opposedTokens(tokens('هل تأخر افتتاح المتحف؟'), tokens('افتتح المتحف مبكرا'))).toEqual(tokens('تأخر'));
  });

  it('reads "early" and "late" as timing in the question only ("early May" is no timing)', () => {
    expect(opposedTokens(tokens('Was the vote held late?'), tokens('The vote was held in early May.'))).toEqual([]);
  });

  it('when the passage holds both sides, reads the side said of what the question asks about', () => {
    const asked = (token: string) => Number(['عدد', 'الرافعات'].includes(token));
    const passage = tokens('أطلقت الهيئة خطة لتقليص زمن الانتظار تقوم على مضاعفة عدد الرافعات');
    expect(opposedTokens(tokens('هل ستخفض الهيئة عدد الرافعات؟'), passage, asked, 2)).toEqual(['ستخفض']);
    expect(opposedTokens(tokens('هل ستخفض الهيئة عدد الرافعات؟'), passage)).toEqual([]);
  });

  it('when both sides stand beside what is asked, reads the one beside more of it ("X rose while Y fell")', () => {
    const passage = tokens('وارتفع سهم شركة الأسمنت الوطنية 5 في المئة، فيما تراجع سهم بنك الخليج 3 في المئة.');
    const asked = (token: string) => Number(['سهم', 'بنك', 'الخليج'].includes(token));
    expect(opposedTokens(tokens('هل ارتفع سهم بنك الخليج؟'), passage, asked, 2)).toEqual(tokens('ارتفع'));
    const english = tokens("National Cement's shares rose 5 percent on Monday while Gulf Bank shares fell 3 percent.");
    expect(opposedTokens(tokens('Did Gulf Bank shares rise?'), english, (token) => Number(['gulf', 'bank', 'shares'].includes(token)), 2)).toEqual(['rise']);
    // Beside as much of it, each side: nothing settled.
    expect(opposedTokens(tokens('Did the shares rise?'), english, (token) => Number(token === 'shares'), 2)).toEqual([]);
  });

  it('counts the reach in words that are not stop words, and a name beside a side for less than a word asked', () => {
    const planned = tokens('Passengers will use the line from 2026, two years later than first planned.');
    expect(opposedTokens(tokens('Will the line open earlier than planned?'), planned, (token) => Number(token === 'planned'), 2, true)).toEqual(['earlier']);
    const passage = tokens('Train services between Sylhet and Dhaka have been suspended for two days. The city airport remained open.');
    const weights = (token: string) => (token === 'airport' ? 1 : token === 'sylhet' ? 0.5 : 0);
    expect(opposedTokens(tokens('Is the airport in Sylhet closed?'), passage, weights, 2)).toEqual(['closed']);
    // The same name as a word asked: each side beside as much, nothing settled.
    expect(opposedTokens(tokens('Is the airport in Sylhet closed?'), passage, (token) => Number(['airport', 'sylhet'].includes(token)), 2)).toEqual([]);
  });

  it('reads a verb of staying with "open" as one form in a passage, where "open" alone is read in questions only', () => {
    expect(opposedTokens(tokens('Is the museum closed?'), tokens('The museum remained open.'))).toEqual(['closed']);
    expect(opposedTokens(tokens('Is the museum closed?'), tokens('The open call for artists ended.'))).toEqual([]);
  });

  it('reads out of service («خارج الخدمة») against a question asking whether a thing works («تعمل»)', () => {
    expect(opposedTokens(tokens('هل كانت المضخات تعمل قبل الفيضان؟'), tokens('وكانت المضخات خارج الخدمة منذ شهرين.'))).toEqual(tokens('تعمل'));
    expect(opposedTokens(tokens('هل كانت المضخات تعمل قبل الفيضان؟'), tokens('وكانت المضخات في الخدمة منذ شهرين.'))).toEqual([]);
  });

  it('reads the same and another as opposites', () => {
    expect(opposedTokens(tokens('Will the two schools open in different weeks?'), tokens('Both schools will open the same week.'))).toEqual(['different']);
    expect(opposedTokens(tokens('هل ستفتح المدرستان في الأسبوع نفسه؟'), tokens('ستفتح المدرستان في أسبوعين مختلفين، والثانية بعد الأولى بأسبوع.'))).toEqual(tokens('نفسه'));
    expect(opposedTokens(tokens('هل كانت الأسعار مختلفة في المدينتين؟'), tokens('وبقيت الأسعار نفسها في المدينتين.'))).toEqual(tokens('مختلفة'));
  });

  it('reads the future prefix and proclitics, never a stem or another word', () => {
    expect(polesOf('ستخفض')).toContain('amount-');
    expect(polesOf('وافتتح')).toContain('operation+');
    expect(polesOf('قبل')).toEqual([]);
    expect(polesOf('سيارة')).toEqual([]);
  });

  it('reads words that are often another word as verbs in the question only', () => {
    expect(polesOf('close', true)).toContain('operation-');
    expect(polesOf('close')).toEqual([]);
    expect(opposedTokens(tokens('Did the museum open?'), tokens('The museum sits close to the harbour.'))).toEqual([]);
  });
});

describe('the opposite as a verdict', () => {
  const verdictOf = (question: string, passage: string) => yesNoVerdict([passage], questionTerms(question), { names: new Set() }, question);

  it('answers no when said right beside what is asked, though the passage leaves a word of the question unsaid', () => {
    expect(verdictOf('Do the residents support the river dam project?', 'Residents of the valley oppose the project, saying it would flood their farms.')).toBe('no');
    expect(verdictOf('هل يتوقع المسؤولون أن ترتفع أسعار الخبز؟', 'ويتوقع المسؤولون أن تنخفض الأسعار خلال الصيف.')).toBe('no');
  });

  it('leaves the question open when the opposite is said of something else and a word asked is missing', () => {
    expect(verdictOf('Did the city council raise parking fees?', "The city council approved a plan on Monday to cut waiting times at the city's car parks.")).toBe('not_said');
  });
});

describe('participles of change', () => {
  it('read a change given beside a figure as the verb would be («متراجعة من 49 في المئة»)', () => {
    expect(opposedTokens(tokens('هل ارتفعت نسبة البطالة؟'), tokens('وبلغت نسبة البطالة 7 في المئة، متراجعة من 9 في المئة قبل عام.'))).toEqual(tokens('ارتفعت'));
    expect(opposedTokens(tokens('هل انخفضت الصادرات؟'), tokens('وبلغت الصادرات 3 مليارات دولار، مرتفعة بنسبة 5 في المئة.'))).toEqual(tokens('انخفضت'));
  });

  it('read a stance given by a participle as its verb («المساهمين موافقين؟» over «اعترض المساهمون»)', () => {
    expect(opposedTokens(tokens('هل المساهمين موافقين على الصفقة؟'), tokens('واعترض صغار المساهمين على نسبة التبادل في الصفقة.'))).toEqual(tokens('موافقين'));
    expect(opposedTokens(tokens('هل وافق النواب على القانون؟'), tokens('وكان أغلب النواب رافضين للقانون.'))).toEqual(tokens('وافق'));
  });

  it('read working and shut as states, the dialect forms in questions only', () => {
    expect(opposedTokens(tokens('القطارات شغالة عادي؟'), tokens('Train services between the two cities have been suspended.'))).toEqual(tokens('شغالة'));
    expect(opposedTokens(tokens('هل المتحف مفتوح للزوار؟'), tokens('وما زال المتحف مغلقا أمام الزوار.'))).toEqual(tokens('مفتوح'));
    expect(polesOf('شغالة')).toEqual([]);
  });

  it('read a verb and its particle as one word ("go up", "went down")', () => {
    expect(opposedTokens(tokens('Did car sales go up last year?'), tokens('Car sales fell 4 percent last year.'))).toEqual(['go']);
    expect(opposedTokens(tokens('Did car sales fall?'), tokens('Car sales went up by 4 percent.'))).toEqual(['fall']);
    expect(opposedTokens(tokens('Did the director go to the meeting?'), tokens('Car sales fell.'))).toEqual([]);
  });
});

describe('a value given against an earlier one ("up from", "down from")', () => {
  const isPassengers = (token: string) => (token === 'passengers' ? 1 : 0);

  it('reads "up from" and "down from" on the amount scale', () => {
    expect(polesOf('up')).toEqual([]);
    expect(opposedTokens(tokens('Did the passengers grow in number?'), tokens('The metro carried 142 million passengers, down from 151 million.'), isPassengers, 2)).toEqual(['grow']);
  });

  it('says the rise asked only beside what is asked', () => {
    expect(agreeingTokens(tokens('Did the passengers grow in number?'), tokens('The metro carried 142 million passengers, up from 121 million.'), isPassengers, 2)).toEqual(['grow']);
    expect(agreeingTokens(tokens('Did the passengers grow in number?'), tokens('The metro carried 142 million passengers last year. Ticket prices at the kiosks went up from May, up from 2 lev to 3 lev.'), isPassengers, 2)).toEqual([]);
  });
});
