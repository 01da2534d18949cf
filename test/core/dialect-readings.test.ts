/**
 * The dialects' future and passive read as the press writes them (dialect-forms.ts): the future ح / ه (and a
 * separate «رح») is MSA's سـ («هيفتتح» → «سيفتتح»), the present passive's تـ goes («بيتصدر» → «يصدر»), and a
 * hamza-initial stem after «ات» keeps its ت («اتأخر» is «تأخر», not «آخر»). Iraqi and Gulf «چ» is «ك» (normalize.ts).
 * The table of dialect words is reached under the plural و with a pronoun («جابوها») and a final-weak past's endings
 * («لغت»), not under «أبو»'s case ending (dialect-list-forms.ts). Everyday dialect nouns have their MSA words in the table.
 * (Over small fixture articles the character n-grams find these paragraphs without the readings: the readings count
 * where a corpus holds many paragraphs on the subject, so they are checked here word by word.)
 */
import { describe, expect, it } from 'vitest';
import { dialectListForms, dialectStandardMap, dialectVerbForms } from '../../src/core/text/dialect-forms.js';
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

describe('where a dialect word is looked up in the table', () => {
  const listed = (word: string) => dialectListForms(normalizeText(word)).filter(({ form }) => dialectStandardMap().has(form));
  it('takes the plural و off with the object pronoun after it, and reads a final-weak past under its endings', () => {
    expect(listed('جابوها')).toContainEqual({ form: 'جاب', ending: 'وها' });
    expect(listed('لقوها').map(({ form }) => form)).toContain('لقي');
    expect(listed('لغت').map(({ form }) => form)).toContain('لغي');
  });

  it('reads the و of «أبو» as its case ending, not a plural', () => {
    expect(listed('ابوها').map(({ form }) => form)).not.toContain('ابي');
    expect(listed('اخوه').map(({ form }) => form)).not.toContain('اخي');
  });

  it('reads the everyday verbs of the eastern and Maghrebi dialects', () => {
    expect(listed('طاحت')).toContainEqual({ form: 'طاح', ending: 'ت' });
    expect(dialectStandardMap().get(normalizeText('انطى'))).toContain('أعطى');
  });

  it('reads everyday nouns the press says otherwise, and «طاح» of a building as «انهار»', () => {
    const readings = (word: string) => (dialectStandardMap().get(normalizeText(word)) ?? '').split('|').map((reading) => normalizeText(reading));
    expect(readings('صابة')).toContain(normalizeText('محصول'));
    expect(readings('موتر')).toContain(normalizeText('سيارة'));
    expect(readings('مويه')).toContain(normalizeText('مياه'));
    expect(readings('قزازة')).toContain(normalizeText('زجاجة'));
    expect(readings('شتا')).toContain(normalizeText('أمطار'));
    expect(readings('طاح')).toContain(normalizeText('انهار'));
  });
});
