import { describe, expect, it } from 'vitest';
import { asksWhetherTold, byDisclosure, saysWithheld } from '../../src/core/answer/verdict-disclosure.js';

describe('questions asking whether the article gives a value', () => {
  it('reads a verb of knowing or telling before a question word', () => {
    expect(asksWhetherTold('do we know when the first payments will go out')).toBe(true);
    expect(asksWhetherTold('did they say what the pieces are worth')).toBe(true);
    expect(asksWhetherTold('هل حددوا موعد الإطلاق؟')).toBe(true);
    expect(asksWhetherTold('did the minister say the bridge would open in May?')).toBe(false);
  });

  it('reads a passage saying the value was not told, with a conjunction on an Arabic phrase', () => {
    expect(saysWithheld(['He did not say when the first payments would be made.'])).toBe(true);
    expect(saysWithheld(['ولم تعلن الوكالة موعدا محددا له.'])).toBe(true);
    expect(saysWithheld(['The payments will start in May.'])).toBe(false);
  });

  it('answers no when the passage says it was not told, and leaves an undecided verdict alone', () => {
    expect(byDisclosure('yes', 'do we know when the payments start?', ['The minister did not say when the payments would start.'])).toBe('no');
    expect(byDisclosure('not_said', 'do we know when the payments start?', ['The minister did not say when the payments would start.'])).toBe('not_said');
    expect(byDisclosure('yes', 'do we know when the payments start?', ['The payments start in May.'])).toBe('yes');
  });

  it('reads an indirect yes/no question after a verb of telling ("did they say if…", «إذا») as asking whether it was told', () => {
    expect(asksWhetherTold('did the water board say if the tariff could be reviewed')).toBe(true);
    expect(asksWhetherTold('did the board say whether tariffs would change?')).toBe(true);
    expect(asksWhetherTold('هل قالت الهيئة إذا كانت التعرفة ستتغير؟')).toBe(true);
    expect(byDisclosure('yes', 'did the water board say if the tariff could be reviewed', ['The water board did not say whether the tariff could be reviewed.'])).toBe('no');
  });

  it('answers no from a passage sharing nothing else when the one the question names declined to tell, in either language', () => {
    const isKestrel = (token: string) => token === 'kestrel';
    expect(byDisclosure('not_said', 'did kestrel say when the plant will reopen?', ['Kestrel Foods did not reply to requests for comment.'], isKestrel)).toBe('no');
    expect(byDisclosure('not_said', 'did kestrel say when the plant will reopen?', ['The regulator did not reply to requests for comment.'], isKestrel)).toBe('not_said');
    const isNakheel = (token: string) => token === 'النخيل';
    expect(byDisclosure('not_said', 'هل أعلنت شركة النخيل متى تستأنف الإنتاج؟', ['وقالت شركة النخيل إنها لم تحدد موعدا بعد.'], isNakheel)).toBe('no');
    expect(byDisclosure('not_said', 'هل أعلنت شركة النخيل متى تستأنف الإنتاج؟', ['وقالت النقابة إنها لم تحدد موعدا بعد.'], isNakheel)).toBe('not_said');
  });
});
