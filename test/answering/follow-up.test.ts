import { describe, expect, it } from 'vitest';
import { resolveFollowUp } from '../../src/core/question/follow-up.js';

const history = (...questions: string[]) => questions.map((question) => ({ question, answer: '' }));

describe('follow-ups are read as the previous question about their new subject', () => {
  it('a place replaces the previous place, in either language, with particles set aside', () => {
    expect(resolveFollowUp('وأمريكا؟', history('كيف وصف الوزير العلاقات مع روسيا؟'))).toBe('كيف وصف الوزير العلاقات مع أمريكا؟');
    expect(resolveFollowUp('and Egypt?', history('What did the minister say about trade with Jordan?'))).toBe('What did the minister say about trade with Egypt?');
    expect(resolveFollowUp('وماذا عن الصين؟', history('ما موقف عمان من الهند؟'))).toBe('ما موقف عمان من الصين؟');
  });

  it('a name that is not a place replaces the previous name; earlier follow-ups are resolved in turn', () => {
    expect(resolveFollowUp('and Haddad?', history('How many times has Khalil visited Jordan?'))).toBe('How many times has Haddad visited Jordan?');
    expect(resolveFollowUp('what about Oman?', history('How did the minister describe ties with Jordan?', 'and Egypt?'))).toBe('How did the minister describe ties with Oman?');
  });

  it('a common noun adds to the previous question instead of replacing its name', () => {
    expect(resolveFollowUp('and the cost?', history('What is the Aqaba desalination project?'))).toBe('What is the Aqaba desalination project cost?');
    expect(resolveFollowUp('والتكلفة؟', history('ما هو مشروع تحلية مياه العقبة؟'))).toBe('ما هو مشروع تحلية مياه العقبة التكلفة؟');
  });

  it('a question that stands alone is left as it is', () => {
    expect(resolveFollowUp('When did the port open?', history('How many ships docked in Aqaba?'))).toBe('When did the port open?');
    expect(resolveFollowUp('وأمريكا؟', undefined)).toBe('وأمريكا؟');
  });
});
