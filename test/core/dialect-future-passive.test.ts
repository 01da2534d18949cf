/**
 * The dialects' future and passive read as the press writes them (dialect-forms.ts): the future ح / ه (and a
 * separate «رح») is MSA's سـ («هيفتتح» → «سيفتتح»), the present passive's تـ goes («بيتصدر» → «يصدر»), and a
 * hamza-initial stem after «ات» keeps its ت («اتأخر» is «تأخر», not «آخر»). Iraqi and Gulf «چ» is «ك» (normalize.ts).
 * (Over small fixture articles the character n-grams find these paragraphs without the readings: the readings count
 * where a corpus holds many paragraphs on the subject, so they are checked here word by word.)
 */
import { describe, expect, it } from 'vitest';
import { dialectVerbForms } from '../../src/core/text/dialect-forms.js';
import { normalizeText } from '../../src/core/text/normalize.js';

const forms = (word: string) => dialectVerbForms(normalizeText(word));

describe('the dialect future and passive, word by word', () => {
  it('reads the future prefix as MSA سـ, with the plural of a final-weak verb', () => {
    expect(forms('حتتغير')).toContain(normalizeText('ستتغير'));
    expect(forms('هيبدأ')).toContain(normalizeText('سيبدأ'));
    expect(forms('هيبنوا')).toEqual(expect.arrayContaining(['سيبنون', 'يبني']));
    expect(forms('يزور')).toContain('سيزور');
    expect(forms('تستأجرها')).toContain(normalizeText('ستستأجر'));
  });

  it('reads the present passive without its تـ', () => {
    expect(forms('بيتصدر')).toContain('يصدر');
    expect(forms('بتتدخل')).toContain('تدخل');
  });

  it('keeps the ت of a hamza-initial stem after «ات»', () => {
    expect(forms('اتأخر')).toContain(normalizeText('تأخر'));
    expect(forms('اتأخر')).not.toContain(normalizeText('آخر'));
    expect(forms('اتفتح')).toEqual(expect.arrayContaining(['تفتح', 'فتح']));
  });

  it('folds Iraqi and Gulf «چ» to «ك», and a name-shaped word takes no future', () => {
    expect(normalizeText('چانوا')).toBe('كانوا');
    expect(forms('تامر')).not.toContain('ستامر');
  });
});
