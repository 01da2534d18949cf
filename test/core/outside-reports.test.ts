/**
 * Questions no report answers (src/core/question/outside-reports.ts): what a common word means, read from a
 * definition frame around one to three dictionary words, and a question asking the bot itself; a question about a
 * name or an acronym, the report's own project, or what happened is not one.
 */
import { describe, expect, it } from 'vitest';
import { asksBot, meaningAsked, tasteWords } from '../../src/core/question/outside-reports.js';

describe('questions outside the reports', () => {
  it('reads the common word a definition frame asks about, in English and the dialects', () => {
    const asked: [string, string[]][] = [
      ["what's a ferry?", ['ferry']],
      ['what does discount mean', ['discount']],
      ['define fuel pls', ['fuel']],
      ['meaning of hearing', ['hearing']],
      ['شو يعني مضاد حيوي', ['مضاد', 'حيوي']],
      ['يعني ايش صيدلية', ['صيدليه']],
      ['شو معنى كلمة بكتيريا', ['بكتيريا']],
    ];
    for (const [question, term] of asked) expect(meaningAsked(question), question).toEqual(term);
  });

  it('reads a question asking the bot what it is or thinks, after a greeting', () => {
    for (const question of ['hello, who made you?', 'do u think the fares are too high?', 'whats ur opinion on the recall', 'شو رأيك بسحب الشراب؟', 'برأيك الوزارة تأخرت؟', 'هل تعتقد ان القرار صحيح؟', 'انت بوت ولا انسان؟', 'هل انت ذكاء اصطناعي؟']) {
      expect(asksBot(question), question).toBe(true);
    }
  });

  it('reads the words of a judgement of taste', () => {
    expect(tasteWords('is cebu a nice city to live in?')).toEqual(['nice']);
    expect(tasteWords('هل مسقط مدينة جميلة؟')).toEqual(['جميله']);
    expect(tasteWords('how much will the fares rise?')).toEqual([]);
  });

  it('leaves names, acronyms, the report\'s own things and what happened to the answer', () => {
    for (const question of [
      'what does AFC mean',
      'what is the ferry fare to Mactan?',
      'what is a fair price according to the board, and who set it?',
      'what did the board mean by part of the request?',
      'يعني كم عبوة سحبت الوزارة؟',
      'ما معنى قرار الوزارة بالنسبة للصيدليات الخاصة في مسقط؟',
      'are you sure the fares go up in june?',
      'هل تعتقد الوزارة ان الشراب ملوث؟',
      'انت عارف كم عبوة سحبت الوزارة؟',
    ]) {
      expect(meaningAsked(question) === null && !asksBot(question), question).toBe(true);
    }
  });
});
